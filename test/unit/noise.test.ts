/**
 * Job-board noise (rule book §5 `job-board-noise`): the classifier, the
 * styled-letter helper, and the rule's deletion fixes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { classifyNoiseLine, plainStyledLetters } from '../../server/src/text/noise.js';
import jobBoardNoise from '../../server/src/rules/job-board-noise.js';
import { applyFixesOnce, runRules } from './text-rules-util.js';

const seed = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

function classes(text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const found = classifyNoiseLine(line);
    return found ? [`${i + 1}:${found.category}`] : [];
  });
}

test('seeds: the noise lines of fixtures/seeds/README.md, with their categories', () => {
  assert.deepEqual(classes(seed('000_69da530b2b68d435.txt')), []);
  assert.deepEqual(classes(seed('001_4e1f4660e833a58a.txt')), []);
  assert.deepEqual(classes(seed('002_30a3f6f16e702069.txt')), ['3:4', '4:4', '5:4', '31:1', '33:1', '61:4']);
  assert.deepEqual(classes(seed('003_c438627fc1cbbbd6.txt')), ['1:5', '3:2', '4:3', '6:3', '159:4', '161:2', '162:3', '164:3', '166:4', '168:4']);
  assert.deepEqual(classes(seed('004_2ecb6e3aa17e87ad.txt')), ['1:5', '3:5', '11:5', '117:4']);
});

test('constructed noise lines', () => {
  const cases: Array<[string, number]> = [
    ['𝗗𝗶𝘀𝗰𝗼𝘃𝗲𝗿 𝗛𝗼𝘄 𝘁𝗼 𝗚𝗲𝘁 𝗮 𝗝𝗼𝗯 𝗶𝗻 𝘁𝗵𝗲 𝗨𝗡', 1],
    ['🚀 Apply now and never miss an offer!', 2],
    ['⚠️ Change your life now', 2],
    ['Join our Telegram channel for daily jobs', 3],
    ['Subscribe to our WhatsApp channel', 3],
    ['Únete a nuestro canal de WhatsApp', 3],
    ['Suivez-nous sur WhatsApp : rejoignez le groupe', 3],
    ['Recommended for you', 4],
    ['Loading...', 4],
    ['Leave a Reply', 4],
    ['Your email address will not be published. Required fields are marked *', 4],
    ['Share', 4],
    ['Print', 4],
    ['Job Alert', 4],
    ['Posted 3 days ago', 4],
    ['Salary Expectation: 2000 USD', 4],
    ['  • Added Date: Monday, 3 November 2025', 4],
    ['Tags: Migration Protection', 4],
    ['Apply here', 4],
    ['OIM RECRUTE UN ASSISTANT ADMINISTRATIF H/F', 5],
    ['Programme Officer: 3 positions available (1 December 2025)', 5],
  ];
  for (const [line, category] of cases) assert.equal(classifyNoiseLine(line)?.category, category, line);
});

test('not noise: notice text, headings, bullets, the apply link', () => {
  const lines = [
    'Pour postuler, cliquez sur le lien suivant : https://fa-evlj-saasfaprod1.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1001/job/17281',
    '- [link](#)',
    'Job Description',
    'Responsibilities',
    'Required Competencies',
    'Share of migrants returning home has grown.',
    'Print and distribute the awareness material.',
    'Loading and unloading of non-food items in the warehouse.',
    '✓ Bachelor’s degree in Social Sciences',
    '✔ Fluency in French',
    'Contact beneficiaries by phone or WhatsApp when needed.',
    'Titre du Poste : Mentor de Communauté (05 postes)',
    'Compétences et valeurs',
    'Tags and labels must follow the IOM branding guide.',
    '',
    '\u00a0',
    'Applications are welcome from internal and external candidates.',
  ];
  for (const line of lines) assert.equal(classifyNoiseLine(line), undefined, line);
});

test('plainStyledLetters maps U+1D400–U+1D7FF to plain letters and digits', () => {
  assert.equal(plainStyledLetters('𝗗𝗶𝘀𝗰𝗼𝘃𝗲𝗿 𝗶𝗻 𝟮𝟬𝟮𝟯!'), 'Discover in 2023!');
  assert.equal(plainStyledLetters('𝐂𝐡𝐚𝐧𝐠𝐞 𝑌𝑜𝑢𝑟 𝕃𝕚𝕗𝕖 𝚗𝚘𝚠'), 'Change Your Life now');
  assert.equal(plainStyledLetters('Référence ok'), 'Référence ok');
});

test('rule: styled letters inside real text are replaced by plain ones', () => {
  const text = 'The 𝗱𝗲𝗮𝗱𝗹𝗶𝗻𝗲 is 9 November 2025 for all applicants.';
  const [finding] = runRules(text, [jobBoardNoise]);
  assert.equal(finding.message, 'Styled letters “𝗱𝗲𝗮𝗱𝗹𝗶𝗻𝗲” should be plain: “deadline”.');
  assert.equal(applyFixesOnce(text, [finding.fix!]).output, 'The deadline is 9 November 2025 for all applicants.');
});

test('rule: category 5 is info without a fix; categories 1–4 are errors with a fix', () => {
  const findings = runRules('IOM RECRUTE UN CHAUFFEUR H/F\n\nRecommended for you', [jobBoardNoise]);
  assert.deepEqual(
    findings.map((f) => [f.line, f.severity, !!f.fix]),
    [
      [1, 'info', false],
      [3, 'error', true],
    ],
  );
});

/** Lints with the rule, applies its fixes once, and returns the text. */
function fixOnce(text: string): string {
  const fixes = runRules(text, [jobBoardNoise])
    .filter((f) => f.fix)
    .map((f) => f.fix!);
  const { output, skipped } = applyFixesOnce(text, fixes);
  assert.equal(skipped, 0, 'fixes overlap');
  return output;
}

test('rule: delete the line and one blank line beside it, keeping paragraphs apart and the file end as it was', () => {
  const N = 'Recommended for you';
  const cases: Array<[string, string]> = [
    [`A\n\n${N}\n\nB`, 'A\n\nB'],
    [`A\n${N}\nB`, 'A\nB'],
    [`A\n\n${N}\nB`, 'A\n\nB'],
    [`A\n${N}\n\nB`, 'A\n\nB'],
    [`A\n\n${N}`, 'A'],
    [`A\n\n${N}\n`, 'A\n'],
    [`A\n${N}`, 'A'],
    [`${N}\n\nA`, 'A'],
    [`A\n\n${N}\nLoading\n\nB`, 'A\n\nB'],
    [`A\n\n${N}\n\nLoading\n\nB`, 'A\n\nB'],
    [`A\r\n\r\n${N}\r\n\r\nB`, 'A\r\n\r\nB'],
    [`A\r\n\r\n${N}`, 'A'],
    [`A\n\nLoading\n\n${N}\n\nShare\n\n${N}`, 'A'],
  ];
  for (const [input, expected] of cases) assert.equal(fixOnce(input), expected, JSON.stringify(input));
});

test('rule: fixing seed 004 removes "POSTULER ICI" and the blank line before it', () => {
  const text = seed('004_2ecb6e3aa17e87ad.txt');
  const output = fixOnce(text);
  assert.equal(output, text.replace(/\n\nPOSTULER ICI$/, ''));
  assert.ok(output.endsWith('Permis de conduire.'));
});

test('a body sentence about recruiting is not a job-board title', () => {
  assert.equal(classifyNoiseLine('L’OIM recrute pour les 05 postes suivants :', 'fr'), undefined);
  assert.equal(classifyNoiseLine('IOM recruits staff through its online system.', 'en'), undefined);
  assert.equal(classifyNoiseLine('IOM RECRUTE CHARGE DE PROGRAMME H/F', 'fr')?.category, 5);
});
