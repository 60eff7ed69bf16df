/** Entry point of the `vnlint` bin: starts the CLI bundle next to this one through the code cache (code-cache.ts). */
import path from 'node:path';
import v8 from 'node:v8';
import { runWithCodeCache } from './code-cache.js';

/**
 * V8 options of the CLI process, set before the bundle is compiled. `--no-turbo-inlining`: a CLI run is short and
 * lints many different notices, and V8's optimising compiler (TurboFan) spends most of its time on callees it
 * inlines; without inlining it does about 40 % less work on the second core, which this run's own linting and the
 * machine's other jobs then get (1,000 notices: about 9 % less wall time, BENCHMARKS.md). The language server keeps
 * V8's defaults plus its own options (docs/lsp.md). Set here, and not on a `#!` line, because `node bin/vnlint.js`
 * must work too; the code cache is made and read under the same options, so V8 accepts it.
 */
export const CLI_V8_FLAGS = '--no-turbo-inlining';

let flags = CLI_V8_FLAGS;
try {
  v8.setFlagsFromString(CLI_V8_FLAGS);
} catch {
  flags = 'unchanged'; // a Node that froze V8's flags: the defaults are only slower
}
const state = runWithCodeCache(path.join(__dirname, 'cli.js'));
if (process.env.VNLINT_DEBUG) process.stderr.write(`vnlint: code cache ${state}; V8 options ${flags}\n`);
