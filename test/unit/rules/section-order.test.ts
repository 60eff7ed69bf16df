/**
 * section-order: one finding per displaced section (longest in-order run
 * kept), EN/FR/ES, current/legacy, plain/Markdown, volunteer order; the move
 * fix, applied, removes the finding and adds none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed } from '../../helpers.js';
import { longestInOrder } from '../../../server/src/rules/section-order.js';
import { buildNotice, LEGACY_ORDER, STAFF_ORDER } from './notice-builder.js';
import { assertFixIsClean, findings, fixesOf } from './structure-helpers.js';

function move(order: string[], id: string, before: string | undefined): string[] {
  const rest = order.filter((other) => other !== id);
  if (!before) return [...rest, id];
  rest.splice(rest.indexOf(before), 0, id);
  return rest;
}

test('sections in template order: no finding (EN/FR/ES × current/legacy × plain/Markdown)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) {
        assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'section-order'), []);
      }
    }
  }
});

test('Languages before Education: one finding on Languages, not a cascade, and the move fixes it', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) {
        const base = layout === 'legacy' ? LEGACY_ORDER : STAFF_ORDER;
        const text = buildNotice({ language, layout, markdown, sections: move(base, 'languages', 'education') });
        const messages = findings(text, 'section-order');
        assert.equal(messages.length, 1, `${language} ${layout} md=${markdown}: ${messages.map((m) => m.message).join(' | ')}`);
        assert.match(messages[0].message, { en: /“Languages” is out of order/, fr: /“Langues” is out of order/, es: /“Idiomas” is out of order/ }[language]);
        assert.equal(messages[0].severity, 'warning');
        const output = assertFixIsClean(text, messages[0], fixesOf(messages[0])[0]);
        assert.equal(output, buildNotice({ language, layout, markdown }), 'the fix restores the template order exactly');
      }
    }
  }
});

test('a section moved to the end, and the last section moved up, are each one finding', () => {
  const early = buildNotice({ language: 'en', sections: move(STAFF_ORDER, 'notes', 'context') });
  const [first, ...rest] = findings(early, 'section-order');
  assert.equal(rest.length, 0);
  assert.match(first.message, /“Notes”/);
  assert.equal(assertFixIsClean(early, first, fixesOf(first)[0]), buildNotice({ language: 'en' }));
  const late = buildNotice({ language: 'fr', sections: move(STAFF_ORDER, 'context', undefined) });
  const messages = findings(late, 'section-order');
  assert.equal(messages.length, 1);
  assert.match(messages[0].message, /“Contexte”/);
  assert.equal(assertFixIsClean(late, messages[0], fixesOf(messages[0])[0]), buildNotice({ language: 'fr' }));
});

test('two displaced sections give two findings, each fix is clean', () => {
  const order = move(move(STAFF_ORDER, 'languages', 'education'), 'notes', 'values');
  const text = buildNotice({ language: 'es', sections: order });
  const messages = findings(text, 'section-order');
  assert.equal(messages.length, 2);
  for (const message of messages) assertFixIsClean(text, message, fixesOf(message)[0]);
});

test('longest in-order run', () => {
  assert.deepEqual([...longestInOrder([1, 2, 9, 6, 7, 8])].sort(), [0, 1, 3, 4, 5]);
  assert.deepEqual([...longestInOrder([])], []);
  assert.equal(longestInOrder([5, 4, 3, 2, 1]).size, 1);
});

test('seeds 000–004 are in order', () => {
  for (const id of ['000', '001', '002', '003', '004']) assert.deepEqual(findings(readSeed(id), 'section-order'), [], id);
});

test('volunteer sections follow §3.5', () => {
  const seed = readSeed('004');
  const swapped = seed.replace('Contexte\n\n', '').replace('Description de la tâche\n', 'Description de la tâche\n').replace('Critères d’éligibilité\n', 'Contexte\n\nSous la supervision de l’équipe.\n\nCritères d’éligibilité\n');
  const messages = findings(swapped, 'section-order');
  assert.equal(messages.length, 1, messages.map((m) => m.message).join(' | '));
  assert.match(messages[0].message, /Contexte/);
  assertFixIsClean(swapped, messages[0], fixesOf(messages[0])[0]);
});
