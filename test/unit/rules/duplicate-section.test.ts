/**
 * duplicate-section: the same section twice (also EN + its FR twin), wrapper
 * pairs and FR skills/competencies are not duplicates; remove (identical) and
 * merge (different) quick fixes, applied, remove the finding and add none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed } from '../../helpers.js';
import { buildNotice, STAFF_ORDER, LEGACY_ORDER, headingOf } from './notice-builder.js';
import { assertFixIsClean, findings, fixesOf } from './structure-helpers.js';

test('no duplicates in complete notices and in the seeds (wrapper pairs, Compétences vs Compétences requises)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'duplicate-section'), []);
    }
  }
  for (const id of ['000', '001', '002', '003', '004']) assert.deepEqual(findings(readSeed(id), 'duplicate-section'), [], id);
});

test('an identical repeated section: one finding, the remove fix restores the notice', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) {
        const base = layout === 'legacy' ? LEGACY_ORDER : STAFF_ORDER;
        const order = [...base];
        order.splice(order.indexOf('skills'), 0, 'experience');
        const text = buildNotice({ language, layout, markdown, sections: order });
        const messages = findings(text, 'duplicate-section');
        assert.equal(messages.length, 1, `${language} ${layout}`);
        assert.equal(messages[0].severity, 'warning');
        assert.match(messages[0].suggestions![0].desc, /Remove/);
        const output = assertFixIsClean(text, messages[0], fixesOf(messages[0])[0]);
        assert.equal(output, buildNotice({ language, layout, markdown }));
      }
    }
  }
});

test('a repeated section with other content: the merge fix keeps both bodies under the first heading', () => {
  const text = buildNotice({ language: 'en' }).replace('\n\nSkills\n', '\n\nExperience\n\n- Experience in data management.\n\nSkills\n');
  const [message] = findings(text, 'duplicate-section');
  assert.match(message.message, /“Experience” appears twice \(first at line \d+\)/);
  assert.match(message.suggestions![0].desc, /Merge/);
  const output = assertFixIsClean(text, message, fixesOf(message)[0]);
  assert.equal((output.match(/^Experience$/gm) ?? []).length, 1);
  assert.match(output, /governmental partners is an advantage\.\n\n- Experience in data management\.\n\nSkills/);
});

test('an English heading and its French twin are the same section', () => {
  const text = buildNotice({ language: 'fr' }).replace('\n\nCompétences\n', '\n\nExperience\n\n- Expérience en gestion de données.\n\nCompétences\n');
  const messages = findings(text, 'duplicate-section');
  assert.equal(messages.length, 1);
  assert.match(messages[0].message, /“Experience” appears twice/);
  assertFixIsClean(text, messages[0], fixesOf(messages[0])[0]);
});

test('Spanish duplicate at the end of the file', () => {
  const text = buildNotice({ language: 'es' }) + '\n\n' + headingOf('notes', 'es') + '\n\nSolo se contactará a los candidatos preseleccionados.';
  const [message] = findings(text, 'duplicate-section');
  assert.match(message.message, /Notas/);
  const output = assertFixIsClean(text, message, fixesOf(message)[0]);
  assert.ok(!output.endsWith('\n'), 'no final newline added');
});
