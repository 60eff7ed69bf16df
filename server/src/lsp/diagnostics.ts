/**
 * Findings → LSP diagnostics. Each diagnostic carries its rule id as `code`,
 * `codeDescription.href` to the rule's page in docs/rules/, and in `data` the
 * fixes and the document version, so code actions need no re-lint.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DOCS_BASE } from '../rules/rule.js';
import type { Fix, LintMessage } from '../engine/types.js';

export interface DiagnosticData {
  fix?: Fix;
  suggestions?: Array<{ desc: string; fix: Fix }>;
  version: number;
}

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export function toDiagnostic(document: TextDocument, message: LintMessage): Diagnostic {
  const data: DiagnosticData = { fix: message.fix, suggestions: message.suggestions, version: document.version };
  const href = message.url ?? (message.ruleId ? ruleDocUrl(message.ruleId) : undefined);
  return {
    range: { start: document.positionAt(message.range[0]), end: document.positionAt(message.range[1]) },
    severity:
      message.severity === 'error' ? DiagnosticSeverity.Error : message.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: 'vnlint',
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(href ? { codeDescription: { href } } : {}),
    ...(message.ruleId === 'job-board-noise' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    data,
  };
}
