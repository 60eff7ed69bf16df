// Bundles the e2e suite for the VS Code extension host, and its launcher:
//   test/e2e/suite/index.ts + test/e2e/suite/*.test.ts -> dist/e2e/suite/*.js (CJS; vscode and mocha external)
//   test/e2e/runTest.ts                                -> dist/e2e/runTest.js   (CJS; node_modules external)
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const suiteDir = join(root, 'test/e2e/suite');
const outDir = join(root, 'dist/e2e');
rmSync(outDir, { recursive: true, force: true }); // no stale *.test.js from renamed tests

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', sourcemap: false };
const tests = readdirSync(suiteDir).filter(f => f.endsWith('.test.ts')).sort();
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: [join(suiteDir, 'index.ts'), ...tests.map(f => join(suiteDir, f))],
    outdir: join(outDir, 'suite'),
    external: ['vscode', 'mocha'],
  }),
  esbuild.build({
    ...common,
    entryPoints: [join(root, 'test/e2e/runTest.ts')],
    outfile: join(outDir, 'runTest.js'),
    packages: 'external',
  }),
]);
console.log(`e2e build: dist/e2e/suite/{index,${tests.map(f => f.replace(/\.ts$/, '')).join(',')}}.js, dist/e2e/runTest.js`);
