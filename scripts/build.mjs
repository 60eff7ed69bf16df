// Bundles the client, the language server and the CLI with esbuild.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// vfile-reporter gets server/src/cli/formatters/string-width.ts in place of string-width (see there why);
// that module's own import of string-width is the real one (a dependency of ours, deduplicated with
// vfile-reporter's through package.json "overrides").
const fastStringWidth = {
  name: 'fast-string-width',
  setup(build) {
    const shim = path.resolve('server/src/cli/formatters/string-width.ts');
    build.onResolve({ filter: /^string-width$/ }, (args) => (args.importer.includes(`${path.sep}vfile-reporter${path.sep}`) ? { path: shim } : undefined));
  },
};

const common = {
  plugins: [fastStringWidth],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // ESM-only dependencies read import.meta.url; give the CJS bundle a real one.
  banner: { js: "const __vnlint_import_meta_url = require('url').pathToFileURL(__filename).href;" },
  define: { __VNLINT_VERSION__: JSON.stringify(version), 'import.meta.url': '__vnlint_import_meta_url' },
};

await Promise.all([
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist/client', external: ['vscode'] }),
  build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist/server' }),
  build({ ...common, entryPoints: { cli: 'server/src/cli/index.ts' }, outdir: 'dist/cli' }),
]);
