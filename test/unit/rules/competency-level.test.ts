/**
 * competency-level: the behavioural-indicator level of Core and Managerial
 * Competencies against the grade (rule book §5, §6.2); Values carry no level.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { extractRequirements } from '../../../server/src/requirements/extract.js';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { applySuggestion, covered, findings, notice } from './eligibility-notice.js';

const RULE = 'competency-level';
const levels = (text: string) => {
  const { core, managerial, values } = extractRequirements(parseNotice(text)).levels;
  return [core?.level ?? null, managerial?.level ?? null, values?.level ?? null];
};
const EDUCATION = {
  en: ["- Master's degree with seven years of experience; or", '- University degree with nine years of experience.'],
  fr: ['• Maîtrise et sept années d’expérience ; ou', '• Diplôme universitaire et neuf années d’expérience.'],
  es: ['- Maestría con siete años de experiencia; o', '- Título universitario con nueve años de experiencia.'],
};

test('seeds: no finding, and the levels were read (000/001 Level 2, 002 “(Level 1)” run-in, 003 Niveau 3 on P-4)', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
  assert.deepEqual(levels(readSeed('000')), [2, 2, null]);
  assert.deepEqual(levels(readSeed('001')), [2, 2, null]);
  // 002:59 after the windows-874 repair: "Core Competencies – behavioural indicators (Level 1)"; no Managerial block
  assert.deepEqual(levels(readSeed('002')), [1, null, null]);
  // 003:117,125 after the windows-1250 repair: "Compétences fondamentales – indicateurs comportementaux Niveau 3"
  assert.deepEqual(levels(readSeed('003')), [3, 3, null]);
  const core003 = extractRequirements(parseNotice(readSeed('003'))).levels.core!;
  assert.equal(core003.line, 117);
});

for (const [language, word] of [['en', 'Level'], ['fr', 'Niveau'], ['es', 'Nivel']] as const) {
  test(`${language}: a P-4 notice with ${word} 2 gets a warning on each list; the fix sets 3`, () => {
    let text = notice({ language, grade: 'P-4', education: EDUCATION[language], coreLevel: 2 });
    const messages = findings(text, RULE);
    assert.deepEqual(messages.map((message) => [message.severity, covered(text, message)]), [
      ['warning', `${word} 2`],
      ['warning', `${word} 2`],
    ]);
    text = applySuggestion(applySuggestion(text, messages[1]!), messages[0]!);
    assert.equal(text.split(`${word} 3`).length - 1, 2);
    assert.deepEqual(findings(text, RULE), []);
  });

  test(`${language}: a G-4 post with ${word} 3 → warning (expected 1); ${word} 1 is fine`, () => {
    const three = notice({ language, grade: 'G-4', coreLevel: 3, noManagerial: true });
    const messages = findings(three, RULE);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.suggestions![0]!.fix.text, '1');
    assert.deepEqual(findings(notice({ language, grade: 'G-4', coreLevel: 1, noManagerial: true }), RULE), []);
  });

  test(`${language}: a level on Values is an error; the fix removes it`, () => {
    const text = notice({ language, valuesLevel: 2 });
    assert.deepEqual(levels(text)[2], 2);
    const messages = findings(text, RULE);
    assert.deepEqual(messages.map((message) => [message.severity, covered(text, message)]), [['error', `${word} 2`]]);
    const fixed = applySuggestion(text, messages[0]!);
    assert.deepEqual(findings(fixed, RULE), []);
    assert.equal(levels(fixed)[2], null);
  });

  test(`${language}: ${word} 4 does not exist (error)`, () => {
    const text = notice({ language, coreLevel: 4, managerialLevel: 2 });
    const messages = findings(text, RULE);
    assert.ok(messages.some((message) => message.severity === 'error' && covered(text, message) === `${word} 4`), JSON.stringify(messages));
  });
}

test('without a grade: Core and Managerial at different levels → warning on Managerial, fix to Core’s level', () => {
  const text = notice({ language: 'en', coreLevel: 2, managerialLevel: 3 });
  const messages = findings(text, RULE);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.line, text.slice(0, messages[0]!.range[0]).split('\n').length);
  assert.match(messages[0]!.message, /Managerial .* level 3 .* Core .* level 2/);
  assert.deepEqual(findings(applySuggestion(text, messages[0]!), RULE), []);
});

test('Core without a level → warning; with a grade the fix appends the level to the heading', () => {
  const text = notice({ language: 'fr', grade: 'P-4', coreLevel: null, managerialLevel: 3 });
  const messages = findings(text, RULE);
  assert.equal(messages.length, 1);
  assert.match(messages[0]!.message, /no behavioural-indicator level \(expected level 3\)/);
  const fixed = applySuggestion(text, messages[0]!);
  assert.ok(fixed.includes('Compétences fondamentales – indicateurs comportementaux Niveau 3'), fixed);
  assert.deepEqual(findings(fixed, RULE), []);
});

test('config tables.competencyLevelByGrade overrides the level (P-3 → 3)', () => {
  const text = notice({ language: 'en', grade: 'P-3', coreLevel: 3 });
  assert.equal(findings(text, RULE).length, 2);
  assert.deepEqual(findings(text, RULE, { tables: { competencyLevelByGrade: { 'P-3': 3 } } }), []);
});

test('“level” in ordinary text is not a competency level (Context “field-level integration”, “2 levels”)', () => {
  const text = notice({ language: 'en', grade: 'P-2', context: ['Field-Level integration at 2 levels of government.'] });
  assert.deepEqual(levels(text), [2, 2, null]);
  assert.deepEqual(findings(text, RULE), []);
});
