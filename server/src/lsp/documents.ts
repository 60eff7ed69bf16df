/**
 * Open documents and their lint results. A result is computed at most once
 * per (document version, config): every capability (diagnostics, code
 * actions, hover, symbols, folding, completion, summary) reads the cached
 * notice tree and messages instead of re-parsing. Superseded work is dropped:
 * a debounced lint checks the version before it runs.
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

export class LintCache {
  private readonly entries = new Map<string, CachedLint>();
  /** How many times `lint()` actually ran (tests read it through `vnlint/summary`). */
  lintRuns = 0;

  /** The lint result of this exact document version, computed on first use. */
  get(document: TextDocument, config: VnlintConfig): CachedLint {
    const configKey = JSON.stringify(config);
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.configKey === configKey) return cached;
    const t0 = performance.now();
    const result = lint(document.getText(), { config });
    this.lintRuns++;
    const entry: CachedLint = { version: document.version, configKey, result, ms: performance.now() - t0 };
    this.entries.set(document.uri, entry);
    return entry;
  }

  /** The last result for a URI whatever its version (for lint-on-save: the saved text's findings). */
  last(uri: string): CachedLint | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

export type SettingsFor = (uri: string) => Promise<EditorSettings>;
