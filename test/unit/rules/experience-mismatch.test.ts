/**
 * experience-mismatch: Experience states the same years as Education for each
 * degree level; a bare figure is the highest degree's (rule book §5).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { extractRequirements } from '../../../server/src/requirements/extract.js';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { applySuggestion, covered, findings, notice } from './eligibility-notice.js';

const RULE = 'experience-mismatch';

test('seeds: no finding (001 states 3/5 in Experience, consistent with “two additional years”; 000/002/003 state no years)', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
  for (const id of ['000', '002', '003']) assert.deepEqual(extractRequirements(parseNotice(readSeed(id))).experience, [], `seed ${id}: no Experience figure`);
  assert.deepEqual(extractRequirements(parseNotice(readSeed('001'))).experience.map((statement) => statement.years.value), [3, 5]);
});

const CASES = [
  {
    language: 'en',
    education: ["- Master's degree with two years of relevant experience; or", '- University degree with four years of relevant experience.'],
    experience: ['- At least five years of experience in programme management;'],
    phrase: 'five years',
    fixed: 'two years',
  },
  {
    language: 'fr',
    education: ['• Maîtrise et deux années d’expérience professionnelle ; ou', '• Diplôme universitaire et quatre années d’expérience professionnelle.'],
    experience: ['• Au moins cinq années d’expérience dans la gestion de programmes ;'],
    phrase: 'cinq années',
    fixed: 'deux années',
  },
  {
    language: 'es',
    education: ['- Maestría con dos años de experiencia profesional; o', '- Título universitario con cuatro años de experiencia profesional.'],
    experience: ['- Al menos cinco años de experiencia en gestión de programas;'],
    phrase: 'cinco años',
    fixed: 'dos años',
  },
] as const;

const NO_FIGURE = {
  en: '- Experience in programme management in humanitarian contexts;',
  fr: '• Expérience dans la gestion de programmes humanitaires ;',
  es: '- Experiencia en gestión de programas humanitarios;',
} as const;

for (const { language, education, experience, phrase, fixed } of CASES) {
  test(`${language}: Education 2/4, Experience “${phrase}” → mismatch; the fix copies Education’s figure in words`, () => {
    const text = notice({ language, education: [...education], experience: [...experience] });
    const messages = findings(text, RULE);
    assert.equal(messages.length, 1, JSON.stringify(messages));
    assert.equal(messages[0]!.severity, 'warning');
    assert.equal(covered(text, messages[0]!), phrase);
    const after = applySuggestion(text, messages[0]!);
    assert.ok(after.includes(fixed), after);
    assert.deepEqual(findings(after, RULE), []);
  });
  test(`${language}: Experience restating Education’s figure, or stating none, is fine`, () => {
    const same = notice({ language, education: [...education], experience: [experience[0].replace(phrase.split(' ')[0]!, fixed.split(' ')[0]!)] });
    assert.deepEqual(findings(same, RULE), []);
    const none = notice({ language, education: [...education], experience: [NO_FIGURE[language]] });
    assert.deepEqual(findings(none, RULE), []);
  });
}

test('en: a figure tied to the first-level degree is compared with the first-level alternative', () => {
  const text = (n: string) =>
    notice({
      language: 'en',
      education: ["- Master's degree with two years of experience; or", '- University degree with four years of experience.'],
      experience: [`- Minimum two years (or ${n} years for bachelor's degree holders) of professional experience;`],
    });
  assert.deepEqual(findings(text('four'), RULE), []);
  const messages = findings(text('six'), RULE);
  assert.equal(messages.length, 1);
  assert.equal(covered(text('six'), messages[0]!), 'six years');
  assert.match(messages[0]!.message, /first-level degree/);
});

test('en: 001-style “two additional years” + Experience 3 / 6 → 6 disagrees with 3 + 2', () => {
  const text = notice({
    language: 'en',
    education: ["- Master's degree in Social Sciences; or", '- University degree in the above fields with two additional years of relevant professional experience.'],
    experience: ["- Minimum three years (or six years for bachelor's degree holders) of professional experience;"],
  });
  const messages = findings(text, RULE);
  assert.equal(messages.length, 1);
  assert.equal(covered(text, messages[0]!), 'six years');
  assert.equal(messages[0]!.suggestions![0]!.fix.text, 'five');
});

test('years that are not requirements in Experience are ignored (“has over 40 years of experience”)', () => {
  for (const [language, sentence] of [
    ['en', '- Experience with IOM, which has over 40 years of experience in AVRR.'],
    ['fr', '• Expérience avec l’OIM, qui a plus de 40 ans d’expérience.'],
    ['es', '- Experiencia con la OIM, que tiene más de 40 años de experiencia.'],
  ] as const) {
    const education = CASES.find((c) => c.language === language)!.education;
    const text = notice({ language, education: [...education], experience: [sentence] });
    assert.deepEqual(findings(text, RULE), [], language);
  }
});

test('only the first bare figure is the total: “including two years of field experience” does not disagree', () => {
  const text = notice({
    language: 'en',
    education: ["- Master's degree with five years of relevant experience; or", '- University degree with seven years of relevant experience.'],
    experience: ['- Minimum of five years of experience in a UN agency, including two years of field experience.', '- At least two years of experience in the last five years in West Africa.'],
  });
  assert.deepEqual(extractRequirements(parseNotice(text)).experience.map((statement) => statement.years.value), [5, 2, 2]);
  assert.deepEqual(findings(text, RULE), []);
});

test('a range “3-5 years” / “tres a cinco años” asks its lower bound', () => {
  const en = notice({ language: 'en', education: ["- Master's degree with 3-5 years of relevant experience."] });
  assert.deepEqual(extractRequirements(parseNotice(en)).alternatives.map((alternative) => [alternative.years, alternative.mention?.token]), [[3, '3']]);
  const es = notice({ language: 'es', education: ['- Maestría con dos años de experiencia; o', '- Título universitario con cuatro años de experiencia.'], experience: ['- Entre tres a cinco años de experiencia en gestión;'] });
  assert.deepEqual(extractRequirements(parseNotice(es)).experience.map((statement) => statement.years.value), [3]);
  assert.equal(findings(es, RULE)[0]?.suggestions?.[0]?.fix.text, 'dos');
});
