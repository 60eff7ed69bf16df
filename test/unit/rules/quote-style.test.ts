import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { covered, findings, fixed, lang, noticeWith } from './prose-helpers.js';

const RULE = 'quote-style';

test('quote-style: EN straight quotes in a curly notice are reported and fixed', () => {
  const text = noticeWith('en', 'Report to the “Chief of Mission” and the “Regional Director” and the "Head of Office".');
  const found = findings(text, RULE, lang('en'));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(covered(text, found[0]), '"Head of Office"');
  assert.match(found[0].message, /2 of 3/);
  assert.equal(fixed(text, RULE, lang('en')), noticeWith('en', 'Report to the “Chief of Mission” and the “Regional Director” and the “Head of Office”.'));
});

test('quote-style: FR curly quotes in a guillemets notice become « » with no-break spaces', () => {
  const text = noticeWith('fr', 'Le programme «\u00A0Initiative conjointe\u00A0» et le projet «\u00A0Retour\u00A0» relèvent du “Chef de mission”.');
  const found = findings(text, RULE, lang('fr'));
  assert.equal(found.length, 1);
  assert.equal(covered(text, found[0]), '“Chef de mission”');
  assert.equal(
    fixed(text, RULE, lang('fr')),
    noticeWith('fr', 'Le programme «\u00A0Initiative conjointe\u00A0» et le projet «\u00A0Retour\u00A0» relèvent du «\u00A0Chef de mission\u00A0».'),
  );
});

test('quote-style: ES tie between styles goes to « » (RAE), and an unmatched mark is rewritten alone', () => {
  const text = noticeWith('es', 'El proyecto «Retorno» y el programa "Integración" apoyan a los migrantes.');
  const found = findings(text, RULE, lang('es'));
  assert.equal(found.length, 1);
  assert.equal(covered(text, found[0]), '"Integración"');
  assert.equal(fixed(text, RULE, lang('es')), noticeWith('es', 'El proyecto «Retorno» y el programa «\u00A0Integración\u00A0» apoyan a los migrantes.'));
});

test('quote-style: option style imposes one style', () => {
  const text = noticeWith('en', 'The "Global Compact" guides the work.');
  assert.deepEqual(findings(text, RULE, lang('en')), [], 'one style: nothing to report by default');
  const found = findings(text, RULE, lang('en', { [RULE]: ['warn', { style: 'curly' }] }));
  assert.equal(found.length, 1);
  assert.match(found[0].message, /configured style/);
});

test('quote-style: apostrophes are not quotes; nesting and one style are fine', () => {
  // 004: ' and ’ mixed legitimately
  assert.deepEqual(findings(noticeWith('fr', 'Informations sur l\'emploi et l’OIM ; aujourd’hui l\'équipe.'), RULE, lang('fr')), []);
  assert.deepEqual(findings(noticeWith('en', 'IOM\'s and IOM’s staff; the ‘Green’ plan and the “Blue” plan.'), RULE, lang('en')), []);
  // French nesting: “ ” inside « »
  assert.deepEqual(findings(noticeWith('fr', 'Le rapport «\u00A0Migration et “développement” durable\u00A0» et le plan «\u00A0Retour\u00A0».'), RULE, lang('fr')), []);
  assert.deepEqual(findings(noticeWith('es', 'El plan “Retorno” y el plan “Integración”.'), RULE, lang('es')), []);
});

test('quote-style: mojibake sequences and URLs are no quotation marks', () => {
  assert.deepEqual(findings(noticeWith('en', 'IOMâ€œs “Plan” and the “Compact”; run `echo "x"` now.'), RULE, lang('en')), []);
  assert.deepEqual(findings(noticeWith('fr', 'la mise en Ĺ“uvre du «\u00A0Plan\u00A0» et du «\u00A0Projet\u00A0».'), RULE, lang('fr')), []);
});

test('quote-style: no finding in the five seeds', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
});
