/**
 * outdated-boilerplate (optional, rule book §5): the pre-2016 introduction
 * (EN/FR/ES) and a member-state count other than the current one, as info
 * findings in the opening paragraphs only; seed 004 gets exactly the README's
 * line 15 (sentence + count), the other seeds and the samples nothing; the
 * quick fixes (FR sentence, count) are clean local replacements, and EN/ES
 * sentences get none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../../server/src/engine/index.js';
import type { LintMessage, VnlintConfig } from '../../../server/src/engine/types.js';
import { readSeed, ROOT } from '../../helpers.js';
import { buildNotice } from './notice-builder.js';
import { assertFixIsClean } from './structure-helpers.js';
import { MEMBER_STATES } from '../../../server/src/template/boilerplate.js';

const RULE = 'outdated-boilerplate';

function run(text: string, options?: Record<string, unknown>): LintMessage[] {
  const config: VnlintConfig | undefined = options ? { rules: { [RULE]: ['info', options] } } : undefined;
  return lint(text, { only: [RULE], config }).messages;
}

const OLD: Record<'en' | 'fr' | 'es', string> = {
  en: 'Established in 1951, IOM is the leading inter-governmental organization in the field of migration and works closely with governmental, intergovernmental and non-governmental partners. With 166 member states, a further 8 states holding observer status and offices in over 100 countries, IOM is dedicated to promoting humane and orderly migration for the benefit of all.',
  fr: 'Créée en 1951, l’OIM est la principale organisation intergouvernementale dans le domaine de la migration et travaille en étroite collaboration avec des partenaires gouvernementaux, intergouvernementaux et non gouvernementaux. Avec 174 États membres, 8 autres États ayant le statut d’observateur et des bureaux dans plus de 100 pays, l’OIM se consacre à la promotion d’une migration humaine et ordonnée dans l’intérêt de tous.',
  es: 'La OIM, creada en 1951, es la principal organización intergubernamental en el ámbito de la migración y trabaja en estrecha colaboración con asociados gubernamentales, intergubernamentales y no gubernamentales. Cuenta con 174 Estados Miembros, 8 Estados que gozan del estatuto de observador y oficinas en más de 100 países, la OIM está consagrada a promover la migración humana y ordenada para beneficio de todos.',
};

test('seed 004: line 15, the pre-2016 sentence and "174 États membres" (info); the other seeds and the samples: nothing', () => {
  const text = readSeed('004');
  const messages = run(text);
  assert.deepEqual(messages.map((message) => `${message.severity} ${message.line}`), ['info 15', 'info 15']);
  assert.ok(text.slice(...messages[0].range).startsWith('Créée en 1951, l’OIM est la principale organisation intergouvernementale'));
  assert.ok(text.slice(...messages[0].range).endsWith('non gouvernementaux.'));
  assert.equal(text.slice(...messages[1].range), '174 États membres');
  for (const message of messages) assert.equal(message.fix, undefined, 'quick fixes only');
  for (const id of ['000', '001', '002', '003']) assert.deepEqual(run(readSeed(id)), [], id);
  const dir = path.join(ROOT, 'samples');
  for (const name of readdirSync(dir)) assert.deepEqual(run(readFileSync(path.join(dir, name), 'utf8')), [], name);
});

test('seed 004: each quick fix, applied, removes its finding and adds none (all rules)', () => {
  const text = readSeed('004');
  const [sentence, count] = run(text);
  const fixedSentence = assertFixIsClean(text, sentence, sentence.suggestions![0].fix);
  assert.ok(fixedSentence.includes('Fondée en 1951, l’OIM est une organisation apparentée aux Nations Unies et, en tant que principale agence onusienne dans le domaine des migrations, elle travaille en étroite collaboration avec des partenaires gouvernementaux, intergouvernementaux et non gouvernementaux. Avec 174 États membres'));
  const fixedCount = assertFixIsClean(text, count, count.suggestions![0].fix);
  assert.ok(fixedCount.includes(`Avec ${MEMBER_STATES.count} États membres`));
  assert.equal(fixedCount.length, text.length, 'only the digits change');
});

test('clean notices (EN/FR/ES, current and legacy; the current introduction): nothing', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy', 'body-only'] as const) assert.deepEqual(run(buildNotice({ language, layout })), [], `${language} ${layout}`);
  }
  // the current count is no finding
  assert.deepEqual(run(buildNotice({ language: 'en', bodies: { introduction: `IOM has ${MEMBER_STATES.count} member states.` } })), []);
});

test('the pre-2016 introduction and an old count, in EN, FR and ES', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    const text = buildNotice({ language, bodies: { introduction: OLD[language] } });
    const messages = run(text);
    assert.equal(messages.length, 2, language);
    assert.ok(messages.every((message) => message.severity === 'info'));
    assert.match(messages[0].message, /^Pre-2016 introduction/);
    assert.match(messages[1].message, /^Outdated member-state count: “1\d\d (member states|États membres|Estados Miembros)”/);
    // the sentence fix only where the current wording replaces it one for one (FR); the count fix everywhere
    assert.equal(Boolean(messages[0].suggestions), language === 'fr', `${language} sentence fix`);
    assert.equal(messages[1].suggestions![0].fix.text, String(MEMBER_STATES.count));
    assertFixIsClean(text, messages[1], messages[1].suggestions![0].fix);
  }
});

test('the current count is configurable; only the opening paragraphs are read', () => {
  const text = buildNotice({ language: 'fr', bodies: { introduction: 'L’OIM compte 174 États membres.' } });
  assert.equal(run(text).length, 1);
  assert.deepEqual(run(text, { memberStates: 174 }), []);
  // the same sentences deep in the notice (Notes) are not the introduction
  const late = buildNotice({ language: 'en', bodies: { notes: OLD.en } });
  assert.deepEqual(run(late), []);
  // counts that are not IOM's
  for (const [language, introduction, context] of [
    ['en', 'IOM works with the 193 Member States of the United Nations.', 'IOM supports the 15 member states of ECOWAS.'],
    ['fr', 'Les 193 États membres de l’Organisation des Nations Unies ont adopté le Pacte.', 'L’OIM appuie les 15 États membres de la CEDEAO.'],
    ['es', 'La Unión Europea y sus 27 Estados Miembros apoyan el proyecto.', 'La OIM colabora con 174 Estados Miembros de la región.'],
  ] as const) {
    assert.deepEqual(run(buildNotice({ language, bodies: { introduction, context } })), [], language);
  }
  // …but 174 in an IOM sentence of the introduction is
  assert.equal(run(buildNotice({ language: 'es', bodies: { introduction: 'La OIM cuenta con 174 Estados Miembros.' } })).length, 1);
  // a legacy notice that opens with the old wording (no heading): found by the opener
  const legacy = buildNotice({ language: 'en', layout: 'legacy', bodies: { introduction: OLD.en } });
  assert.equal(run(legacy).length, 2);
});
