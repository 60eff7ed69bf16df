/**
 * degree-experience: the +2 step between degree levels, read from EN/FR/ES
 * sentences (digits and number words, "additional years", "(or five years for
 * bachelor's degree holders)"), and the seeds' requirements as extracted
 * (rule book §5, §6.3; seeds README "Correct").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { extractRequirements } from '../../../server/src/requirements/extract.js';
import { lint } from '../../../server/src/engine/index.js';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { applySuggestion, covered, findings, notice } from './eligibility-notice.js';

const RULE = 'degree-experience';
const ELIGIBILITY = ['degree-experience', 'experience-mismatch', 'grade-experience', 'competency-level'];

/** Degree/years pairs with the number token as written. */
function pairs(text: string) {
  return extractRequirements(parseNotice(text)).alternatives.map((alternative) => ({
    degree: alternative.degree,
    years: alternative.years,
    token: alternative.mention?.token,
    from: alternative.yearsFrom,
    line: alternative.line,
  }));
}

/** Seed 003 with the repairs rule book §7.1 / seeds README list (independent of the mojibake library). */
function handRepaired003(): string {
  let text = readSeed('003');
  const repairs: Array<[string, string]> = [['Ă©', 'é'], ['Ă\u00A0', 'à'], ['Ĺ“', 'œ'], ['Ă®', 'î'], ['ĂŞ', 'ê'], ['â€“', '–'], ['Ăą', 'ù'], ['Ă´', 'ô'], ['Ă»', 'û'], ['Â»', '»']];
  for (const [damaged, repaired] of repairs) text = text.split(damaged).join(repaired);
  return text;
}

// ---------------------------------------------------------------------------
// Seeds

test('seeds: no degree-experience, experience-mismatch, grade-experience or competency-level finding', () => {
  for (const id of SEED_IDS) {
    const { messages } = lint(readSeed(id), { only: ELIGIBILITY });
    assert.deepEqual(messages.map((message) => `${message.ruleId}@${message.line}`), [], `seed ${id}`);
  }
});

test('seed 000: Master’s + “two years” / University degree + “four years” (59–60)', () => {
  assert.deepEqual(pairs(readSeed('000')), [
    { degree: 'advanced', years: 2, token: 'two', from: 'education', line: 59 },
    { degree: 'first-level', years: 4, token: 'four', from: 'education', line: 60 },
  ]);
});

test('seed 001: Master’s 3 / University 5 from “two additional years” and Experience “Minimum three years (or five years …)”', () => {
  const requirements = extractRequirements(parseNotice(readSeed('001')));
  assert.deepEqual(pairs(readSeed('001')), [
    { degree: 'advanced', years: 3, token: 'three', from: 'experience', line: 75 },
    { degree: 'first-level', years: 5, token: 'two', from: 'additional', line: 76 },
  ]);
  assert.equal(requirements.alternatives[1]!.stated?.additional, true);
  assert.equal(requirements.experienceYears, 3);
  assert.deepEqual(
    requirements.experience.map((statement) => [statement.degree ?? 'bare', statement.years.value, statement.years.token, statement.years.line]),
    [['bare', 3, 'three', 82], ['first-level', 5, 'five', 82]],
  );
});

test('seed 002 (through the tree): Bachelor + “2 years” / high school + “4 years” (27–28)', () => {
  assert.deepEqual(pairs(readSeed('002')), [
    { degree: 'first-level', years: 2, token: '2', from: 'education', line: 27 },
    { degree: 'secondary', years: 4, token: '4', from: 'education', line: 28 },
  ]);
});

test('seed 003 (through the tree; needs the mojibake repair of “MaĂ®trise”, “annĂ©es”): Maîtrise sept / Diplôme universitaire neuf', () => {
  const tree = parseNotice(readSeed('003'));
  assert.equal(tree.data.grade, 'P-4');
  assert.deepEqual(pairs(readSeed('003')), [
    { degree: 'advanced', years: 7, token: 'sept', from: 'education', line: 71 },
    { degree: 'first-level', years: 9, token: 'neuf', from: 'education', line: 72 },
  ]);
  const alternatives = extractRequirements(tree).alternatives;
  assert.match(alternatives[0]!.degreeMention.words, /^Maîtrise$/);
  assert.match(alternatives[1]!.degreeMention.words, /^Diplôme universitaire$/);
});

test('seed 003 hand-repaired (FR sentences, independent of the mojibake library): sept=7 / neuf=9', () => {
  assert.deepEqual(pairs(handRepaired003()), [
    { degree: 'advanced', years: 7, token: 'sept', from: 'education', line: 71 },
    { degree: 'first-level', years: 9, token: 'neuf', from: 'education', line: 72 },
  ]);
  assert.deepEqual(findings(handRepaired003(), RULE), []);
});

// ---------------------------------------------------------------------------
// Positive cases in three languages

const BROKEN = {
  en: [
    "- Master's degree in Law or a related field with seven years of relevant professional experience; or",
    '- University degree in the above fields with eight years of relevant professional experience.',
  ],
  fr: [
    '• Maîtrise en droit ou dans un domaine connexe, et sept années d’expérience professionnelle pertinente ; ou',
    '• Diplôme universitaire dans les domaines susmentionnés et huit années d’expérience professionnelle pertinente.',
  ],
  es: [
    '- Maestría en derecho o en un campo afín con siete años de experiencia profesional pertinente; o',
    '- Título universitario en los campos mencionados con ocho años de experiencia profesional pertinente.',
  ],
} as const;

for (const [language, education, nine, six, phrase] of [
  ['en', BROKEN.en, 'nine', 'six', 'eight years'],
  ['fr', BROKEN.fr, 'neuf', 'six', 'huit années'],
  ['es', BROKEN.es, 'nueve', 'seis', 'ocho años'],
] as const) {
  test(`${language}: advanced 7 / first-level 8 is reported on the first-level figure; both quick fixes keep words in ${language}`, () => {
    const text = notice({ language, education: [...education] });
    const messages = findings(text, RULE);
    assert.equal(messages.length, 1, JSON.stringify(messages));
    const [message] = messages;
    assert.equal(message!.severity, 'warning');
    assert.equal(covered(text, message!), phrase);
    assert.equal(message!.fix, undefined, 'quick fixes only');
    assert.equal(message!.suggestions?.length, 2);
    const lowerFixed = applySuggestion(text, message!, 0);
    assert.ok(lowerFixed.includes(`${nine} ${phrase.split(' ')[1]}`), lowerFixed);
    assert.deepEqual(findings(lowerFixed, RULE), []);
    const upperFixed = applySuggestion(text, message!, 1);
    assert.ok(upperFixed.includes(`${six} ${phrase.split(' ')[1]}`), upperFixed);
    assert.deepEqual(findings(upperFixed, RULE), []);
  });
}

test('en: digits stay digits ("5 years" → "7")', () => {
  const text = notice({
    language: 'en',
    education: ["- Master's degree with 5 years of experience; or", '- Bachelor’s degree with 6 years of experience.'],
  });
  const [message] = findings(text, RULE);
  assert.ok(message);
  assert.equal(message.suggestions![0]!.fix.text, '7');
  assert.equal(message.suggestions![1]!.fix.text, '4');
});

test('en: secondary needs first-level + 2 (Bachelor 2 / high school 5 → 4 expected)', () => {
  const text = notice({
    language: 'en',
    education: ['1. Bachelor degree in Social Sciences with 2 years of work experience.', '2. Alternatively, a high school degree with 5 years of relevant work experience.'],
  });
  const messages = findings(text, RULE);
  assert.equal(messages.length, 1);
  assert.match(messages[0]!.message, /secondary diploma asks 5 years.*first-level degree asks 2.*expected 4/);
  assert.equal(covered(text, messages[0]!), '5 years');
});

test('en: "three additional years" is the wrong step; the fix writes "two"', () => {
  const text = notice({
    language: 'en',
    education: ["- Master's degree with two years of experience; or", '- University degree with three additional years of relevant professional experience.'],
  });
  const messages = findings(text, RULE);
  assert.equal(messages.length, 1);
  assert.equal(covered(text, messages[0]!), 'three additional years');
  assert.equal(applySuggestion(text, messages[0]!).includes('two additional years'), true);
});

test('fr: "deux années supplémentaires" and es: "dos años adicionales" are the +2 step (no finding); "trois"/"tres" are not', () => {
  const fr = (n: string) =>
    notice({ language: 'fr', education: ['• Maîtrise en droit et cinq années d’expérience ; ou', `• Diplôme universitaire et ${n} années supplémentaires d’expérience.`] });
  const es = (n: string) =>
    notice({ language: 'es', education: ['- Maestría en derecho con cinco años de experiencia; o', `- Título universitario con ${n} años adicionales de experiencia.`] });
  assert.deepEqual(findings(fr('deux'), RULE), []);
  assert.deepEqual(findings(es('dos'), RULE), []);
  assert.equal(pairs(fr('deux'))[1]!.years, 7);
  assert.equal(pairs(es('dos'))[1]!.years, 7);
  assert.equal(findings(fr('trois'), RULE).length, 1);
  assert.equal(findings(es('tres'), RULE).length, 1);
});

test('en: "(or five years for bachelor’s degree holders)" binds five to the first-level degree; "six" breaks the step', () => {
  const text = (n: string) =>
    notice({ language: 'en', education: ["- Master's degree or University degree in Law."], experience: [`- Minimum three years (or ${n} years for bachelor's degree holders) of professional experience;`] });
  const requirements = extractRequirements(parseNotice(text('five')));
  assert.deepEqual(requirements.experience.map((statement) => [statement.degree ?? 'bare', statement.years.value]), [['bare', 3], ['first-level', 5]]);
  assert.deepEqual(findings(text('five'), RULE), []);
  const messages = findings(text('six'), RULE);
  assert.equal(messages.length, 1);
  assert.equal(covered(text('six'), messages[0]!), 'six years');
});

test('with a grade, the suggestion that lands on the grade minimum comes first (P-4: advanced 5 / first-level 9 → advanced 7)', () => {
  const text = notice({
    language: 'en',
    grade: 'P-4',
    education: ["- Master's degree with five years of experience; or", '- University degree with nine years of experience.'],
  });
  const [message] = findings(text, RULE);
  assert.ok(message);
  assert.equal(message.suggestions![0]!.fix.text, 'seven');
  assert.equal(covered(text, { ...message, range: message.suggestions![0]!.fix.range }), 'five');
});

test('config tables.firstDegreeExtraYears = 1 accepts 7/8 and rejects 7/9', () => {
  const config = { tables: { firstDegreeExtraYears: 1 } };
  assert.deepEqual(findings(notice({ language: 'en', education: [...BROKEN.en] }), RULE, config), []);
  const nine = notice({ language: 'en', education: [BROKEN.en[0], BROKEN.en[1].replace('eight', 'nine')] });
  assert.equal(findings(nine, RULE, config).length, 1);
});

// ---------------------------------------------------------------------------
// Negative cases: years that are not requirements

test('years in Context or history sentences are not requirements (en/fr/es)', () => {
  const cases = [
    notice({
      language: 'en',
      context: ['AVRR is a field in which the organization has over 40 years of experience.'],
      education: ["- Master's degree with two years of experience; or", '- University degree with four years of experience.'],
      experience: ['- Experience with an organization that has over 70 years of experience in migration.', '- Work in projects implemented in the last 5 years of experience sharing.'],
    }),
    notice({
      language: 'fr',
      context: ['L’OIM a plus de 70 ans d’expérience dans ce domaine.'],
      education: ['• Maîtrise et deux années d’expérience ; ou', '• Diplôme universitaire et quatre années d’expérience.'],
      experience: ['• Expérience au sein d’une organisation qui a plus de 70 ans d’expérience.'],
    }),
    notice({
      language: 'es',
      context: ['La OIM tiene más de 70 años de experiencia en la región.'],
      education: ['- Maestría con dos años de experiencia; o', '- Título universitario con cuatro años de experiencia.'],
      experience: ['- Experiencia en una organización que tiene más de 70 años de experiencia.'],
    }),
  ];
  for (const text of cases) {
    const requirements = extractRequirements(parseNotice(text));
    assert.deepEqual(requirements.alternatives.map((alternative) => alternative.years), [2, 4], text);
    assert.deepEqual(requirements.experience, [], 'no Experience figure');
    assert.deepEqual(lint(text, { only: ELIGIBILITY }).messages, []);
  }
});

test('a degree word outside Education is not a requirement (FR “maîtrise de l’anglais” in Languages)', () => {
  const text = notice({ language: 'fr', education: ['• Maîtrise et deux années d’expérience ; ou', '• Diplôme universitaire et quatre années d’expérience.'] });
  assert.ok(text.includes('maîtrise du français'));
  assert.equal(extractRequirements(parseNotice(text)).alternatives.length, 2);
});

test('volunteer notices are not checked (seed 004)', () => {
  assert.deepEqual(findings(readSeed('004'), RULE), []);
  assert.deepEqual(extractRequirements(parseNotice(readSeed('004'))).alternatives, []);
});

test('en: more written forms — "four years’ experience", "two (2) years", "a minimum of 5 years"', () => {
  const text = notice({
    language: 'en',
    education: ["- Master's degree in Law and two (2) years of relevant experience; or", "- Bachelor's degree in Law and four years' experience in programme management."],
  });
  assert.deepEqual(pairs(text).map((pair) => [pair.degree, pair.years, pair.token]), [['advanced', 2, 'two'], ['first-level', 4, 'four']]);
  assert.deepEqual(findings(text, RULE), []);
  const minimum = notice({ language: 'en', education: ["- Master's degree with a minimum of 5 years of relevant experience; or", '- University degree with a minimum of 8 years.'] });
  assert.deepEqual(pairs(minimum).map((pair) => pair.years), [5, 8]);
  assert.equal(findings(minimum, RULE).length, 1);
});

test('Experience restating a level Education does not list is checked too (es: "cinco años (o tres años con una maestría)")', () => {
  const text = (n: string) =>
    notice({ language: 'es', education: ['- Título universitario en derecho.'], experience: [`- Mínimo cinco años (o ${n} años con una maestría) de experiencia profesional;`] });
  const requirements = extractRequirements(parseNotice(text('tres')));
  assert.deepEqual(requirements.experience.map((statement) => [statement.degree ?? 'bare', statement.years.value]), [['bare', 5], ['advanced', 3]]);
  assert.deepEqual(findings(text('tres'), RULE), []);
  const messages = findings(text('cuatro'), RULE);
  assert.equal(messages.length, 1);
  assert.equal(messages[0]!.suggestions![1]!.fix.text, 'tres');
});
