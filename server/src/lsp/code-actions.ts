/**
 * Code actions: each finding's quick fixes; "Fix all <rule> problems in this
 * file"; and `source.fixAll.vnlint` (editor.codeActionsOnSave) with every
 * automatic fix. Batches go through the engine's fix loop (`fixText`:
 * non-overlapping fixes, re-lint, repeat until stable) and reach the editor
 * as ONE minimal edit, so no edit of a batch ever overlaps another.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, fixText } from '../engine/index.js';
import type { Fix, LintMessage, VnlintConfig } from '../engine/types.js';
import type { CachedLint } from './documents.js';
import type { DiagnosticData } from './diagnostics.js';
import { fixToEdit, minimalEdit } from './edits.js';
import { t } from './l10n.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vnlint`;

const fixAllCache = new WeakMap<CachedLint, Map<string, string | undefined>>();

/** fixAllOutput, once per document version, config and rule (the cached lint entry is per version and config). */
function cachedFixAll(cached: CachedLint, text: string, config: VnlintConfig, ruleId?: string): string | undefined {
  let outputs = fixAllCache.get(cached);
  if (!outputs) fixAllCache.set(cached, (outputs = new Map()));
  const key = ruleId ?? '';
  if (!outputs.has(key)) outputs.set(key, fixAllOutput(text, config, ruleId));
  return outputs.get(key);
}

/** Every automatic fix applied until stable; undefined when there is none. */
export function fixAllOutput(text: string, config: VnlintConfig, ruleId?: string): string | undefined {
  const result = fixText(text, { config }, ruleId ? (message) => message.ruleId === ruleId : undefined);
  return result.fixed ? result.output : undefined;
}

/**
 * A rule's quick fixes, all at once (rules whose fixes are editor-only, such
 * as missing-section): the first suggestion of each finding, non-overlapping,
 * in one pass — never looped, since a suggestion is not guaranteed to clear
 * its own finding.
 */
function applySuggestions(text: string, messages: LintMessage[]): string | undefined {
  const fixes: Fix[] = messages.map((message) => message.suggestions?.[0]?.fix).filter((fix): fix is Fix => fix !== undefined);
  if (!fixes.length) return undefined;
  const { output } = applyFixes(text, fixes);
  return output === text ? undefined : output;
}

function wants(only: string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

export function codeActions(document: TextDocument, params: CodeActionParams, cached: CachedLint, config: VnlintConfig): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const text = document.getText();
  const messages = cached.result.messages;

  if (wants(only, CodeActionKind.QuickFix)) {
    const rulesSeen = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'vnlint') continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      const fresh = data && data.version === document.version ? data : dataFromCache(diagnostic, document, messages);
      if (!fresh) continue;
      if (fresh.fix) {
        actions.push({
          title: t('Fix: {0}', diagnostic.message),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [document.uri]: [fixToEdit(document, fresh.fix)] } },
        });
      }
      (fresh.suggestions ?? []).forEach((suggestion, index) => {
        actions.push({
          title: suggestion.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: !fresh.fix && index === 0,
          edit: { changes: { [document.uri]: [fixToEdit(document, suggestion.fix)] } },
        });
      });
      const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
      if (ruleId && !rulesSeen.has(ruleId)) {
        rulesSeen.add(ruleId);
        const fixAll = fixAllForRule(document, ruleId, cached, config);
        if (fixAll) actions.push(fixAll);
      }
      if (ruleId) actions.push(disableForLine(document, diagnostic, ruleId, cached.result.notice.data.eol));
    }
  }

  // only when asked for (Source Action menu, codeActionsOnSave): the lightbulb, which asks for
  // everything on every cursor move, does not show source actions
  if (only && wants(only, FIX_ALL_KIND)) {
    const output = messages.some((m) => m.fix) ? cachedFixAll(cached, text, config) : undefined;
    const edit = output === undefined ? undefined : minimalEdit(document, output);
    if (edit) actions.push({ title: t('Fix all auto-fixable vnlint problems'), kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [edit] } } });
  }
  return actions;
}

/** "Disable <rule> for this line": an inline directive (engine/directives.ts) on the line above, indented alike. */
function disableForLine(document: TextDocument, diagnostic: Diagnostic, ruleId: string, eol: string): CodeAction {
  const line = diagnostic.range.start.line;
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)![0];
  return {
    title: t('Disable {0} for this line', ruleId),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- vnlint-disable-next-line ${ruleId} -->${eol}` }] } },
  };
}

/** "Fix all <rule> problems in this file", offered when the rule has two or more fixable findings. */
function fixAllForRule(document: TextDocument, ruleId: string, cached: CachedLint, config: VnlintConfig): CodeAction | undefined {
  const own = cached.result.messages.filter((m) => m.ruleId === ruleId && (m.fix || m.suggestions?.length));
  if (own.length < 2) return undefined;
  const text = document.getText();
  const output = own.some((m) => m.fix) ? cachedFixAll(cached, text, config, ruleId) : applySuggestions(text, own);
  const edit = output === undefined ? undefined : minimalEdit(document, output);
  if (!edit) return undefined;
  return {
    title: t('Fix all {0} problems in this file', ruleId),
    kind: CodeActionKind.QuickFix,
    edit: { changes: { [document.uri]: [edit] } },
  };
}

/** A diagnostic from an older version (pull clients may send those): find its finding in the fresh result. */
function dataFromCache(diagnostic: Diagnostic, document: TextDocument, messages: LintMessage[]): DiagnosticData | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const message = messages.find((m) => m.ruleId === diagnostic.code && m.range[0] === start && m.range[1] === end && m.message === diagnostic.message);
  return message ? { fix: message.fix, suggestions: message.suggestions, version: document.version } : undefined;
}

/** The fix-all output for the `vnlint.server.fixAll` command. */
export function fixAllEdit(document: TextDocument, config: VnlintConfig) {
  const output = fixAllOutput(document.getText(), config);
  return output === undefined ? undefined : minimalEdit(document, output);
}

