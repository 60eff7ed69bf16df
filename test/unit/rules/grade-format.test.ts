/**
 * grade-format: canonical grades in the Grade field (current layout), in a
 * legacy Classification value (token after "Grade"/"Grado" only) and in a
 * "(P2)" title suffix; EN/FR/ES. The auto fix, applied, removes the finding
 * and adds none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText } from '../../../server/src/engine/index.js';
import { readSeed } from '../../helpers.js';
import { buildNotice } from './notice-builder.js';
import { assertFixIsClean, findings } from './structure-helpers.js';

test('canonical grades: no finding (EN/FR/ES × current/legacy × plain/Markdown, seeds)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'grade-format'), []);
    }
  }
  for (const id of ['000', '001', '002', '003', '004']) assert.deepEqual(findings(readSeed(id), 'grade-format'), [], id);
});

test('non-canonical Grade values are warnings with an auto fix to the canonical form', () => {
  const cases: Array<[string, string]> = [['P4', 'P-4'], ['P 4', 'P-4'], ['d1', 'D-1'], ['G6', 'G-6'], ['NOB', 'NO-B'], ['no-c', 'NO-C'], ['ug', 'UG']];
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const [written, canonical] of cases) {
      const text = buildNotice({ language, values: { grade: written } });
      const messages = findings(text, 'grade-format');
      assert.equal(messages.length, 1, `${language} ${written}`);
      assert.equal(messages[0].severity, 'warning');
      assert.equal(messages[0].fix!.text, canonical);
      const output = assertFixIsClean(text, messages[0], messages[0].fix!);
      assert.ok(output.includes(`${canonical}\n`));
    }
  }
});

test('legacy Classification: only the token after "Grade" is checked and fixed', () => {
  for (const [language, value, token] of [
    ['en', 'General Service, Grade G6', 'G6'],
    ['fr', 'Services généraux, Grade G6', 'G6'],
    ['es', 'Servicios generales, Grado G6', 'G6'],
  ] as const) {
    const text = buildNotice({ language, layout: 'legacy', values: { classification: value } });
    const [message, ...rest] = findings(text, 'grade-format');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(message.range[0], message.range[1]), token);
    const output = assertFixIsClean(text, message, message.fix!);
    assert.ok(output.includes(value.replace('G6', 'G-6')));
  }
  const canonical = buildNotice({ language: 'en', layout: 'legacy', values: { classification: 'General Service, Grade G-6' } });
  assert.deepEqual(findings(canonical, 'grade-format'), []);
  const noGrade = buildNotice({ language: 'en', layout: 'legacy', values: { classification: 'Consultant' } });
  assert.deepEqual(findings(noGrade, 'grade-format'), []);
});

test('a "(P2)" suffix in the title is fixed to "(P-2)"; "(P)" is not a grade', () => {
  const text = buildNotice({ language: 'en', values: { title: 'Programme Officer (P2)' } });
  const [message] = findings(text, 'grade-format');
  assert.equal(assertFixIsClean(text, message, message.fix!).includes('Programme Officer (P-2)'), true);
  assert.deepEqual(findings(buildNotice({ language: 'fr', values: { title: 'Chargé de programme (P)' } }), 'grade-format'), []);
});

test('a value that is no grade is reported without a fix; an empty one is left to missing-field', () => {
  const text = buildNotice({ language: 'fr', values: { grade: 'P-9' } });
  const [message] = findings(text, 'grade-format');
  assert.match(message.message, /not a valid grade/);
  assert.equal(message.fix, undefined);
  assert.deepEqual(findings(buildNotice({ language: 'fr', values: { grade: '' } }), 'grade-format'), []);
  assert.deepEqual(findings(buildNotice({ language: 'en', values: { grade: '[to be completed]' } }), 'grade-format'), [], 'placeholder');
});

test('--fix rewrites the grade', () => {
  const text = buildNotice({ language: 'en', values: { grade: 'P4' } });
  const result = fixText(text, { only: ['grade-format'] });
  assert.equal(result.output, text.replace('Grade: P4', 'Grade: P-4'));
  assert.deepEqual(result.messages, []);
});
