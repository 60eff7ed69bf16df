/** Entry point of the `vnlint` bin: starts the CLI bundle next to this one through the code cache (code-cache.ts). */
import path from 'node:path';
import { runWithCodeCache } from './code-cache.js';

const state = runWithCodeCache(path.join(__dirname, 'cli.js'));
if (process.env.VNLINT_DEBUG) process.stderr.write(`vnlint: code cache ${state}\n`);
