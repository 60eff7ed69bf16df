/**
 * `vnlint --print-requirements` on the built binary: the extracted grade,
 * degree/years pairs, Experience figure and competency levels of each seed as
 * JSON (run `npm run build` first; scripts/test.sh does).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SEEDS_DIR } from '../helpers.js';
import { runVnlint } from './run.js';


function vnlint(args: string[], cwd = ROOT) {
  return runVnlint(args, { cwd });
}

interface Printed {
  filePath: string;
  grade: string | null;
  gradeSource: string | null;
  alternatives: Array<{ degree: string; years: number | null; text: string; line: number }>;
  experienceYears: number | null;
  levels: { core: number | null; managerial: number | null };
}

test('--print-requirements prints each seed’s grade, degree/years pairs and levels as JSON', () => {
  const run = vnlint(['--print-requirements', path.join(SEEDS_DIR, '*.txt')]);
  assert.equal(run.code, 0, run.stderr);
  const results = JSON.parse(run.stdout) as Printed[];
  assert.equal(results.length, 5);
  const byId = Object.fromEntries(results.map((result) => [path.basename(result.filePath).slice(0, 3), result]));
  const summary = (id: string) => {
    const r = byId[id]!;
    return {
      grade: r.grade,
      gradeSource: r.gradeSource,
      pairs: r.alternatives.map((a) => [a.degree, a.years, a.line]),
      experienceYears: r.experienceYears,
      levels: r.levels,
    };
  };
  assert.deepEqual(summary('000'), { grade: null, gradeSource: null, pairs: [['advanced', 2, 59], ['first-level', 4, 60]], experienceYears: null, levels: { core: 2, managerial: 2 } });
  assert.deepEqual(summary('001'), { grade: null, gradeSource: null, pairs: [['advanced', 3, 75], ['first-level', 5, 76]], experienceYears: 3, levels: { core: 2, managerial: 2 } });
  assert.deepEqual(summary('002'), { grade: null, gradeSource: null, pairs: [['first-level', 2, 27], ['secondary', 4, 28]], experienceYears: null, levels: { core: 1, managerial: null } });
  assert.deepEqual(summary('003'), { grade: 'P-4', gradeSource: 'header', pairs: [['advanced', 7, 71], ['first-level', 9, 72]], experienceYears: null, levels: { core: 3, managerial: 3 } });
  assert.deepEqual(summary('004'), { grade: null, gradeSource: null, pairs: [], experienceYears: null, levels: { core: null, managerial: null } });
  // the text is the repaired clause
  assert.match(byId['003']!.alternatives[0]!.text, /^Maîtrise en droit.*et sept années d’expérience professionnelle pertinente$/);
  assert.match(byId['000']!.alternatives[1]!.text, /^University degree in the above fields with four years/);
  for (const result of results) assert.ok(path.isAbsolute(result.filePath));
});

test('--print-requirements uses the file’s config (a grade set in .vnlintrc.json) and runs no rule', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-req-'));
  fs.copyFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((name) => name.startsWith('001_'))!), path.join(dir, 'notice.txt'));
  fs.writeFileSync(path.join(dir, '.vnlintrc.json'), JSON.stringify({ grade: 'P-2' }));
  const run = vnlint(['--print-requirements', 'notice.txt'], dir);
  assert.equal(run.code, 0, run.stderr);
  const [result] = JSON.parse(run.stdout) as Printed[];
  assert.equal(result!.grade, 'P-2');
  assert.equal(result!.gradeSource, 'config');
  assert.ok(path.isAbsolute(result!.filePath) && path.basename(result!.filePath) === 'notice.txt');
});
