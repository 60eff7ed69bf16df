import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { covered, findings, fixed, lang, noticeWith } from './prose-helpers.js';

const RULE = 'french-spacing';
const NBSP = '\u00A0';
const NNBSP = '\u202F';

test('french-spacing: FR missing no-break space before : ; ? ! is reported and inserted', () => {
  const text = noticeWith('fr', 'Les tâches principales: appui technique; suivi des activités. Pourquoi postuler? Rejoignez-nous!');
  const found = findings(text, RULE, lang('fr'));
  assert.deepEqual(found.map((message) => covered(text, message)), [':', ';', '?', '!']);
  assert.equal(found[0].severity, 'warning');
  assert.equal(
    fixed(text, RULE, lang('fr')),
    noticeWith('fr', `Les tâches principales${NBSP}: appui technique${NBSP}; suivi des activités. Pourquoi postuler${NBSP}? Rejoignez-nous${NBSP}!`),
  );
});

test('french-spacing: FR guillemets get no-break spaces inside', () => {
  const text = noticeWith('fr', 'Dans le cadre de l’«Initiative conjointe» pour la protection des migrants.');
  const found = findings(text, RULE, lang('fr'));
  assert.deepEqual(found.map((message) => covered(text, message)), ['«', '»']);
  assert.equal(fixed(text, RULE, lang('fr')), noticeWith('fr', `Dans le cadre de l’«${NBSP}Initiative conjointe${NBSP}» pour la protection des migrants.`));
});

test('french-spacing: U+202F where the notice already uses it', () => {
  const text = noticeWith('fr', `Les candidats de deuxième niveau comprennent${NNBSP}: tous les candidats externes. Lieu d’affectation: Bamako et les autres.`);
  assert.equal(fixed(text, RULE, lang('fr')), noticeWith('fr', `Les candidats de deuxième niveau comprennent${NNBSP}: tous les candidats externes. Lieu d’affectation${NNBSP}: Bamako et les autres.`));
});

test('french-spacing: an ordinary space is accepted, and reported with strict: true', () => {
  const text = noticeWith('fr', 'Les candidats de deuxième niveau comprennent : tous les candidats externes.');
  assert.deepEqual(findings(text, RULE, lang('fr')), []);
  const strict = lang('fr', { [RULE]: ['warn', { strict: true }] });
  assert.equal(findings(text, RULE, strict).length, 1);
  assert.equal(fixed(text, RULE, strict), noticeWith('fr', `Les candidats de deuxième niveau comprennent${NBSP}: tous les candidats externes.`));
});

test('french-spacing: not in URLs, e-mails, times, ratios, code, "?!" or correct text', () => {
  const text = noticeWith(
    'fr',
    `Postuler sur https://recrutement.example.org/poste?id=1&a=2 ou écrire à mailto:rh.dakar@example.org ou rh@example.org avant 23h59 (ou 9:30), ratio 1:2, \`a:b\`, vraiment${NBSP}?! et «${NBSP}Plan${NBSP}» avec le suivi${NBSP}: ok.`,
  );
  assert.deepEqual(findings(text, RULE, lang('fr')), []);
});

test('french-spacing: EN and ES paragraphs are not checked, even in a French notice', () => {
  assert.deepEqual(findings(noticeWith('en', 'Duty station: Bamako; contract: fixed term. Why apply? Join us!'), RULE, lang('en')), []);
  assert.deepEqual(findings(noticeWith('es', 'Lugar de destino: Bamako; contrato: plazo fijo. ¿Por qué postular? ¡Únase a nosotros!'), RULE, lang('es')), []);
  const mixed = `Contexte\n\nLe projet appuie les migrants de retour et les communautés: il est financé par l’Union européenne.\n\nThe project is funded by the European Union and the partners: it supports the return of migrants.`;
  const found = findings(mixed, RULE, lang('fr'));
  assert.equal(found.length, 1, 'only the French paragraph');
  assert.ok(found[0].range[0] < mixed.indexOf('The project'));
});

test('french-spacing: no finding in the five seeds', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
});
