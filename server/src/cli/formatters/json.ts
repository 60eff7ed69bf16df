/**
 * `--format json`: ESLint's result shape, a public contract. Lines and
 * columns are 1-based; `fix.range` is in UTF-16 offsets of the file's text.
 * Severity 2 is an error, 1 a warning; vnlint's info findings are severity 1
 * with `"level": "info"`.
 */
import type { LintMessage } from '../../engine/types.js';
import type { Formatter } from './index.js';

export function eslintSeverity(message: LintMessage): 1 | 2 {
  return message.severity === 'error' ? 2 : 1;
}

export const json: Formatter = (results, options) =>
  JSON.stringify(
    results.map((result) => {
      const messages = result.messages.map((message) => ({
        ruleId: message.ruleId,
        severity: eslintSeverity(message),
        level: message.severity,
        ...(message.fatal ? { fatal: true } : {}),
        message: message.message,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ...(message.fix ? { fix: { range: message.fix.range, text: message.fix.text } } : {}),
        ...(message.suggestions ? { suggestions: message.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.fix.range, text: s.fix.text } })) } : {}),
      }));
      const errors = result.messages.filter((message) => message.severity === 'error');
      const warnings = result.messages.filter((message) => message.severity !== 'error');
      return {
        filePath: result.filePath,
        messages,
        errorCount: errors.length,
        fatalErrorCount: result.messages.filter((message) => message.fatal).length,
        warningCount: warnings.length,
        fixableErrorCount: errors.filter((message) => message.fix).length,
        fixableWarningCount: warnings.filter((message) => message.fix).length,
        ...(options.includeOutput && result.output !== undefined ? { output: result.output } : {}),
      };
    }),
  ) + '\n';
