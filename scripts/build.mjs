// Bundles the client, the language server and the CLI with esbuild.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
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

// esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals and
// comments; one character above U+00FF (’, –, •) makes V8 keep the whole bundle's source as a two-byte
// string: 4 MB of the language server's heap instead of 2 (BENCHMARKS.md, editor memory). Rewrites them as
// \uXXXX escapes, which mean the same in a regex (with or without the u flag; an astral character becomes
// its surrogate pair, which the u flag reads as one code point) and nothing in a comment.
const oneByteSource = {
  name: 'one-byte-source',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      for (const file of Object.keys(result.metafile?.outputs ?? {}).filter((f) => f.endsWith('.js'))) {
        const text = readFileSync(file, 'utf8');
        const escaped = text.replace(/(\\*)([^\u0000-\u00ff])/g, (_, slashes, char) =>
          // an identity escape (`\’`) becomes the escape itself
          (slashes.length % 2 ? slashes.slice(1) : slashes) + `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
        if (escaped !== text) writeFileSync(file, escaped);
      }
    });
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
  build({ ...common, plugins: [...common.plugins, oneByteSource], metafile: true, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist/server' }),
  build({ ...common, plugins: [...common.plugins, oneByteSource], metafile: true, entryPoints: { cli: 'server/src/cli/index.ts', launch: 'server/src/cli/launch.ts' }, outdir: 'dist/cli' }),
]);
