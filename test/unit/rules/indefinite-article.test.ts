import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { covered, findings, fixed, lang, noticeWith } from './prose-helpers.js';

const RULE = 'indefinite-article';

test('indefinite-article: EN wrong article is reported and fixed, keeping case', () => {
  const text = noticeWith('en', 'IOM offers a inclusive workplace. An university degree is required.');
  const found = findings(text, RULE, lang('en'));
  assert.deepEqual(found.map((message) => covered(text, message)), ['a', 'An']);
  assert.equal(found[0].severity, 'warning');
  assert.match(found[0].message, /“an” before “inclusive”/);
  assert.equal(fixed(text, RULE, lang('en')), noticeWith('en', 'IOM offers an inclusive workplace. A university degree is required.'));
});

test('indefinite-article: EN acronyms and sounds', () => {
  const text = noticeWith('en', 'She worked with an UN agency and an European partner.');
  assert.deepEqual(findings(text, RULE, lang('en')).map((message) => covered(text, message)), ['an', 'an']);
  assert.deepEqual(
    findings(noticeWith('en', 'An MHPSS officer in a UN agency works an hour a day on a one-year contract as a European national.'), RULE, lang('en')),
    [],
  );
});

test('indefinite-article: French and Spanish prose is not checked', () => {
  assert.deepEqual(findings(noticeWith('fr', 'Il a une expérience; il a un diplôme et a obtenu a un poste.'), RULE, lang('fr')), []);
  assert.deepEqual(findings(noticeWith('es', 'Viajar a Europa y a Asia para apoyar a un equipo de la OIM.'), RULE, lang('es')), []);
});

test('indefinite-article: nothing in quoted names or code', () => {
  assert.deepEqual(findings(noticeWith('en', 'Run `a inclusive` and join the “A Inclusive Future” project.'), RULE, lang('en')), []);
});

test('indefinite-article: no finding in the five seeds', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
});
