/**
 * The rule contract. A rule is a unified plugin built with `unified-lint-rule`:
 * it reads the notice tree and reports messages with positions and fixes. It
 * never reads files or talks LSP.
 */
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { NoticeRoot } from '../notice/tree.js';
import type { Fix, Severity, Suggestion, VnlintConfig } from '../engine/types.js';
import { pointAt } from '../notice/lines.js';

export interface RuleMeta {
  id: string;
  /** Default severity of the rule's findings. */
  severity: Severity;
  /** `auto`: `--fix` applies it; `quick`: offered in the editor only. */
  fixable?: 'auto' | 'quick';
  /** One-line description (docs, SARIF, hover). */
  description: string;
  /** ESLint's rule types, for `--fix-type`: a real defect, a wording suggestion, or layout. Default `problem`. */
  type?: 'problem' | 'suggestion' | 'layout';
}

export interface Report {
  message: string;
  /** UTF-16 offsets of the finding. */
  start: number;
  end: number;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface RuleContext {
  tree: NoticeRoot;
  /** Rule options from the config (`["warn", {...}]`). */
  options: Record<string, unknown>;
  /** The whole resolved config (notice defaults, tables). */
  config: VnlintConfig;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** The unified plugin: `processor.use(rule.plugin, [level, options])`. */
  plugin: ReturnType<typeof lintRule<NoticeRoot, Record<string, unknown>>>;
}

/** Extra fields the engine reads off a vfile message. */
export interface ReportData {
  vnSeverity: Severity;
  vnRange: [number, number];
  vnFix?: Fix;
  vnSuggestions?: Suggestion[];
}

/** Findings one rule reports in one file before the rest are only counted. */
export const DEFAULT_MAX_FINDINGS_PER_RULE = 1000;

export const DOCS_BASE = 'https://github.com/vnlint/vnlint/blob/main/docs/rules/';

export function defineRule(meta: RuleMeta, check: (context: RuleContext) => void): Rule {
  const plugin = lintRule<NoticeRoot, Record<string, unknown>>(
    { origin: `vnlint:${meta.id}`, url: `${DOCS_BASE}${meta.id}.md` },
    (tree: NoticeRoot, file: VFile, options) => {
      const lineStarts = tree.data.lineStarts;
      const { __config, ...ruleOptions } = (options && typeof options === 'object' ? options : {}) as Record<string, unknown>;
      const config = (__config ?? {}) as VnlintConfig;
      const limit = config.maxFindingsPerRule ?? DEFAULT_MAX_FINDINGS_PER_RULE;
      let reported = 0;
      let firstHidden: Report | undefined;
      const context: RuleContext = {
        tree,
        options: ruleOptions,
        config,
        report(report) {
          // A pasted megabyte of headings can yield 100,000 findings: past the limit
          // they are counted, not built (each costs a message object and a diagnostic).
          if (++reported > limit) {
            firstHidden ??= report;
            return;
          }
          const message = file.message(report.message, {
            place: { start: pointAt(lineStarts, report.start), end: pointAt(lineStarts, report.end) },
          });
          const data: ReportData = {
            vnSeverity: report.severity ?? meta.severity,
            vnRange: [report.start, report.end],
            vnFix: report.fix,
            vnSuggestions: report.suggestions,
          };
          Object.assign(message, data);
        },
      };
      check(context);
      if (firstHidden) {
        const hidden = reported - limit;
        const message = file.message(
          `${hidden} more “${meta.id}” finding${hidden === 1 ? ' is' : 's are'} not shown: vnlint reports at most ${limit} per rule and file (setting maxFindingsPerRule).`,
          { place: { start: pointAt(lineStarts, firstHidden.start), end: pointAt(lineStarts, firstHidden.end) } },
        );
        const data: ReportData = { vnSeverity: 'info', vnRange: [firstHidden.start, firstHidden.end] };
        Object.assign(message, data);
      }
    },
  );
  return { meta, plugin };
}

export { pointAt };
