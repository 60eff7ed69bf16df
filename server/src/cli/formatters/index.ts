/** Output formats of the CLI; each takes the results and returns the text to print. */
import type { LintMessage } from '../../engine/types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';
import { sarif } from './sarif.js';
import { github } from './github.js';
import { junit } from './junit.js';

export interface FileResult {
  filePath: string;
  messages: LintMessage[];
  /** The fixed text (with --fix / --fix-dry-run), when it differs. */
  output?: string;
  /** `output` encoded as the file is written (with --fix). */
  outputBytes?: Uint8Array;
}

export interface FormatOptions {
  color: boolean;
  cwd: string;
  includeOutput: boolean;
}

export type Formatter = (results: FileResult[], options: FormatOptions) => string;

export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, junit };
