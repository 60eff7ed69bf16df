/** Running the built `vnlint` bin in the CLI tests, and the shape of its `--format json` output. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export const BIN = path.join(ROOT, 'bin', 'vnlint.js');

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  /** Default: this process's environment without FORCE_COLOR, so reports are plain text. */
  env?: NodeJS.ProcessEnv;
}

/** Runs `node bin/vnlint.js ...args` and returns its exit code and output. */
export function runVnlint(args: string[], options: RunOptions = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    timeout: 120_000,
    env: options.env ?? { ...process.env, FORCE_COLOR: undefined },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** One message of `--format json` (ESLint's shape; `level` is vnlint's severity name). */
export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  level: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string } }>;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  output?: string;
}

export const parseJson = (stdout: string) => JSON.parse(stdout) as JsonResult[];
