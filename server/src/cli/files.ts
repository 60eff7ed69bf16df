/** File discovery and reading for the CLI: the only part that touches the disk. */
import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';
import type { LintMessage } from '../engine/types.js';
import { decodeNoticeBytes } from '../text/decode.js';

export class FatalError extends Error {}

/** Extensions linted when a directory is given. */
export const NOTICE_EXTENSIONS = ['vn.md', 'vn.txt', 'notice.md', 'txt', 'md'];
const DIRECTORY_PATTERN = `**/*.{${NOTICE_EXTENSIONS.join(',')}}`;
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Ignore rules: `.vnlintignore` (gitignore syntax) or `--ignore-path`, plus `--ignore-pattern`. */
export class IgnoreRules {
  private readonly matcher: Ignore | undefined;

  constructor(
    /** Patterns are relative to this folder (the ignore file's folder, or cwd). */
    readonly baseDir: string,
    patterns: string[],
  ) {
    this.matcher = patterns.length ? ignore().add(patterns) : undefined;
  }

  /** Reads `.vnlintignore` in cwd (or the `--ignore-path` file); throws FatalError when an explicit file is missing. */
  static load(cwd: string, options: { ignorePath?: string; patterns?: string[]; enabled: boolean }): IgnoreRules {
    if (!options.enabled) return new IgnoreRules(cwd, []);
    const file = options.ignorePath ? path.resolve(cwd, options.ignorePath) : path.join(cwd, '.vnlintignore');
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      if (options.ignorePath) throw new FatalError(`cannot read the ignore file "${options.ignorePath}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const patterns = text.split(/\r?\n/);
    // --ignore-pattern is relative to cwd, like ESLint's; keep one base by rebasing when the ignore file lives elsewhere
    const baseDir = path.dirname(file);
    const extra = (options.patterns ?? []).map((pattern) => rebase(pattern, cwd, baseDir));
    return new IgnoreRules(baseDir, [...patterns, ...extra]);
  }

  ignores(filePath: string): boolean {
    if (!this.matcher) return false;
    const relative = path.relative(this.baseDir, filePath);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false;
    return this.matcher.ignores(relative.split(path.sep).join('/'));
  }
}

function rebase(pattern: string, from: string, to: string): string {
  if (from === to || !pattern.includes('/')) return pattern;
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const prefix = path.relative(to, from).split(path.sep).join('/');
  return `${negated ? '!' : ''}${prefix ? `${prefix}/` : ''}${body.replace(/^\//, '')}`;
}

export interface Targets {
  /** Files to lint, sorted and de-duplicated. */
  files: string[];
  /** Files named explicitly on the command line but ignored (ESLint warns about these). */
  ignoredExplicit: string[];
}

/** Expands files, directories and globs to a sorted, de-duplicated file list, minus ignored files. */
export async function resolveTargets(targets: string[], cwd: string, ignored: IgnoreRules = new IgnoreRules(cwd, [])): Promise<Targets> {
  const files = new Set<string>();
  const ignoredExplicit = new Set<string>();
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
      const kept = found.map((file) => path.normalize(file)).filter((file) => !ignored.ignores(file));
      if (kept.length === 0) throw new FatalError(`all files in directory "${target}" are ignored (see .vnlintignore; use --no-ignore to lint them)`);
      for (const file of kept) files.add(file);
    } else if (stat?.isFile()) {
      if (ignored.ignores(absolute)) ignoredExplicit.add(absolute);
      else files.add(absolute);
    } else if (isDynamicPattern(target)) {
      const found = await glob(target, { cwd, absolute: true, ignore: IGNORED });
      if (found.length === 0) throw new FatalError(`no files match the pattern "${target}"`);
      const kept = found.map((file) => path.normalize(file)).filter((file) => !ignored.ignores(file));
      if (kept.length === 0) throw new FatalError(`all files matched by "${target}" are ignored (see .vnlintignore; use --no-ignore to lint them)`);
      for (const file of kept) files.add(file);
    } else {
      let dangling = false;
      try {
        dangling = fs.lstatSync(absolute).isSymbolicLink();
      } catch {
        dangling = false;
      }
      throw new FatalError(dangling ? `cannot read "${target}": a symbolic link to a missing file` : `no such file or directory: "${target}"`);
    }
  }
  return { files: [...files].sort(), ignoredExplicit: [...ignoredExplicit].sort() };
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

/** Reads a file's bytes; an unreadable file is a FatalError naming it. */
export function readBytes(filePath: string): Buffer {
  try {
    return fs.readFileSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : code === 'ENOENT' ? 'no such file (a dangling symbolic link?)' : (error as Error).message;
    throw new FatalError(`cannot read "${filePath}": ${reason}`);
  }
}

export function readNotice(filePath: string, bytes: Buffer = readBytes(filePath)): NoticeFile {
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
export function writeFileAtomic(target: string, data: Uint8Array): void {
  let filePath = target;
  try {
    filePath = fs.realpathSync(target); // write through a symbolic link, do not replace it
  } catch {
    filePath = target;
  }
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.vnlint-${process.pid}-${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(filePath).mode;
  } catch {
    mode = undefined;
  }
  try {
    const fd = fs.openSync(temporary, 'wx', mode === undefined ? 0o666 : mode & 0o7777);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, filePath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new FatalError(`cannot write "${target}": ${(error as Error).message}`);
  }
}
