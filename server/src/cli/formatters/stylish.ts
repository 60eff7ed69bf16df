/** The default format: vfile-reporter's report (colours only on a TTY). */
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { withoutStackTraces } from '../../engine/index.js';
import type { Formatter } from './index.js';

// a VFileMessage per finding, each an Error
export const stylish: Formatter = (results, options) => withoutStackTraces(() => report(results, options));

const report: Formatter = (results, options) => {
  const files = results.map((result) => {
    const file = new VFile({ path: path.relative(options.cwd, result.filePath) || result.filePath });
    for (const message of result.messages) {
      const vfileMessage = file.message(message.message, {
        place: { start: { line: message.line, column: message.column }, end: { line: message.endLine, column: message.endColumn } },
        ruleId: message.ruleId ?? undefined,
        source: message.ruleId ? 'vnlint' : undefined,
      });
      // vfile-reporter: fatal true = error, false = warning, undefined = info
      vfileMessage.fatal = message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined;
    }
    return file;
  });
  // quiet: files without findings are not listed (as ESLint); a run over 1,000 notices stays readable
  const text = reporter(files, { color: options.color, quiet: true });
  return text ? text + '\n' : '';
};
