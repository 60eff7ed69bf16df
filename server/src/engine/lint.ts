/**
 * The engine: lint(text, options) -> messages. The CLI and the language
 * server both call this; nothing here knows about files or LSP.
 */
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { noticeParser } from '../notice/unified-parser.js';
import { parseNotice } from '../notice/parse.js';
import type { NoticeRoot } from '../notice/tree.js';
import { RULES, ruleById } from '../rules/index.js';
import type { ReportData } from '../rules/rule.js';
import type { LintMessage, LintOptions, RuleSetting, Severity, VnlintConfig } from './types.js';
import { applyDirectives, findDirectives, unusedDirectives, type Directive } from './directives.js';

export interface LintResult {
  messages: LintMessage[];
  notice: NoticeRoot;
}

/** Resolves one rule's setting: undefined = on with its own severities. */
export function ruleSetting(config: VnlintConfig | undefined, ruleId: string): { enabled: boolean; severity?: Severity; options: Record<string, unknown> } {
  const setting: RuleSetting | undefined = config?.rules?.[ruleId];
  if (setting === undefined) return { enabled: true, options: {} };
  const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
  const severity = severityOf(level);
  return { enabled: severity !== 'off', severity: severity === 'off' || severity === 'default' ? undefined : severity, options: options ?? {} };
}

function severityOf(level: unknown): Severity | 'off' | 'default' {
  switch (level) {
    case 'off':
    case 0:
    case false:
      return 'off';
    case 'info':
      return 'info';
    case 'warn':
    case 'warning':
    case 1:
      return 'warning';
    case 'error':
    case 2:
      return 'error';
    case 'on':
    case true:
    case undefined:
      return 'default';
    default:
      throw new Error(`invalid severity ${JSON.stringify(level)} (expected "off", "info", "warn" or "error")`);
  }
}

const processorCache = new Map<string, Processor<NoticeRoot, NoticeRoot, NoticeRoot>>();

function processorFor(options: LintOptions) {
  const key = JSON.stringify([options.config ?? {}, options.only ?? null]);
  let processor = processorCache.get(key);
  if (processor) return processor;
  const config = options.config;
  const base = unified().use(noticeParser as never, { language: config?.language, noticeType: config?.noticeType, grade: config?.grade });
  for (const rule of RULES) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    const setting = ruleSetting(config, rule.meta.id);
    if (!setting.enabled) continue;
    base.use(rule.plugin as never, [1, { ...setting.options, __config: config }]);
  }
  processor = (base as unknown as { freeze(): unknown }).freeze() as unknown as Processor<NoticeRoot, NoticeRoot, NoticeRoot>;
  if (processorCache.size > 50) processorCache.clear();
  processorCache.set(key, processor);
  return processor;
}

/**
 * Documents longer than this (UTF-16 units, default 1 MiB) get one warning
 * instead of a lint: a notice is 5–30 KB, so a megabyte is a wrong file or a
 * paste gone astray, and linting it would stall an editor for seconds.
 */
export const DEFAULT_MAX_DOCUMENT_SIZE = 1024 * 1024;

function oversized(text: string, limit: number): LintResult {
  const notice = parseNotice('');
  notice.data.text = text;
  const megabytes = (size: number) => `${(size / (1024 * 1024)).toFixed(1)} MB`;
  return {
    notice,
    messages: [
      {
        ruleId: null,
        severity: 'warning',
        message: `Not linted: the document is ${megabytes(text.length)}, over vnlint's limit of ${megabytes(limit)} (setting maxDocumentSize). A vacancy notice is 5–30 KB: is this the right file?`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        range: [0, 0],
      },
    ],
  };
}

/**
 * Runs `fn` without capturing stack traces. Every finding is a VFileMessage,
 * an Error, which captures one on creation (≈ 17 µs apiece, which dominated
 * notices with thousands of findings) that nobody reads.
 */
export function withoutStackTraces<T>(fn: () => T): T {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  for (const id of options.only ?? []) {
    if (!ruleById(id)) throw new Error(`unknown rule "${id}"`);
  }
  const limit = options.config?.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  if (text.length > limit) return oversized(text, limit);
  const processor = processorFor(options);
  const file = new VFile({ value: text });
  const tree = processor.parse(file) as NoticeRoot;
  withoutStackTraces(() => processor.runSync(tree, file));
  const directives = findDirectives(text);
  const directiveMessages = directives.length ? directiveProblems(file, directives, tree.data.lineStarts, options) : [];
  const messages: LintMessage[] = [...directiveMessages];
  for (const message of file.messages) {
    const data = message as unknown as ReportData & typeof message;
    if (!data.ruleId || !data.vnRange) throw message; // a crash inside a rule, not a finding
    const setting = ruleSetting(options.config, data.ruleId);
    const place = message.place && 'start' in message.place ? message.place : undefined;
    messages.push({
      ruleId: data.ruleId,
      severity: setting.severity ?? data.vnSeverity,
      message: message.reason,
      line: place?.start.line ?? 1,
      column: place?.start.column ?? 1,
      endLine: place?.end.line ?? 1,
      endColumn: place?.end.column ?? 1,
      range: data.vnRange,
      ...(data.vnFix ? { fix: data.vnFix } : {}),
      ...(data.vnSuggestions?.length ? { suggestions: data.vnSuggestions } : {}),
      url: message.url ?? undefined,
    });
  }
  messages.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
  return { messages, notice: tree };
}

function pointOf(lineStarts: readonly number[], offset: number) {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
  return { line: line + 1, column: offset - lineStarts[line] + 1 };
}

function directiveMessage(lineStarts: readonly number[], directive: Directive, severity: Severity, message: string, fix?: boolean): LintMessage {
  const start = pointOf(lineStarts, directive.start);
  const end = pointOf(lineStarts, directive.end);
  return {
    ruleId: null,
    severity,
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range: [directive.start, directive.end],
    ...(fix ? { fix: { range: [directive.lineStart, directive.lineEnd] as [number, number], text: '' } } : {}),
  };
}

/**
 * Filters file.messages through the directives (unified-message-control) and
 * returns the directives' own problems: unknown rule ids (always, as
 * warnings) and, with `reportUnusedDisableDirectives`, directives that
 * suppress nothing (with a fix that removes the comment line).
 */
function directiveProblems(file: VFile, directives: Directive[], lineStarts: readonly number[], options: LintOptions): LintMessage[] {
  const problems: LintMessage[] = [];
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      if (!ruleById(id)) problems.push(directiveMessage(lineStarts, directive, 'warning', `Unknown rule "${id}" in the vnlint-${directive.kind} comment.`));
    }
  }
  const level = options.reportUnusedDisableDirectives;
  if (level && level !== 'off') {
    const all = [...file.messages];
    for (const directive of unusedDirectives(file, all, directives, lineStarts, 'vnlint')) {
      const what = directive.ruleIds.length ? ` (no problems were reported from ${directive.ruleIds.map((id) => `"${id}"`).join(', ')})` : ' (no problems were reported)';
      problems.push(directiveMessage(lineStarts, directive, level, `Unused vnlint-${directive.kind} directive${what}.`, true));
    }
    file.messages = all;
  }
  applyDirectives(file, directives, lineStarts, 'vnlint');
  return problems;
}
