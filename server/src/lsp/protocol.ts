/**
 * vnlint's custom LSP requests and commands (documented in docs/lsp.md).
 * Types only plus method names; the VS Code client imports this file too.
 */
export const SummaryRequestMethod = 'vnlint/summary';
export const SkeletonRequestMethod = 'vnlint/skeleton';
/** workspace/executeCommand: apply every automatic fix to one document. Arguments: [uri]. */
export const FixAllCommand = 'vnlint.server.fixAll';

/**
 * Node options every launch of the language server passes (docs/lsp.md, "Memory"): the VS Code client
 * (execArgv) and bin/vnlint-language-server.js (its `#!/usr/bin/env -S node …` line, which must hold the
 * same ones; test/lsp/memory.test.ts checks both and a running server). A 2 MB young generation
 * (linting's garbage dies young instead of growing the heap) and no optimising compiler: TurboFan's
 * compiler thread kept ~15 MB of malloc arena, and its compilations and deoptimisations were the slowest
 * keystrokes; the rules' time is in regex and string built-ins, which are compiled in advance anyway.
 * `--expose-gc` gives the server's idle collector (memory.ts) V8's `gc`.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2', '--no-opt', '--expose-gc'];

export interface SummaryParams {
  textDocument: { uri: string };
}

export interface SectionStatus {
  id: string;
  /** Name in the notice's language. */
  name: string;
  /** R required, C conditional, O optional (rule book §3.3) for this notice. */
  requirement: 'R' | 'C' | 'O';
  present: boolean;
  /** 0-based line of the heading, when present. */
  line?: number;
}

export interface NoticeSummary {
  uri: string;
  version: number;
  language: 'en' | 'fr' | 'es';
  noticeType: string;
  /** Display name of the notice type in the UI language. */
  noticeTypeName: string;
  layout: string;
  grade?: string;
  category?: 'international' | 'national';
  sections: SectionStatus[];
  requiredPresent: number;
  requiredTotal: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings with an automatic fix. */
  fixable: number;
  /**
   * 0–100: required sections present ÷ required sections × 100, minus 10
   * for each rule other than missing-section that still reports an error
   * (never below 0). 100 means every required section is there and nothing
   * is an error.
   */
  readiness: number;
  /** The same, as Markdown in the UI language (the "Show notice summary" document). */
  markdown: string;
  /** Milliseconds the last lint of this version took. */
  lintMs: number;
  /** How many times the server has run lint() since it started (cache check). */
  lintRuns: number;
}

export interface SkeletonParams {
  noticeType: 'VN' | 'SVN' | 'CFA' | 'CFEOI' | 'consultancy' | 'internship' | 'volunteer';
  language: 'en' | 'fr' | 'es';
  grade?: string;
  eol?: '\n' | '\r\n';
}

export interface SkeletonResult {
  /** The notice as plain text, placeholders filled with their default text. */
  text: string;
  /** The same as an LSP/VS Code snippet (tab stops on every placeholder). */
  snippet: string;
  /** UTF-16 offsets `[start, end)` of the placeholders in `text`. */
  placeholders: Array<[number, number]>;
}
