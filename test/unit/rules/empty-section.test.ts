/**
 * empty-section: a heading with nothing before the next heading; blank,
 * NBSP-only and noise lines are not content; group and wrapper headings are
 * never empty. The quick fix inserts the §4 text and, applied, removes the
 * finding and adds none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed } from '../../helpers.js';
import { buildNotice, LEGACY_ORDER, STAFF_ORDER } from './notice-builder.js';
import { assertFixIsClean, findings, fixesOf } from './structure-helpers.js';

test('complete notices and seeds 000–003 have no empty section; 004 group headings are not empty', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'empty-section'), []);
    }
  }
  for (const id of ['000', '001', '002', '003']) assert.deepEqual(findings(readSeed(id), 'empty-section'), [], id);
  // 004:61 "Critères d’éligibilité" and 76 "Exigences liées à la mission" are groups; 115 is left open (README)
  const lines = findings(readSeed('004'), 'empty-section').map((message) => message.line);
  assert.ok(lines.every((line) => line === 115), `only 115 may be reported, got ${lines}`);
});

test('an empty section is reported in EN/FR/ES × current/legacy × plain/Markdown; NBSP-only lines are blank', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) {
        const text = buildNotice({ language, layout, markdown, bodies: { experience: '\u00A0 \u00A0' } });
        const messages = findings(text, 'empty-section');
        assert.equal(messages.length, 1, `${language} ${layout}`);
        assert.match(messages[0].message, { en: /“Experience” is empty/, fr: /“Expérience” is empty/, es: /“Experiencia” is empty/ }[language]);
        assert.equal(messages[0].severity, 'warning');
        assert.deepEqual(fixesOf(messages[0]), [], 'no standard text for Experience');
      }
    }
  }
});

test('the fix inserts the standard text (EN/FR Languages, Notes, Values) and is clean', () => {
  for (const language of ['en', 'fr'] as const) {
    for (const id of ['languages', 'notes', 'values', 'core', 'introduction']) {
      for (const markdown of [false, true]) {
        const text = buildNotice({ language, markdown, bodies: { [id]: '' } });
        const messages = findings(text, 'empty-section');
        assert.equal(messages.length, 1, `${language} ${id}`);
        const [fix] = fixesOf(messages[0]);
        assert.ok(fix, `${language} ${id} has a fix`);
        assertFixIsClean(text, messages[0], fix);
      }
    }
  }
});

test('an empty last section at the end of the file, and one followed directly by a heading', () => {
  const last = buildNotice({ language: 'en', bodies: { notes: '' } });
  assert.ok(last.endsWith('Notes'));
  const [message] = findings(last, 'empty-section');
  assert.match(message.message, /the end of the notice/);
  const output = assertFixIsClean(last, message, fixesOf(message)[0]);
  assert.ok(!output.endsWith('\n'));
  const tight = buildNotice({ language: 'fr' }).replace('Langues\n\n', 'Langues\n').replace(/Langues\n[\s\S]*?\n\nCompétences requises/, 'Langues\nCompétences requises');
  const messages = findings(tight, 'empty-section');
  assert.equal(messages.length, 1);
  const fixed = assertFixIsClean(tight, messages[0], fixesOf(messages[0])[0]);
  assert.match(fixed, /\n\nCompétences requises/);
});

test('a body of NBSP-only lines is empty', () => {
  const text = buildNotice({ language: 'en', sections: STAFF_ORDER }).replace(/\nSkills\n\n[^]*?\n\nLanguages/, '\nSkills\n\n\u00A0\n\nLanguages');
  assert.equal(findings(text, 'empty-section').length, 1);
  assert.equal(LEGACY_ORDER.length, STAFF_ORDER.length + 1);
});

test('group headings and wrappers are never empty', () => {
  const text = buildNotice({ language: 'en', sections: ['introduction', 'tier', 'context', 'responsibilities', 'qualifications', 'education', 'experience', 'skills', 'languages', 'competencies', 'values', 'core', 'notes'], bodies: { qualifications: '', competencies: '' } });
  assert.deepEqual(findings(text, 'empty-section'), []);
  const wrapped = 'Job Description\n\n' + buildNotice({ language: 'en' });
  assert.deepEqual(findings(wrapped, 'empty-section'), []);
});

test('job-board noise lines are not content', () => {
  const text = buildNotice({ language: 'en' }).replace(/\nSkills\n\n[^]*?\n\nLanguages/, '\nSkills\n\nRecommended for you\n\nLanguages');
  const messages = findings(text, 'empty-section');
  assert.equal(messages.length, 1);
  assert.match(messages[0].message, /“Skills” is empty/);
});
