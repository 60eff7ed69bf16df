/** File discovery and reading for the CLI: the only part that touches the disk. */
import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { LintMessage } from '../engine/types.js';
import { decodeNoticeBytes } from '../text/decode.js';

export class FatalError extends Error {}

/** Extensions linted when a directory is given. */
export const NOTICE_EXTENSIONS = ['vn.md', 'vn.txt', 'notice.md', 'txt', 'md'];
const DIRECTORY_PATTERN = `**/*.{${NOTICE_EXTENSIONS.join(',')}}`;
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Expands files, directories and globs to a sorted, de-duplicated file list. */
export async function resolveTargets(targets: string[], cwd: string): Promise<string[]> {
  const files = new Set<string>();
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = await glob(DIRECTORY_PATTERN, { cwd: absolute, absolute: true, ignore: IGNORED, dot: false });
      if (found.length === 0) throw new FatalError(`no notices found in directory "${target}" (looked for *.${NOTICE_EXTENSIONS.join(', *.')})`);
      for (const file of found) files.add(path.normalize(file));
    } else if (stat?.isFile()) {
      files.add(absolute);
    } else if (isDynamicPattern(target)) {
      const found = await glob(target, { cwd, absolute: true, ignore: IGNORED });
      if (found.length === 0) throw new FatalError(`no files match the pattern "${target}"`);
      for (const file of found) files.add(path.normalize(file));
    } else {
      throw new FatalError(`no such file or directory: "${target}"`);
    }
  }
  return [...files].sort();
}

export interface NoticeFile {
  filePath: string;
  text: string;
  /** Encodes fixed text back to bytes (UTF-8, keeping a BOM the text carries). */
  encode(text: string): Buffer;
  /** Set when the file cannot be linted: the only message reported for it. */
  problem?: LintMessage;
  /** Findings about the file itself (encoding), reported with the rules' findings. */
  notes?: LintMessage[];
  /** True when `--fix` must rewrite the file even without other fixes (not UTF-8 on disk). */
  rewrite?: boolean;
}

const encodeUtf8 = (text: string) => Buffer.from(text, 'utf8');

function fileProblem(message: string): LintMessage {
  return { ruleId: null, fatal: true, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1, range: [0, 0] };
}

export function readNotice(filePath: string): NoticeFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FatalError(`cannot read "${filePath}": ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message}`);
  }
  const decoded = decodeNoticeBytes(bytes);
  if (decoded.kind === 'binary') {
    return { filePath, text: '', encode: encodeUtf8, problem: fileProblem('Binary file: this is not a text notice, so it was not linted.') };
  }
  if (decoded.kind === 'empty') {
    return {
      filePath,
      text: '',
      encode: encodeUtf8,
      problem: { ...fileProblem('Empty file: there is no notice to lint.'), severity: 'warning', fatal: false },
    };
  }
  if (decoded.kind === 'legacy') {
    return {
      filePath,
      text: decoded.text,
      encode: encodeUtf8,
      rewrite: true,
      notes: [
        {
          ruleId: 'file-encoding',
          severity: 'error',
          message: `The file is not valid UTF-8; it looks like ${decoded.encoding} and was read as such. "--fix" rewrites it as UTF-8.`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          range: [0, 0],
        },
      ],
    };
  }
  return { filePath, text: decoded.text, encode: encodeUtf8 };
}

/** Writes through a temporary file and a rename, so a killed run leaves the old or the new file, never half of one. */
export function writeFileAtomic(filePath: string, data: Buffer): void {
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.vnlint-${process.pid}-${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(filePath).mode;
  } catch {
    mode = undefined;
  }
  try {
    fs.writeFileSync(temporary, data, mode === undefined ? undefined : { mode });
    fs.renameSync(temporary, filePath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new FatalError(`cannot write "${filePath}": ${(error as Error).message}`);
  }
}
