/**
 * missing-field: required header fields per layout (current, legacy,
 * volunteer) and type, EN/FR/ES; empty values; body-only drafts (one info,
 * or errors with `header: "required"`); malformed values are left to
 * grade-format/date-format. Every quick fix, applied, removes its finding and
 * adds none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed } from '../../helpers.js';
import { buildNotice, fieldLabelOf } from './notice-builder.js';
import { assertFixIsClean, findings, fixesOf } from './structure-helpers.js';

const CURRENT = ['reference', 'title', 'city', 'country', 'grade', 'contract', 'recruitingType', 'vacancyType', 'duration', 'closing'];
const LEGACY = ['title', 'reference', 'dutyStation', 'classification', 'appointmentType', 'closing'];

test('complete headers: no finding (EN/FR/ES × current/legacy × plain/Markdown); seeds 003 and 004: none', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'missing-field'), [], `${language} ${layout}`);
    }
  }
  assert.deepEqual(findings(readSeed('004'), 'missing-field'), []);
});

test('each missing field is an error, in the notice language, and its fix inserts it at its place', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const key of layout === 'current' ? CURRENT : LEGACY) {
        const text = buildNotice({ language, layout, omitFields: [key] });
        const messages = findings(text, 'missing-field');
        assert.equal(messages.length, 1, `${language} ${layout} ${key}: ${messages.map((m) => m.message)}`);
        assert.equal(messages[0].severity, 'error');
        const output = assertFixIsClean(text, messages[0], fixesOf(messages[0])[0]);
        const label = fieldLabelOf(key, layout, language);
        assert.ok(output.includes(`${label}${language === 'fr' ? '\u00A0:\u00A0' : ': '}${{ en: '[to be completed]', fr: '[à compléter]', es: '[por completar]' }[language]}`), `${key}: ${label}`);
        // at its place: the field order of the layout is kept
        const order = (layout === 'current' ? CURRENT : LEGACY).map((other) => output.indexOf(fieldLabelOf(other, layout, language) + (language === 'fr' ? '\u00A0' : ':')));
        assert.deepEqual([...order].sort((a, b) => a - b), order, `${language} ${layout} ${key} order`);
      }
    }
  }
});

test('an empty value is reported, and the fix inserts a placeholder', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      const text = buildNotice({ language, layout, values: { closing: '' } });
      const messages = findings(text, 'missing-field');
      assert.equal(messages.length, 1, `${language} ${layout}`);
      assert.match(messages[0].message, /has no value/);
      assertFixIsClean(text, messages[0], fixesOf(messages[0])[0]);
    }
  }
});

test('a body-only draft gets ONE info finding; the fix inserts the whole header', () => {
  for (const id of ['000', '001', '002']) {
    const messages = findings(readSeed(id), 'missing-field');
    assert.equal(messages.length, 1, id);
    assert.equal(messages[0].severity, 'info');
  }
  for (const language of ['en', 'fr', 'es'] as const) {
    const text = buildNotice({ language, layout: 'body-only' });
    const [message, ...rest] = findings(text, 'missing-field');
    assert.equal(rest.length, 0);
    assert.equal(message.severity, 'info');
    const output = assertFixIsClean(text, message, fixesOf(message)[0]);
    assert.ok(output.startsWith(fieldLabelOf('reference', 'current', language)));
  }
  // seed 002 opens with a bare title line: the header goes after it
  const seed = readSeed('002');
  const [message] = findings(seed, 'missing-field');
  const fix = fixesOf(message)[0];
  assert.equal(fix.range[0], seed.indexOf('\n'));
});

test('config header: "required" turns a body-only draft into one error per field', () => {
  const text = buildNotice({ language: 'fr', layout: 'body-only' });
  const messages = findings(text, 'missing-field', { config: { header: 'required' } });
  assert.equal(messages.length, CURRENT.length);
  assert.ok(messages.every((message) => message.severity === 'error'));
  for (const message of messages) assertFixIsClean(text, message, fixesOf(message)[0], { config: { header: 'required' } });
});

test('per type: no grade on consultancies, no reference on internships; Vacancy Type on CFA is a warning', () => {
  const noGrade = buildNotice({ language: 'en', omitFields: ['grade'] });
  assert.equal(findings(noGrade, 'missing-field').length, 1);
  assert.deepEqual(findings(noGrade, 'missing-field', { config: { noticeType: 'consultancy' } }), []);
  const noReference = buildNotice({ language: 'es', omitFields: ['reference', 'grade'] });
  assert.deepEqual(findings(noReference, 'missing-field', { config: { noticeType: 'internship' } }), []);
  const cfa = buildNotice({ language: 'en', omitFields: ['vacancyType'], values: { grade: 'UG' } });
  const [message] = findings(cfa, 'missing-field');
  assert.equal(message.severity, 'warning');
});

test('volunteer header [S004]: title, duty station and closing date, warnings when missing', () => {
  const seed = readSeed('004');
  const text = seed.replace('Date de Soumission : 19/11/2025\n\n', '');
  const messages = findings(text, 'missing-field');
  assert.equal(messages.length, 1);
  assert.equal(messages[0].severity, 'warning');
  assert.match(messages[0].message, /Date limite de candidature|Date de Soumission/);
  assertFixIsClean(text, messages[0], fixesOf(messages[0])[0]);
});

test('malformed values are not missing: grade-format and date-format report them', () => {
  const text = buildNotice({ language: 'en', values: { grade: 'P4', closing: '31 February 2025' } });
  assert.deepEqual(findings(text, 'missing-field'), []);
  assert.equal(findings(text, 'grade-format').length, 1);
  assert.equal(findings(text, 'date-format').length, 1);
});

test('labels are matched as authors write them: bold, list marker, NBSP before the colon', () => {
  const text = buildNotice({ language: 'en' })
    .replace('Grade: P-2', '- **Grade:** P-2')
    .replace('Closing date: ', '**Closing date** : ');
  assert.deepEqual(findings(text, 'missing-field'), []);
});
