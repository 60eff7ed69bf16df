/**
 * The text rules on the seeds (fixtures/seeds/README.md): every damaged span
 * of 002 and 003 is reported and repaired byte for byte, the noise lines are
 * the listed ones, the clean seeds get nothing, and one pass of fixes on 002
 * and 003 leaves text that lints clean for these rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findMojibake, repairText } from '../../server/src/text/mojibake.js';
import { applyFixesOnce, runRules } from './text-rules-util.js';

const SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS), 'utf8');
const S000 = seed('000_69da530b2b68d435.txt');
const S001 = seed('001_4e1f4660e833a58a.txt');
const S002 = seed('002_30a3f6f16e702069.txt');
const S003 = seed('003_c438627fc1cbbbd6.txt');
const S004 = seed('004_2ecb6e3aa17e87ad.txt');

const NBSP = '\u00a0';

/** "8, 10, 12–23" → [8, 10, 12, …, 23] */
function lines(spec: string): number[] {
  return spec.split(',').flatMap((part) => {
    const [a, b] = part.trim().split(/[–-]/).map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
  return line;
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

// README, seed 003: "Repairs, with counts".
const REPAIRS_003: Array<[string, string, number]> = [
  ['Ă©', 'é', 258],
  [`Ă${NBSP}`, 'à', 45],
  ['Ĺ“', 'œ', 4],
  ['Ă®', 'î', 4],
  ['ĂŞ', 'ê', 4],
  ['â€“', '–', 3],
  ['Ăą', 'ù', 2],
  ['Ă´', 'ô', 2],
  ['Ă»', 'û', 2],
  ['Â»', '»', 1],
];
const DAMAGED_003 = lines('8, 9, 13, 16, 21, 23, 25, 27, 35, 39, 41, 43, 47, 49, 57, 61, 71, 72, 74, 78–84, 88–93, 97, 99, 107, 109, 111–115, 117, 119–123, 125, 127–131, 135, 137, 139, 141, 143, 151, 155');

test('seed 003: the README counts of each damaged sequence', () => {
  for (const [bad, , n] of REPAIRS_003) assert.equal(count(S003, bad), n, `count of ${JSON.stringify(bad)}`);
});

test('seed 003: repaired byte for byte (windows-1250), nothing else touched', () => {
  let expected = S003;
  for (const [bad, good] of REPAIRS_003) expected = expected.split(bad).join(good);
  const repaired = repairText(S003);
  assert.equal(repaired, expected);
  for (const [bad] of REPAIRS_003) assert.equal(count(repaired, bad), 0, `${JSON.stringify(bad)} left`);
  const out = repaired.split('\n');
  assert.equal(out[7], `Référence du poste${NBSP}:${NBSP}17281`);
  assert.equal(out[8].slice(0, 37), `Intitulé du poste${NBSP}:${NBSP}Chargé(e) de prog`);
  assert.ok(out[15].startsWith('Durée initiale'));
  assert.ok(out[116].startsWith('Compétences fondamentales'));
  assert.ok(out[124].startsWith('Compétences managériales'));
  // Genuine text on damaged lines is kept: "jusqu’à" (13), "grâce" and "«" (41), "s’" before the damage (23).
  assert.match(out[12], /spécial \(jusqu’à 9 mois\)/);
  assert.match(out[40], /grâce/);
  assert.match(out[40], /«/);
  assert.match(out[22], /s’épanouir/);
});

test('seed 003: findings on exactly the damaged lines, all windows-1250 with a fix', () => {
  const spans = findMojibake(S003);
  const found = [...new Set(spans.map((s) => lineOf(S003, s.start)))].sort((a, b) => a - b);
  assert.deepEqual(found, DAMAGED_003);
  for (const span of spans) {
    assert.equal(span.encoding, 'windows-1250', JSON.stringify(span));
    assert.equal(span.layers, 1);
    assert.equal(span.lossy, false);
  }
  const findings = runRules(S003).filter((f) => f.ruleId === 'mojibake');
  assert.equal(findings.length, spans.length);
  for (const f of findings) {
    assert.ok(f.fix, `no fix on line ${f.line}`);
    assert.match(f.message, /^UTF-8 text read as windows-1250: /);
  }
  assert.ok(findings.some((f) => f.message === 'UTF-8 text read as windows-1250: “RĂ©fĂ©rence” should read “Référence”.'));
});

// README, seed 002.
const DAMAGED_002 = lines('8, 10, 12–23, 27–29, 31, 33, 35, 37–41, 45–52, 57, 59');
const REPAIRS_002: Array<[string, string, number | undefined]> = [
  [`ย${NBSP}`, NBSP, undefined],
  ['โ€™', '’', 5], // 12, 19, 57 (twice), 59
  ['โ€ข', '•', 11], // 37–40, 45–51
  ['โ€“', '–', 1], // 59
];

test('seed 002: windows-874 repaired byte for byte; lossy lines 31 and 33 reported without a fix', () => {
  const all = S002.split('\n');
  for (const [bad, , n] of REPAIRS_002) if (n !== undefined) assert.equal(count(S002, bad), n, `count of ${bad}`);
  // Lines 31 and 33 are lossy; every other damaged sequence is listed in the README.
  const expected = all.map((line, i) => {
    if (i === 30 || i === 32) return line;
    let out = line;
    for (const [bad, good] of REPAIRS_002) out = out.split(bad).join(good);
    return out;
  });
  const repaired = repairText(S002).split('\n');
  assert.equal(repaired.length, all.length);
  for (let i = 0; i < all.length; i++) {
    if (i === 30 || i === 32) continue;
    assert.equal(repaired[i], expected[i], `line ${i + 1}`);
  }
  // "ย␣"-only lines become blank (U+00A0 only).
  for (const n of [23, 29, 41, 52]) assert.equal(repaired[n - 1], NBSP);
  // 31 and 33: the emoji repair, the styled letters lost.
  assert.ok(repaired[30].startsWith('📚 '), repaired[30].slice(0, 10));
  assert.ok(repaired[32].startsWith('⚠'), repaired[32].slice(0, 10));

  const spans = findMojibake(S002);
  assert.deepEqual([...new Set(spans.map((s) => lineOf(S002, s.start)))].sort((a, b) => a - b), DAMAGED_002);
  for (const span of spans) assert.equal(span.encoding, 'windows-874');
  const lossyLines = [...new Set(spans.filter((s) => s.lossy).map((s) => lineOf(S002, s.start)))];
  assert.deepEqual(lossyLines.sort((a, b) => a - b), [31, 33]);
  const findings = runRules(S002).filter((f) => f.ruleId === 'mojibake');
  for (const f of findings) {
    if (f.line === 31 || f.line === 33) assert.equal(f.fix, undefined, `line ${f.line} is deleted as noise`);
    else assert.ok(f.fix, `no fix on line ${f.line}`);
  }
  assert.ok(findings.some((f) => /cannot be repaired: bytes were lost/.test(f.message) && f.line === 31));
  assert.ok(findings.some((f) => f.message === 'UTF-8 text read as windows-874: “IOMโ€™s” should read “IOM’s”.'));
  // The job board's own bullets (4, 56, 57, 58) are genuine.
  for (const n of [4, 56, 57, 58]) assert.ok(!spans.some((s) => lineOf(S002, s.start) === n && s.original.includes('•')));
});

test('seed 002 and 003: the noise lines of the README, with their severities', () => {
  const noise = (text: string) =>
    runRules(text)
      .filter((f) => f.ruleId === 'job-board-noise')
      .map((f) => `${f.line}${f.severity === 'info' ? 'i' : ''}`);
  assert.deepEqual(noise(S002), ['3', '4', '5', '31', '33', '61']);
  assert.deepEqual(noise(S003), ['1i', '3', '4', '6', '159', '161', '162', '164', '166', '168']);
  assert.deepEqual(noise(S004), ['1i', '3i', '11i', '117']);
});

test('clean seeds 000, 001, 004: no finding from mojibake, replacement-character, invisible-character', () => {
  for (const [name, text] of [['000', S000], ['001', S001], ['004', S004]] as const) {
    assert.deepEqual(findMojibake(text), [], name);
    const findings = runRules(text).filter((f) => f.ruleId !== 'job-board-noise');
    assert.deepEqual(findings, [], name);
  }
  assert.deepEqual(runRules(S000), []);
  assert.deepEqual(runRules(S001), []);
});

test('fix-all on seed 002 lints clean for these rules after one pass', () => {
  const fixes = runRules(S002)
    .filter((f) => f.fix)
    .map((f) => f.fix!);
  const { output, skipped } = applyFixesOnce(S002, fixes);
  assert.equal(skipped, 0, 'fixes overlap');
  assert.deepEqual(runRules(output), []);
  const out = output.split('\n');
  assert.equal(out[0], 'Project Assistant (AVRR Registration Case Worker)');
  assert.equal(out[1], '');
  assert.ok(out[2].startsWith('Applications are welcome'));
  assert.ok(!output.endsWith('\n'), 'a final newline was added');
  assert.ok(out[out.length - 1].startsWith('Integrity and transparency'));
  assert.ok(!/[ยโ๐๏]/.test(output));
  assert.ok(!/Recommended for you|Tags:|Added Date|Steps to get a job/.test(output));
});

test('fix-all on seed 003 leaves only the info title', () => {
  const fixes = runRules(S003)
    .filter((f) => f.fix)
    .map((f) => f.fix!);
  const { output, skipped } = applyFixesOnce(S003, fixes);
  assert.equal(skipped, 0);
  const left = runRules(output);
  assert.deepEqual(left.map((f) => `${f.line}:${f.ruleId}:${f.severity}`), ['1:job-board-noise:info']);
  const out = output.split('\n');
  assert.deepEqual(out.slice(0, 3), ['IOM RECRUTE CHARGE DE PROGRAMME PROTECTION ET ASSISTANCE AUX MIGRANTS H/F', '', `Référence du poste${NBSP}:${NBSP}17281`]);
  assert.ok(out[out.length - 1].startsWith('Pour postuler, cliquez sur le lien suivant'));
  assert.ok(!output.endsWith('\n'));
});
