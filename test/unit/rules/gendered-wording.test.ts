import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { genderedBalance } from '../../../server/src/rules/gendered-wording.js';
import { FEMININE_CODED, MASCULINE_CODED } from '../../../server/src/template/gendered-words.js';
import { covered, findings, lang, noticeWith } from './prose-helpers.js';

const RULE = 'gendered-wording';
const EN = lang('en');

const MASCULINE_TEXT =
  'Responsibilities\n\n1. Lead an aggressive, competitive and independent team.\n2. Take decisive, ambitious decisions as a self-reliant and assertive analyst.\n3. Support the team.';

test('gendered-wording: the word lists are the published data', () => {
  assert.ok(MASCULINE_CODED.includes('lead*') && MASCULINE_CODED.includes('self-relian*') && MASCULINE_CODED.length >= 40);
  assert.ok(FEMININE_CODED.includes('support*') && FEMININE_CODED.includes('interpersonal') && FEMININE_CODED.length >= 40);
});

test('gendered-wording: EN masculine-coded wording gives one finding with the balance', () => {
  const found = findings(MASCULINE_TEXT, RULE, EN);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0].severity, 'info');
  assert.equal(covered(MASCULINE_TEXT, found[0]), 'Lead');
  assert.match(found[0].message, /strongly masculine-coded/);
  assert.match(found[0].message, /10 masculine-coded words/);
  assert.match(found[0].message, /1 feminine-coded \(support\*\)/);
  assert.match(found[0].message, /Gaucher/);
  // option words: every masculine-coded word
  assert.equal(findings(MASCULINE_TEXT, RULE, lang('en', { [RULE]: ['info', { words: true }] })).length, 10);
});

test('gendered-wording: genderedBalance(tree)', () => {
  const balance = genderedBalance(parseNotice(MASCULINE_TEXT, { language: 'en' }));
  assert.equal(balance.masculine, 10);
  assert.equal(balance.feminine, 1);
  assert.equal(balance.score, -9);
  assert.equal(balance.verdict, 'strongly masculine-coded');
  assert.equal(balance.masculineWords['lead*'], 1);
  assert.equal(balance.feminineWords['support*'], 1);
  const neutral = genderedBalance(parseNotice(noticeWith('en', 'Plan the project budget.'), { language: 'en' }));
  assert.equal(neutral.verdict, 'neutral');
});

test('gendered-wording: balanced or feminine-coded wording and standard texts are not reported', () => {
  assert.deepEqual(findings(noticeWith('en', 'Lead the team, support partners and cooperate with the community through understanding and trust.'), RULE, EN), []);
  // mandatory template text (Managerial competencies) is not counted
  const managerial = 'Managerial Competencies – behavioural indicators Level 2\n\n- Leadership: Provides a clear sense of direction, leads by example and demonstrates the ability to carry out the Organization’s vision.';
  assert.deepEqual(findings(managerial, RULE, EN), []);
});

test('gendered-wording: EN insensitive wording through retext-equality, with quick fixes', () => {
  const text = noticeWith('en', 'The chairman will coordinate the manpower of the office and report to his supervisor.');
  const found = findings(text, RULE, EN);
  const words = found.map((message) => covered(text, message));
  assert.ok(words.includes('chairman'), words.join());
  assert.ok(words.includes('manpower'), words.join());
  assert.ok(words.includes('his'), words.join());
  const chairman = found.find((message) => covered(text, message) === 'chairman')!;
  assert.equal(chairman.fix, undefined);
  assert.ok(chairman.suggestions?.some((suggestion) => suggestion.fix.text === 'chair' || suggestion.fix.text === 'chairperson'));
});

test('gendered-wording: official titles, beneficiaries and degrees are not reported', () => {
  const text = noticeWith(
    'en',
    'Under the supervision of the Chief of Mission and the Head of Office, support women and girls, host communities and mental health services; a Master’s degree is required. He or she will travel.',
  );
  assert.deepEqual(findings(text, RULE, EN), []);
});

test('gendered-wording: French and Spanish prose is not checked (English word lists)', () => {
  assert.deepEqual(findings(noticeWith('fr', 'Diriger une équipe agressive, compétitive et indépendante; le chairman.'), RULE, lang('fr')), []);
  assert.deepEqual(findings(noticeWith('es', 'Dirigir un equipo agresivo, competitivo e independiente; el chairman.'), RULE, lang('es')), []);
});

test('gendered-wording: no finding in the five seeds', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
});

test('gendered-wording: the equality phrase data matches the installed retext-equality (regenerate with scripts/gen-equality-words.mjs)', async () => {
  const { EQUALITY_PHRASES } = await import('../../../server/src/template/equality-phrases.js');
  const generator = await import('../../../scripts/gen-equality-words.mjs');
  assert.deepEqual([...EQUALITY_PHRASES], await generator.equalityPhrases());
});
