/**
 * Open documents and their lint results. A result is computed at most once
 * per (document version, config): every capability (diagnostics, code
 * actions, hover, symbols, folding, completion, summary) reads the cached
 * notice tree and messages instead of re-parsing. Superseded work is dropped:
 * a debounced lint checks the version before it runs.
 *
 * Memory: a result (the notice tree, its repaired view, the messages and
 * their fixes, and whatever the rules cache per tree) costs several times the
 * text of its document, and an editor with many notices open only works in a
 * few of them. So only the `keepResults` most recently used documents keep
 * their whole result; the others keep a stub (version and config) that is
 * enough to answer a pull "unchanged", and are linted again on the next
 * request that needs more (a hover, a code action in a notice left alone
 * for a while).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type LintResult } from '../engine/index.js';
import type { VnlintConfig } from '../engine/types.js';
import type { EditorSettings } from './settings.js';

export interface CachedLint {
  version: number;
  configKey: string;
  result: LintResult;
  /** Milliseconds the lint took (for the summary and benchmarks). */
  ms: number;
}

/** What is kept of a result that was let go: which version and config it was, and how long its lint took. */
export type LintStub = Pick<CachedLint, 'version' | 'configKey' | 'ms'>;

/** How many documents keep their whole lint result (the most recently used ones). */
export const KEEP_RESULTS = 8;

export class LintCache {
  /** uri → the last result or its stub, least recently used first. */
  private readonly entries = new Map<string, CachedLint | LintStub>();
  private full = 0;
  /** How many times `lint()` actually ran (tests read it through `vnlint/summary`). */
  lintRuns = 0;

  constructor(
    private readonly keepResults = KEEP_RESULTS,
    /** Called after every lint that ran (the server's idle collector listens). */
    private readonly afterLint?: () => void,
  ) {}

  /** The lint result of this exact document version, computed on first use. */
  get(document: TextDocument, config: VnlintConfig): CachedLint {
    const configKey = JSON.stringify(config);
    const cached = this.entries.get(document.uri);
    if (cached && 'result' in cached && cached.version === document.version && cached.configKey === configKey) {
      this.touch(document.uri, cached);
      return cached;
    }
    const t0 = performance.now();
    const result = lint(document.getText(), { config });
    this.lintRuns++;
    const entry: CachedLint = { version: document.version, configKey, result, ms: performance.now() - t0 };
    if (cached && 'result' in cached) this.full--;
    this.entries.delete(document.uri);
    this.entries.set(document.uri, entry);
    this.full++;
    this.trim();
    this.afterLint?.();
    return entry;
  }

  /** The version, config and duration of the last lint of a URI, whether its result is still kept or not. */
  last(uri: string): LintStub | undefined {
    return this.entries.get(uri);
  }

  /** How many documents keep a whole result (tests). */
  get resultsKept(): number {
    return this.full;
  }

  delete(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry && 'result' in entry) this.full--;
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
    this.full = 0;
  }

  private touch(uri: string, entry: CachedLint): void {
    this.entries.delete(uri);
    this.entries.set(uri, entry);
  }

  /** Lets go of the results of the least recently used documents beyond `keepResults`. */
  private trim(): void {
    if (this.full <= this.keepResults) return;
    for (const [uri, entry] of this.entries) {
      if (this.full <= this.keepResults) break;
      if (!('result' in entry)) continue;
      this.entries.set(uri, { version: entry.version, configKey: entry.configKey, ms: entry.ms });
      this.full--;
    }
  }
}

export type SettingsFor = (uri: string) => Promise<EditorSettings>;
