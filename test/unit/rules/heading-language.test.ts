/**
 * heading-language: headings in another language than the notice (warning),
 * e.g. a Spanish notice with English headings; the quick fix writes the
 * notice-language heading and, applied, removes the finding and adds none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/engine/index.js';
import { readSeed } from '../../helpers.js';
import { buildNotice } from './notice-builder.js';
import { assertFixIsClean, findings, fixesOf } from './structure-helpers.js';

test('headings in the notice language: no finding (EN/FR/ES × current/legacy × plain/Markdown; seeds)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'heading-language'), [], `${language} ${layout}`);
    }
  }
  for (const id of ['000', '001', '002', '003', '004']) assert.deepEqual(findings(readSeed(id), 'heading-language'), [], id);
});

test('a Spanish notice with English headings: every heading is a language mismatch, no section is missing', () => {
  for (const layout of ['current', 'legacy'] as const) {
    for (const markdown of [false, true]) {
      const text = buildNotice({ language: 'es', headingLanguage: 'en', layout, markdown });
      const { notice, messages } = lint(text, { only: ['heading-language', 'missing-section', 'unknown-heading', 'section-order'] });
      assert.equal(notice.data.language, 'es');
      assert.deepEqual(messages.filter((message) => message.ruleId !== 'heading-language'), []);
      const mismatches = messages.filter((message) => message.ruleId === 'heading-language');
      // 11 headings; "Introduction" and "Notes" are EN/FR, still not ES (legacy: no Introduction heading, but How to apply)
      assert.equal(mismatches.length, 11, `${layout}: ${mismatches.map((m) => m.message).join(' | ')}`);
      assert.ok(mismatches.every((message) => message.severity === 'warning'));
      for (const message of mismatches) assertFixIsClean(text, message, fixesOf(message)[0]);
    }
  }
});

test('a French notice with one English heading; the fix keeps markup, colon and level', () => {
  const text = buildNotice({ language: 'fr', markdown: true }).replace('## Expérience\n', '## **Experience:**\n');
  const [message, ...rest] = findings(text, 'heading-language');
  assert.equal(rest.length, 0);
  assert.match(message.message, /“Experience” is in English; this notice is in French \(“Expérience”\)/);
  const output = assertFixIsClean(text, message, fixesOf(message)[0]);
  assert.ok(output.includes('## **Expérience:**\n'));
  const core = buildNotice({ language: 'fr' }).replace(/Compétences fondamentales\u00A0– indicateurs comportementaux Niveau 2/, 'Core Competencies – behavioural indicators Level 3');
  const [coreMessage] = findings(core, 'heading-language');
  const fixed = assertFixIsClean(core, coreMessage, fixesOf(coreMessage)[0]);
  assert.ok(fixed.includes('Compétences fondamentales\u00A0– indicateurs comportementaux Niveau 3'));
});

test('headings shared by two languages are fine in both ("Notes" in EN and FR, "Introduction")', () => {
  const fr = buildNotice({ language: 'fr' });
  assert.ok(fr.includes('\nNotes\n') && fr.includes('Introduction\n'));
  assert.deepEqual(findings(fr, 'heading-language'), []);
  const es = buildNotice({ language: 'es' }).replace('\nNotas\n', '\nNotes\n');
  const [message] = findings(es, 'heading-language');
  assert.match(message.message, /English \/ French/);
  assert.ok(assertFixIsClean(es, message, fixesOf(message)[0]).includes('\nNotas\n'));
});
