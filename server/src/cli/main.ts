/**
 * The `vnlint` command: files, directories, globs or stdin in; findings out
 * in the chosen format. Exit codes as ESLint: 0 no errors (and warnings within
 * --max-warnings), 1 errors found or too many warnings, 2 fatal (bad
 * arguments or config, unreadable or missing paths, internal error).
 * A thin adapter over the engine; documented option by option in docs/cli.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RULES, ruleById } from '../engine/index.js';
import { ConfigError, ConfigResolver } from '../engine/config.js';
import type { LintMessage, RuleSetting, Severity, VnlintConfig } from '../engine/types.js';
import { LintCache, cacheFile, contentHash, optionsKey } from './cache.js';
import { SAVE_CODE_CACHE } from './code-cache.js';
import { FatalError, IgnoreRules, readBytes, resolveTargets, writeFileAtomic } from './files.js';
import { formatters, type FileResult } from './formatters/index.js';
import { PARALLEL_THRESHOLD, autoConcurrency, runParallel } from './pool.js';
import { PROGRESS_MIN_FILES, Progress } from './progress.js';
import { FIX_TYPES, runTask, type FixType, type Task, type TaskResult } from './task.js';
import { requirementsOfFile } from '../requirements/print.js';

const HELP = `Usage: vnlint [options] [file|dir|glob ...]
       vnlint [options] --stdin [--stdin-filename <path>] < notice.txt

Lints IOM vacancy notices (EN/FR/ES) against the standard template.

Output:
  -f, --format <name>          ${Object.keys(formatters).join(', ')} (default: stylish)
  -o, --output-file <path>     Write the report to a file instead of stdout
  --quiet                      Report errors only (warnings still count for --max-warnings)
  --max-warnings <n>           Exit 1 when there are more than n warnings
  --color, --no-color          Force or disable colours (default: on when stdout is a terminal)

Rules and config:
  -c, --config <file>          Use this config file on top of the discovered ones
  --no-config-lookup           Do not look for .vnlintrc.* / package.json "vnlint" files
  --print-config <file>        Print the config that applies to <file> and exit
  --only <ids>                 Run only these rules (comma-separated)
  --rule <id=level>            Set a rule: off, info, warn, error, or id:["warn",{...}] (repeatable)
  --language <lang>            Force the notice language (en, fr, es)
  --report-unused-disable-directives
                               Report vnlint-disable comments that suppress nothing (as errors)
  --report-unused-disable-directives-severity <level>
                               Same, at this severity: off, info, warn, error

Files:
  --ignore-path <file>         Ignore file to use instead of ./.vnlintignore (gitignore syntax)
  --ignore-pattern <pattern>   Also ignore files matching this pattern (repeatable)
  --no-ignore                  Lint ignored files too
  --stdin                      Lint the text on standard input
  --stdin-filename <path>      The path of the stdin text (config lookup, ignore, report)

Fixes:
  --fix                        Apply automatic fixes and write the files (atomically)
  --fix-dry-run                Compute fixes without writing; json output gets "output"
  --fix-type <types>           Fix only these types: ${FIX_TYPES.join(', ')} (comma-separated)

Performance:
  --cache                      Reuse results of unchanged files (.vnlintcache)
  --cache-location <path>      Cache file or folder (default: ./.vnlintcache)
  --concurrency <n|auto|off>   Worker threads for ${PARALLEL_THRESHOLD}+ files (default: auto = one per core)

Other:
  --list-rules                 Print the rule ids and exit
  --print-requirements         Print each file's grade, degree/years pairs and levels as JSON and exit
  -v, --version                Print the version
  -h, --help                   Print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 fatal error
(bad option or config, missing or unreadable file). See docs/cli.md.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  cwd: string;
  /** True when stderr is a terminal (progress bar). */
  stderrIsTTY?: boolean;
  columns?: number;
  /** Reads all of standard input (for --stdin). */
  readStdin?: () => Promise<Buffer>;
  /** The script that worker threads run (the bundle); no parallelism without it. */
  workerScript?: string;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  'fix-type': { type: 'string', multiple: true },
  only: { type: 'string', multiple: true },
  rule: { type: 'string', multiple: true },
  language: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean', default: false },
  'print-config': { type: 'string' },
  'ignore-path': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean', default: false },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  'max-warnings': { type: 'string' },
  'report-unused-disable-directives': { type: 'boolean', default: false },
  'report-unused-disable-directives-severity': { type: 'string' },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean', default: false },
  'list-rules': { type: 'boolean', default: false },
  'print-requirements': { type: 'boolean', default: false },
  version: { type: 'boolean', short: 'v', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

const LEVEL_WORDS: Record<string, Severity | 'off'> = { off: 'off', '0': 'off', info: 'info', warn: 'warning', warning: 'warning', '1': 'warning', error: 'error', '2': 'error' };

function parseRuleSetting(setting: string): [string, RuleSetting] {
  const match = /^\s*([a-z0-9-]+)\s*[=:]\s*([^]+?)\s*$/.exec(setting);
  if (!match || !ruleById(match[1])) throw new UsageError(`invalid --rule "${setting}" (expected rule-id=off|info|warn|error, or rule-id:["warn",{...}] with a known rule id)`);
  const value = match[2];
  if (value.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new UsageError(`invalid --rule "${setting}": the value is not valid JSON`);
    }
    if (!Array.isArray(parsed) || !(String(parsed[0]) in LEVEL_WORDS) || (parsed.length > 1 && (typeof parsed[1] !== 'object' || parsed[1] === null || Array.isArray(parsed[1])))) {
      throw new UsageError(`invalid --rule "${setting}" (expected ["off"|"info"|"warn"|"error", {options}])`);
    }
    return [match[1], parsed as RuleSetting];
  }
  if (!(value in LEVEL_WORDS)) throw new UsageError(`invalid --rule "${setting}" (expected rule-id=off|info|warn|error)`);
  return [match[1], (/^\d$/.test(value) ? Number(value) : value) as RuleSetting];
}

const list = (values: readonly string[] | undefined) => values?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof FatalError) {
      io.stderr(`vnlint: ${error.message}${error instanceof UsageError ? '\nRun "vnlint --help" for usage.' : ''}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`vnlint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (values['list-rules']) {
    for (const rule of RULES) io.stdout(`${rule.meta.id}\t${rule.meta.severity}\t${rule.meta.description}\n`);
    return 0;
  }

  // ---- options
  const formatter = formatters[values.format];
  if (!formatter) throw new UsageError(`unknown format "${values.format}" (expected one of: ${Object.keys(formatters).join(', ')})`);
  const only = list(values.only);
  for (const id of only ?? []) {
    if (!ruleById(id)) throw new UsageError(`unknown rule "${id}" in --only (run "vnlint --list-rules")`);
  }
  const overrides: VnlintConfig = {};
  for (const setting of values.rule ?? []) {
    const [id, level] = parseRuleSetting(setting);
    (overrides.rules ??= {})[id] = level;
  }
  if (values.language) {
    if (!['en', 'fr', 'es'].includes(values.language)) throw new UsageError(`invalid --language "${values.language}" (expected en, fr or es)`);
    overrides.language = values.language as 'en';
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^-?\d+$/.test(values['max-warnings'].trim()) || maxWarnings < -1) throw new UsageError(`--max-warnings expects a whole number, got "${values['max-warnings']}"`);
  }
  const fixTypes = list(values['fix-type']);
  for (const type of fixTypes ?? []) {
    if (!(FIX_TYPES as readonly string[]).includes(type)) throw new UsageError(`invalid --fix-type "${type}" (expected ${FIX_TYPES.join(', ')})`);
  }
  if (fixTypes && !values.fix && !values['fix-dry-run']) throw new UsageError('--fix-type needs --fix or --fix-dry-run');
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (values.fix && values.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run --format json to get the fixed text');
  if (values['stdin-filename'] && !values.stdin) throw new UsageError('--stdin-filename needs --stdin');
  let reportUnused: Severity | 'off' | undefined = values['report-unused-disable-directives'] ? 'error' : undefined;
  const unusedSeverity = values['report-unused-disable-directives-severity'];
  if (unusedSeverity !== undefined) {
    if (!(unusedSeverity in LEVEL_WORDS)) throw new UsageError(`invalid --report-unused-disable-directives-severity "${unusedSeverity}" (expected off, info, warn or error)`);
    reportUnused = LEVEL_WORDS[unusedSeverity];
  }
  let workers: number | 'auto' = 'auto';
  if (values.concurrency !== undefined) {
    const value = values.concurrency.trim();
    if (value === 'off') workers = 1;
    else if (value !== 'auto') {
      workers = Number(value);
      if (!/^\d+$/.test(value) || workers < 1) throw new UsageError(`--concurrency expects a number, "auto" or "off", got "${values.concurrency}"`);
    }
  }
  const color = values['no-color'] ? false : values.color ?? (io.isTTY && !values['output-file']);

  const resolver = new ConfigResolver({
    knownRules: (id) => Boolean(ruleById(id)),
    useConfigFiles: !values['no-config-lookup'],
    overrideFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
    overrides,
  });
  if (values.config && !fs.existsSync(path.resolve(io.cwd, values.config))) throw new FatalError(`cannot read the config file "${values.config}": no such file`);

  if (values['print-config'] !== undefined) {
    if (positionals.length) throw new UsageError('--print-config takes one file and no other paths');
    io.stdout(JSON.stringify(resolver.forFile(path.resolve(io.cwd, values['print-config'])).config, null, 2) + '\n');
    return 0;
  }

  const ignored = IgnoreRules.load(io.cwd, { ignorePath: values['ignore-path'], patterns: values['ignore-pattern'], enabled: !values['no-ignore'] });

  // ---- inputs
  interface Input {
    filePath: string;
    read: () => Buffer;
  }
  const inputs: Input[] = [];
  const ignoredResults: FileResult[] = [];
  if (values.stdin) {
    if (positionals.length) throw new UsageError('--stdin lints standard input; give no paths');
    if (!io.readStdin) throw new FatalError('standard input is not available');
    const bytes = await io.readStdin();
    const filePath = path.resolve(io.cwd, values['stdin-filename'] ?? '<stdin>');
    if (values['stdin-filename'] && ignored.ignores(filePath)) ignoredResults.push(ignoredResult(filePath));
    else inputs.push({ filePath, read: () => bytes });
  } else {
    if (positionals.length === 0) throw new UsageError('no files given. Usage: vnlint [options] <file|dir|glob ...>');
    const targets = await resolveTargets(positionals, io.cwd, ignored);
    for (const filePath of targets.files) inputs.push({ filePath, read: () => readBytes(filePath) });
    for (const filePath of targets.ignoredExplicit) ignoredResults.push(ignoredResult(filePath));
  }

  if (values['print-requirements']) {
    io.stdout(JSON.stringify(inputs.map((input) => requirementsOfFile(input.filePath, input.read(), resolver.forFile(input.filePath).config)), null, 2) + '\n');
    return 0;
  }

  // ---- lint
  const fixing = values.fix || values['fix-dry-run'];
  const cache = values.cache && !values.stdin ? new LintCache(cacheFile(io.cwd, values['cache-location']), VERSION) : undefined;
  const results: Array<TaskResult | undefined> = new Array(inputs.length);
  const progress = new Progress(inputs.length, io.stderr, Boolean(io.stderrIsTTY) && inputs.length >= PROGRESS_MIN_FILES, io.columns);
  let finished = 0;
  const cacheKeys: Array<{ hash: string; key: string } | undefined> = [];
  const pending: Task[] = [];

  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index];
    const { config } = resolver.forFile(input.filePath);
    const task: Task = {
      index,
      filePath: input.filePath,
      bytes: new Uint8Array(0),
      config,
      only,
      mode: fixing ? 'fix' : 'lint',
      fixTypes: fixTypes as FixType[] | undefined,
      fixErrorsOnly: values.quiet,
      reportUnusedDisableDirectives: reportUnused,
    };
    if (cache) {
      const bytes = input.read();
      const hash = contentHash(bytes);
      const key = optionsKey([config, only ?? null, reportUnused ?? null]);
      cacheKeys[index] = { hash, key };
      const cached = cache.get(input.filePath, hash, key);
      // a cached result is reusable when fixing only if it has nothing to fix
      if (cached && !(fixing && cached.some((message) => message.fix))) {
        results[index] = { index, filePath: input.filePath, messages: cached };
        finished++;
        continue;
      }
      task.bytes = bytes;
    }
    pending.push(task);
  }

  const load = (task: Task): Task => (task.bytes.byteLength ? task : { ...task, bytes: inputs[task.index].read() });
  const accept = (result: TaskResult) => {
    results[result.index] = result;
    if (values.fix && result.outputBytes) writeFileAtomic(result.filePath, result.outputBytes);
    if (cache && cacheKeys[result.index]) {
      if (result.outputBytes && values.fix) cache.delete(result.filePath);
      else if (!result.messages.some((message) => message.fatal)) cache.set(result.filePath, cacheKeys[result.index]!.hash, cacheKeys[result.index]!.key, result.messages);
    }
    progress.tick(++finished);
  };
  const threads = workers === 'auto' ? autoConcurrency(pending.length) : workers;
  const parallel = pending.length >= PARALLEL_THRESHOLD && threads > 1 && io.workerScript !== undefined;
  if (process.env.VNLINT_DEBUG) io.stderr(`vnlint: ${inputs.length} files, ${pending.length} to lint, ${cache ? cache.hits : 0} from the cache, ${parallel ? `${Math.min(threads, pending.length)} worker threads` : 'serial'}\n`);
  if (parallel) {
    await runParallel(io.workerScript!, pending.length, threads, (i) => load(pending[i]), accept);
  } else {
    for (const task of pending) accept(runTask(load(task)));
    // this thread compiled the linter: the moment to keep its bytecode for the next run (code-cache.ts)
    if (pending.length) (globalThis as { [SAVE_CODE_CACHE]?: () => void })[SAVE_CODE_CACHE]?.();
  }
  progress.done();
  cache?.save();

  // ---- report
  const all: FileResult[] = [...(results as TaskResult[]), ...ignoredResults].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  const reported = values.quiet ? all.map((result) => ({ ...result, messages: result.messages.filter((message) => message.severity === 'error') })) : all;
  const report = formatter(reported, { color, cwd: io.cwd, includeOutput: values['fix-dry-run'] });
  if (values['output-file']) {
    const target = path.resolve(io.cwd, values['output-file']);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, report);
    } catch (error) {
      throw new FatalError(`cannot write the report to "${values['output-file']}": ${(error as Error).message}`);
    }
  } else {
    io.stdout(report);
  }

  const count = (severity: LintMessage['severity']) => all.reduce((sum, result) => sum + result.messages.filter((message) => message.severity === severity).length, 0);
  const errors = count('error');
  const warnings = count('warning');
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`vnlint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function ignoredResult(filePath: string): FileResult {
  return {
    filePath,
    messages: [
      {
        ruleId: null,
        severity: 'warning',
        message: 'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.',
        line: 0 + 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        range: [0, 0],
      },
    ],
  };
}

declare const __VNLINT_VERSION__: string | undefined;
const VERSION = typeof __VNLINT_VERSION__ === 'string' ? __VNLINT_VERSION__ : '0.0.0-dev';

export type { LintMessage };
