/**
 * The `vnlint` command: files, directories and globs in; findings out in the
 * chosen format; exit 0 (no errors), 1 (errors found), 2 (fatal: bad
 * arguments, unreadable or missing paths). A thin adapter over the engine.
 */
import { parseArgs } from 'node:util';
import { lint, fixText, RULES, ruleById } from '../engine/index.js';
import type { LintMessage, VnlintConfig } from '../engine/types.js';
import { FatalError, readNotice, resolveTargets, writeFileAtomic, type NoticeFile } from './files.js';
import { formatters, type FileResult } from './formatters/index.js';

const HELP = `Usage: vnlint [options] [file|dir|glob ...]

Lints IOM vacancy notices (EN/FR/ES) against the standard template.

Options:
  -f, --format <name>   Output format: ${Object.keys(formatters).join(', ')} (default: stylish)
  --fix                 Apply automatic fixes and write the files
  --fix-dry-run         Compute fixes; print the fixed text as "output" (json) without writing
  --only <ids>          Run only these rules (comma-separated)
  --rule <id=level>     Set a rule's severity: off, info, warn, error (repeatable)
  --language <lang>     Force the notice language (en, fr, es)
  --quiet               Report errors only
  --max-warnings <n>    Exit 1 when there are more than n warnings
  --list-rules          Print the rule ids and exit
  -v, --version         Print the version
  -h, --help            Print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 fatal error.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  cwd: string;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        only: { type: 'string' },
        rule: { type: 'string', multiple: true },
        language: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'max-warnings': { type: 'string' },
        'list-rules': { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`vnlint: ${(error as Error).message}\nRun "vnlint --help" for usage.\n`);
    return 2;
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
  const formatter = formatters[values.format as keyof typeof formatters];
  if (!formatter) {
    io.stderr(`vnlint: unknown format "${values.format}" (expected one of: ${Object.keys(formatters).join(', ')})\n`);
    return 2;
  }
  const only = values.only?.split(',').map((id) => id.trim()).filter(Boolean);
  for (const id of only ?? []) {
    if (!ruleById(id)) {
      io.stderr(`vnlint: unknown rule "${id}" in --only (run "vnlint --list-rules")\n`);
      return 2;
    }
  }
  const config: VnlintConfig = { rules: {} };
  for (const setting of values.rule ?? []) {
    const match = /^([a-z0-9-]+)[=:](off|info|warn|warning|error)$/.exec(setting.trim());
    if (!match || !ruleById(match[1])) {
      io.stderr(`vnlint: invalid --rule "${setting}" (expected rule-id=off|info|warn|error)\n`);
      return 2;
    }
    config.rules![match[1]] = match[2] as 'off';
  }
  if (values.language) {
    if (!['en', 'fr', 'es'].includes(values.language)) {
      io.stderr(`vnlint: invalid --language "${values.language}" (expected en, fr or es)\n`);
      return 2;
    }
    config.language = values.language as 'en';
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
      io.stderr(`vnlint: --max-warnings expects a whole number, got "${values['max-warnings']}"\n`);
      return 2;
    }
  }
  if (positionals.length === 0) {
    io.stderr('vnlint: no files given. Usage: vnlint [options] <file|dir|glob ...>\n');
    return 2;
  }

  let files: string[];
  try {
    files = await resolveTargets(positionals, io.cwd);
  } catch (error) {
    if (error instanceof FatalError) {
      io.stderr(`vnlint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  const results: FileResult[] = [];
  for (const filePath of files) {
    let notice: NoticeFile;
    try {
      notice = readNotice(filePath);
    } catch (error) {
      if (error instanceof FatalError) {
        io.stderr(`vnlint: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
    results.push(lintFile(notice, { config, only, fix: values.fix, dryRun: values['fix-dry-run'] }));
  }

  if (values.fix) {
    for (const result of results) {
      if (result.output !== undefined && result.output !== result.source) writeFileAtomic(result.filePath, result.encodeOutput!(result.output));
    }
  }
  const reported = values.quiet ? results.map((result) => ({ ...result, messages: result.messages.filter((message) => message.severity === 'error') })) : results;
  io.stdout(formatter(reported, { color: io.isTTY, cwd: io.cwd, includeOutput: values['fix-dry-run'] }));

  const errors = results.reduce((sum, result) => sum + result.messages.filter((message) => message.severity === 'error').length, 0);
  const warnings = results.reduce((sum, result) => sum + result.messages.filter((message) => message.severity === 'warning').length, 0);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`vnlint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function lintFile(
  notice: NoticeFile,
  options: { config: VnlintConfig; only?: string[]; fix: boolean; dryRun: boolean },
): FileResult {
  const base = { filePath: notice.filePath, source: notice.text, encodeOutput: notice.encode };
  if (notice.problem) return { ...base, messages: [notice.problem] };
  const lintOptions = { config: options.config, only: options.only };
  if (options.fix || options.dryRun) {
    const fixed = fixText(notice.text, lintOptions);
    const output = notice.rewrite ? fixed.output : fixed.output;
    return { ...base, messages: [...(notice.notes ?? []), ...fixed.messages], output: fixed.fixed || notice.rewrite ? output : undefined };
  }
  const { messages } = lint(notice.text, lintOptions);
  return { ...base, messages: [...(notice.notes ?? []), ...messages] };
}

declare const __VNLINT_VERSION__: string | undefined;
const VERSION = typeof __VNLINT_VERSION__ === 'string' ? __VNLINT_VERSION__ : '0.0.0-dev';

export type { LintMessage };
