import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { covered, findings, fixed, lang, noticeWith } from './prose-helpers.js';

const RULE = 'repeated-word';

test('repeated-word: EN "the the" is reported and fixed', () => {
  const text = noticeWith('en', 'Provide technical guidance to the the team in Bangui.');
  const found = findings(text, RULE, lang('en'));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(covered(text, found[0]), 'the the');
  assert.match(found[0].message, /“the”/);
  assert.equal(fixed(text, RULE, lang('en')), noticeWith('en', 'Provide technical guidance to the team in Bangui.'));
});

test('repeated-word: EN repetition across a line break is reported', () => {
  const text = noticeWith('en', 'Coordinate with the\nthe national authorities.');
  assert.equal(findings(text, RULE, lang('en')).length, 1);
  assert.equal(fixed(text, RULE, lang('en')), noticeWith('en', 'Coordinate with the national authorities.'));
});

test('repeated-word: FR "de de" and ES "la la" are reported and fixed', () => {
  const fr = noticeWith('fr', 'Assurer le suivi de de la mise en œuvre des activités du projet.');
  const frFound = findings(fr, RULE, lang('fr'));
  assert.equal(frFound.length, 1);
  assert.equal(covered(fr, frFound[0]), 'de de');
  assert.equal(fixed(fr, RULE, lang('fr')), noticeWith('fr', 'Assurer le suivi de la mise en œuvre des activités du projet.'));

  const es = noticeWith('es', 'Apoyar la la coordinación de las actividades del proyecto con los socios.');
  const esFound = findings(es, RULE, lang('es'));
  assert.equal(esFound.length, 1);
  assert.equal(fixed(es, RULE, lang('es')), noticeWith('es', 'Apoyar la coordinación de las actividades del proyecto con los socios.'));
});

test('repeated-word: legitimate doubles are not reported (EN "had had", FR "nous nous", names)', () => {
  assert.deepEqual(findings(noticeWith('en', 'The team had had two missions. He said that that plan works. Walla Walla office.'), RULE, lang('en')), []);
  assert.deepEqual(findings(noticeWith('fr', 'Nous nous engageons à promouvoir la diversité et vous vous engagez à respecter les normes.'), RULE, lang('fr')), []);
  assert.deepEqual(findings(noticeWith('es', 'Apoyar la coordinación de las actividades del proyecto con los socios.'), RULE, lang('es')), []);
});

test('repeated-word: nothing inside code or quoted official names (the same words outside are reported)', () => {
  assert.equal(findings(noticeWith('en', 'Run the the script and join the Joint Initiative on on Migration.'), RULE, lang('en')).length, 2);
  assert.deepEqual(findings(noticeWith('en', 'Run `the the` script and join the “Joint Initiative on on Migration”.'), RULE, lang('en')), []);
  assert.deepEqual(findings(noticeWith('fr', 'Voir le programme « Initiative de de retour » et https://exemple.org/?q=de+de ici.'), RULE, lang('fr')), []);
});

test('repeated-word: option allow', () => {
  const text = noticeWith('en', 'The the team works.');
  assert.equal(findings(text, RULE, lang('en')).length, 1, 'capitalised first word, lower-case second: still a repetition');
  assert.deepEqual(findings(text, RULE, lang('en', { [RULE]: ['warn', { allow: ['the'] }] })), []);
});

test('repeated-word: no finding in the five seeds', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
});
