/** Shapes shared by the engine, the rules, the CLI and the language server. */
import type { Language, NoticeType } from '../notice/tree.js';

export type Severity = 'error' | 'warning' | 'info';
/** A rule's severity in a config: "on" (or true) keeps the rule's own severities, false is "off". */
export type SeveritySetting = 'off' | 'info' | 'warn' | 'warning' | 'error' | 0 | 1 | 2 | 'on' | boolean;
export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

/** A text edit: replace the UTF-16 range `[start, end)` with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** A quick fix offered in the editor, not applied by `--fix` (ESLint's suggestion shape). */
export interface Suggestion {
  desc: string;
  fix: Fix;
}

export interface LintMessage {
  /** null for a fatal problem with the file itself (binary, unreadable encoding), as in ESLint. */
  ruleId: string | null;
  /** True when the file could not be linted at all. */
  fatal?: boolean;
  severity: Severity;
  message: string;
  /** 1-based, UTF-16 columns (ESLint's convention). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets of the finding. */
  range: [number, number];
  /** An automatic fix, applied by `--fix` and "Fix all". */
  fix?: Fix;
  /** Quick fixes offered in the editor. */
  suggestions?: Suggestion[];
  /** Link to the rule's documentation. */
  url?: string;
}

export interface VnlintConfig {
  /** Per-rule severity and options. */
  rules?: Record<string, RuleSetting>;
  /** Force the notice language instead of detecting it. */
  language?: Language;
  /** Force the notice type instead of detecting it. */
  noticeType?: NoticeType;
  /** Force the grade (for body-only drafts). */
  grade?: string;
  /** `required` turns a body-only draft's missing header into errors. */
  header?: 'required' | 'optional';
  /** Longer documents (UTF-16 units) get one warning instead of a lint (default 1 MiB). */
  maxDocumentSize?: number;
  /** Findings one rule reports in one file before the rest are summarised in one info (default 1000). */
  maxFindingsPerRule?: number;
  /** Overrides of the template's tables (grade minimums, levels). */
  tables?: Record<string, unknown>;
}

export interface LintOptions {
  config?: VnlintConfig;
  /** Run only these rules. */
  only?: readonly string[];
  /** Report `vnlint-disable` comments that suppress nothing, at this severity (default: off). */
  reportUnusedDisableDirectives?: Severity | 'off';
}
