/**
 * Inline directives in the ENGINE (so the CLI and the language server both
 * honour them): disable / enable / disable-next-line / disable-file, unknown
 * rule ids, unused directives (and their removal fix), BOM and CRLF files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lint, fixText } from '../../server/src/engine/index.js';
import { findDirectives } from '../../server/src/engine/directives.js';
import { ROOT } from '../helpers.js';

// The Spanish sample lacks "Idiomas": missing-section is reported on the "## Valores" line.
const ES = fs.readFileSync(path.join(ROOT, 'samples', 'es-asistente-de-proyecto.vn.md'), 'utf8');
const lines = ES.split('\n');
const VALORES = lines.findIndex((line) => line.startsWith('## Valores'));

function withLines(inserts: Record<number, string>): string {
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (inserts[index] !== undefined) out.push(inserts[index]);
    out.push(line);
  });
  return out.join('\n');
}
const missing = (text: string, options = {}) => lint(text, { only: ['missing-section'], ...options }).messages;

test('baseline: the sample reports the missing section on the Valores heading', () => {
  const messages = missing(ES);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].line, VALORES + 1);
});

test('vnlint-disable-next-line suppresses the next line only', () => {
  assert.equal(missing(withLines({ [VALORES]: '<!-- vnlint-disable-next-line missing-section -->' })).length, 0);
  // two lines above: the next line is a blank line, the finding stays
  assert.equal(missing(withLines({ [VALORES - 1]: '<!-- vnlint-disable-next-line missing-section -->' })).length, 1);
  // another rule id: the finding stays
  assert.equal(missing(withLines({ [VALORES]: '<!-- vnlint-disable-next-line no-such-rule -->' })).filter((m) => m.ruleId === 'missing-section').length, 1);
});

test('vnlint-disable / vnlint-enable: a region, with or without rule ids', () => {
  assert.equal(missing(withLines({ 5: '<!-- vnlint-disable missing-section -->' })).length, 0);
  assert.equal(missing(withLines({ 5: '<!-- vnlint-disable -->' })).length, 0);
  assert.equal(missing(withLines({ 5: '<!-- vnlint-disable missing-section -->', [VALORES - 1]: '<!-- vnlint-enable missing-section -->' })).length, 1);
  assert.equal(missing(withLines({ 5: '<!-- vnlint-disable -->', [VALORES - 1]: '<!-- vnlint-enable -->' })).length, 1);
  // after the finding: no effect
  assert.equal(missing(withLines({ [VALORES + 1]: '<!-- vnlint-disable missing-section -->' })).length, 1);
  // a reason after " -- " and comma-separated ids
  const withReason = missing(withLines({ 5: '<!--vnlint-disable missing-section, no-such-rule -- drafted by HR, checked by hand-->' }));
  assert.deepEqual(withReason.map((m) => m.ruleId), [null], 'only the unknown-rule warning is left');
});

test('vnlint-disable-file anywhere disables the whole file', () => {
  assert.equal(missing(withLines({ [lines.length - 1]: '<!-- vnlint-disable-file missing-section -->' })).length, 0);
  assert.equal(missing(withLines({ 0: '<!-- vnlint-disable-file -->' })).length, 0);
});

test('a comment that is not alone on its line, or not a vnlint directive, changes nothing', () => {
  assert.equal(missing(withLines({ [VALORES]: 'Texto <!-- vnlint-disable-next-line missing-section -->' })).length, 1);
  assert.equal(missing(withLines({ [VALORES]: '<!-- eslint-disable-next-line missing-section -->' })).length, 1);
  assert.equal(missing(withLines({ [VALORES]: '<!-- vnlint-disablexyz -->' })).length, 1);
});

test('a directive line is not notice text: the section structure is unchanged', () => {
  const text = withLines({ 5: '<!-- vnlint-disable no-such-rule -->', [VALORES]: '<!-- vnlint-enable -->' });
  const plain = lint(ES).notice;
  const commented = lint(text).notice;
  assert.deepEqual(
    commented.children.map((node) => node.type === 'section' ? node.id : node.type),
    plain.children.map((node) => node.type === 'section' ? node.id : node.type),
  );
});

test('unknown rule ids in a directive are reported as warnings', () => {
  const messages = lint(withLines({ 5: '<!-- vnlint-disable no-such-rule -->' })).messages.filter((m) => m.ruleId === null);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].severity, 'warning');
  assert.match(messages[0].message, /Unknown rule "no-such-rule"/);
  assert.equal(messages[0].line, 6);
});

test('unused directives are reported only when asked, with a fix that removes the comment line', () => {
  const text = withLines({ 5: '<!-- vnlint-disable-next-line missing-section -->', [VALORES]: '<!-- vnlint-disable-next-line missing-section -->' });
  assert.equal(missing(text).length, 0);
  const reported = missing(text, { reportUnusedDisableDirectives: 'warning' });
  assert.equal(reported.length, 1, JSON.stringify(reported));
  assert.equal(reported[0].ruleId, null);
  assert.equal(reported[0].severity, 'warning');
  assert.equal(reported[0].line, 6);
  assert.match(reported[0].message, /Unused vnlint-disable-next-line directive/);
  const fixed = fixText(text, { only: ['missing-section'], reportUnusedDisableDirectives: 'error' });
  assert.equal(fixed.output, withLines({ [VALORES]: '<!-- vnlint-disable-next-line missing-section -->' }));
  assert.equal(missing(fixed.output, { reportUnusedDisableDirectives: 'error' }).length, 0, 'the used directive stays and still works');
});

test('CRLF and BOM: directives are found and the removal fix keeps both', () => {
  const text = '\uFEFF<!-- vnlint-disable-file missing-section -->\r\n' + ES.replace(/\n/g, '\r\n');
  assert.equal(findDirectives(text).length, 1);
  assert.equal(findDirectives(text)[0].lineStart, 1);
  const clean = lint(text.replace(/\r\n/g, '\n').replace('## Valores', '## Idiomas\n\n- Español.\n\n## Valores'), { only: ['missing-section'] });
  assert.equal(clean.messages.length, 0);
  const crlfClean = '\uFEFF<!-- vnlint-disable-file missing-section -->\r\n' + ES.replace('## Valores', '## Idiomas\n\n- Español.\n\n## Valores').replace(/\n/g, '\r\n');
  const fixed = fixText(crlfClean, { only: ['missing-section'], reportUnusedDisableDirectives: 'error' });
  assert.ok(fixed.output.startsWith('\uFEFF'), 'BOM kept');
  assert.equal(fixed.output, '\uFEFF' + crlfClean.slice('\uFEFF<!-- vnlint-disable-file missing-section -->\r\n'.length));
  assert.ok(!/[^\r]\n/.test(fixed.output), 'CRLF kept');
});
