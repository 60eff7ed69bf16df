/**
 * grade-experience: the years against the grade's minimum (rule book §5,
 * §6.1), the grade from the header, the title "(P-4)" or the legacy
 * Classification line; configurable tables; silent without a grade.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { applySuggestion, covered, findings, notice } from './eligibility-notice.js';

const RULE = 'grade-experience';

test('seeds: no finding; 000–002 have no grade (silent), 003 is P-4 with 7/9', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
  for (const id of ['000', '001', '002']) assert.equal(parseNotice(readSeed(id)).data.grade, undefined);
  const tree = parseNotice(readSeed('003'));
  assert.equal(tree.data.grade, 'P-4');
  assert.equal(tree.data.gradeSource, 'header');
});

test('001 with the grade set to P-2 stays silent (3/5 is one year above 2/4); 000 as P-2 too', () => {
  assert.deepEqual(findings(readSeed('001'), RULE, { grade: 'P-2' }), []);
  assert.deepEqual(findings(readSeed('000'), RULE, { grade: 'P-2' }), []);
});

test('000 with the grade set to P-4 (verified 7/9): two errors, on “two years” and “four years”', () => {
  const text = readSeed('000');
  const messages = findings(text, RULE, { grade: 'P-4' });
  assert.deepEqual(messages.map((message) => [message.line, message.severity, covered(text, message)]), [
    [59, 'error', 'two years'],
    [60, 'error', 'four years'],
  ]);
  assert.deepEqual(messages.map((message) => message.suggestions?.[0]?.fix.text), ['seven', 'nine']);
});

test('fr: “Grade : P-4” with Maîtrise cinq années / Diplôme universitaire sept années → errors; the fix writes sept / neuf', () => {
  let text = notice({
    language: 'fr',
    grade: 'P-4',
    coreLevel: 3,
    education: ['• Maîtrise en droit et cinq années d’expérience professionnelle pertinente ; ou', '• Diplôme universitaire et sept années d’expérience professionnelle pertinente.'],
  });
  const messages = findings(text, RULE);
  assert.deepEqual(messages.map((message) => [message.severity, covered(text, message)]), [
    ['error', 'cinq années'],
    ['error', 'sept années'],
  ]);
  assert.match(messages[0]!.message, /P-4 asks at least 7 years/);
  // apply the second fix first so the first one's offsets stay valid
  text = applySuggestion(applySuggestion(text, messages[1]!), messages[0]!);
  assert.ok(text.includes('Maîtrise en droit et sept années') && text.includes('et neuf années'), text);
  assert.deepEqual(findings(text, RULE), []);
});

test('en: below an assumed minimum (P-3: 5/7) is a warning, not an error', () => {
  const text = notice({
    language: 'en',
    grade: 'P-3',
    education: ["- Master's degree with three years of experience; or", '- University degree with five years of experience.'],
  });
  const messages = findings(text, RULE);
  assert.deepEqual(messages.map((message) => [message.severity, covered(text, message)]), [
    ['warning', 'three years'],
    ['warning', 'five years'],
  ]);
  assert.match(messages[0]!.message, /assumed default/);
});

test('es: far above the minimum (P-2: 2/4, asked 8/10) is a warning; config maxYearsAboveMinimum 6 silences it', () => {
  const text = notice({
    language: 'es',
    grade: 'P-2',
    education: ['- Maestría con ocho años de experiencia profesional; o', '- Título universitario con diez años de experiencia profesional.'],
  });
  const messages = findings(text, RULE);
  assert.deepEqual(messages.map((message) => [message.severity, covered(text, message)]), [
    ['warning', 'ocho años'],
    ['warning', 'diez años'],
  ]);
  assert.deepEqual(messages.map((message) => message.suggestions?.[0]?.fix.text), ['dos', 'cuatro']);
  assert.deepEqual(findings(text, RULE, { tables: { maxYearsAboveMinimum: 6 } }), []);
});

test('es: at the minimum (P-4 siete/nueve) there is no finding', () => {
  const text = notice({
    language: 'es',
    grade: 'P-4',
    education: ['- Maestría con siete años de experiencia profesional; o', '- Título universitario con nueve años de experiencia profesional.'],
  });
  assert.deepEqual(findings(text, RULE), []);
});

test('the grade is read from the title “(P-4)” and from the legacy Classification line', () => {
  const title = "Senior Programme Officer (P-4)\n\nContext\n\nText.\n\nEducation\n\n- Master's degree with five years of relevant experience.";
  assert.equal(parseNotice(title).data.gradeSource, 'title');
  assert.deepEqual(findings(title, RULE).map((message) => [message.severity, covered(title, message)]), [['error', 'five years']]);
  const legacy = [
    'Position Title: Programme Assistant',
    'Duty Station: Algiers, Algeria',
    'Classification: General Service Staff, Grade G6',
    'Closing Date: 10 October 2025',
    '',
    'Context:',
    '',
    'Text.',
    '',
    'Education',
    '',
    '- University degree with two years of relevant experience.',
  ].join('\n');
  const tree = parseNotice(legacy);
  assert.deepEqual([tree.data.grade, tree.data.gradeSource], ['G-6', 'classification']);
  assert.deepEqual(findings(legacy, RULE).map((message) => [message.severity, covered(legacy, message)]), [['error', 'two years']]);
});

test('silent without a grade, whatever the years', () => {
  const text = notice({ language: 'en', education: ["- Master's degree with fifteen years of experience; or", '- University degree with seventeen years of experience.'] });
  assert.deepEqual(findings(text, RULE), []);
});

test('config tables.gradeMinExperience overrides a row; a configured row counts as verified (error)', () => {
  const text = notice({
    language: 'en',
    grade: 'P-3',
    education: ["- Master's degree with three years of experience; or", '- University degree with five years of experience.'],
  });
  assert.deepEqual(findings(text, RULE, { tables: { gradeMinExperience: { 'P-3': { advanced: 3, firstLevel: 5 } } } }), []);
  const strict = findings(text, RULE, { tables: { gradeMinExperience: [{ grade: 'P3', advanced: 4, firstLevel: 6 }] } });
  assert.deepEqual(strict.map((message) => message.severity), ['error', 'error']);
  const assumed = findings(text, RULE, { tables: { gradeMinExperience: { 'P-3': { advanced: 4, firstLevel: 6, evidence: 'assumed' } } } });
  assert.deepEqual(assumed.map((message) => message.severity), ['warning', 'warning']);
});

test('internships: two or more years asked is a warning', () => {
  const text = (years: string) =>
    ['Position Title: Intern', 'Duty Station: Algiers', 'Closing Date: 10 October 2025', '', 'Internship Programme', '', 'Context:', '', 'Text.', '', 'Education', '', `- University degree with ${years} of relevant experience.`].join('\n');
  assert.equal(parseNotice(text('two years')).data.noticeType, 'internship');
  assert.deepEqual(findings(text('two years'), RULE).map((message) => message.severity), ['warning']);
  assert.deepEqual(findings(text('one year'), RULE), []);
});

test('“over 40 years of experience” in Context is not read as a requirement (seed 000:27 as P-2; constructed FR/ES on P-4)', () => {
  assert.match(readSeed('000').split('\n')[26]!, /has over 40 years of experience/);
  assert.deepEqual(findings(readSeed('000'), RULE, { grade: 'P-2' }), []);
  const fr = notice({
    language: 'fr',
    grade: 'P-4',
    coreLevel: 3,
    context: ['L’OIM a plus de 40 ans d’expérience dans ce domaine.'],
    education: ['• Maîtrise et sept années d’expérience ; ou', '• Diplôme universitaire et neuf années d’expérience.'],
  });
  assert.deepEqual(findings(fr, RULE), []);
  const es = notice({
    language: 'es',
    grade: 'P-4',
    context: ['La OIM tiene más de 40 años de experiencia en la región.'],
    education: ['- Maestría con siete años de experiencia; o', '- Título universitario con nueve años de experiencia.'],
  });
  assert.deepEqual(findings(es, RULE), []);
});
