/**
 * `--format junit`: JUnit XML (as ESLint's junit formatter): one testsuite
 * per file, one failing testcase per finding, one passing testcase for a
 * clean file — for CI systems that display test reports.
 */
import path from 'node:path';
import type { Formatter } from './index.js';

export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (results, options) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites name="vnlint">'];
  for (const result of results) {
    const name = path.relative(options.cwd, result.filePath) || result.filePath;
    const failures = result.messages.filter((message) => message.severity === 'error').length;
    const tests = Math.max(1, result.messages.length);
    out.push(`<testsuite package="vnlint" time="0" tests="${tests}" errors="${failures}" failures="${failures}" name="${xmlEscape(name)}">`);
    if (result.messages.length === 0) out.push(`<testcase time="0" name="vnlint" classname="${xmlEscape(name)}" />`);
    for (const message of result.messages) {
      const type = message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'info';
      const rule = message.ruleId ?? 'file';
      out.push(`<testcase time="0" name="vnlint.${xmlEscape(rule)}" classname="${xmlEscape(name.replace(/\.[^.]+$/, ''))}">`);
      out.push(
        `<failure message="${xmlEscape(message.message)}" type="${type}"><![CDATA[line ${message.line}, col ${message.column}, ${type[0].toUpperCase()}${type.slice(1)} - ${xmlEscape(message.message).replace(/]]>/g, ']]]]><![CDATA[>')} (${rule})]]></failure>`,
      );
      out.push('</testcase>');
    }
    out.push('</testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
