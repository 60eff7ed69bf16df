/**
 * `--format github`: GitHub Actions workflow commands, one per finding, so
 * findings appear as annotations on the pull request's diff:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`.
 * Data is escaped as the runner expects (% \r \n; in properties also : and ,).
 */
import path from 'node:path';
import type { Formatter } from './index.js';

export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = (results, options) => {
  const lines: string[] = [];
  for (const result of results) {
    const relative = path.relative(options.cwd, result.filePath);
    const file = (relative && !relative.startsWith('..') ? relative : result.filePath).split(path.sep).join('/');
    for (const message of result.messages) {
      const command = message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'notice';
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(message.ruleId ?? 'vnlint')}`,
      ];
      lines.push(`::${command} ${properties.join(',')}::${escapeData(message.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
