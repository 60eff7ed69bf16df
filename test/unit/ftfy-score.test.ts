/**
 * The ftfy corpus (fixtures/ftfy, 161 cases; see its README): detection
 * precision and recall, and exact repairs, against `fixed-encoding` (or
 * `fixed`), ignoring ftfy's quote straightening. ftfy 6.3.1 itself scores
 * precision 0.991, recall 0.973, exact 151/161. Targets: precision 1.0,
 * recall ≥ 0.99, exact ≥ 157/161.
 *
 * A lossy case counts as exact when the best effort (U+FFFD for each lost
 * sequence) equals ftfy's answer; the rule still offers no fix for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findMojibake, repairText } from '../../server/src/text/mojibake.js';

interface Case {
  label: string;
  original: string;
  fixed: string;
  'fixed-encoding'?: string;
  expect: 'pass' | 'fail';
}

const DIR = new URL('../fixtures/ftfy/', import.meta.url);
const FILES = ['in-the-wild.json', 'known-failures.json', 'language-names.json', 'negative.json', 'synthetic.json'];

/** ftfy's `fixed` straightens curly quotes; compare without that. */
const straighten = (s: string) => s.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'");

test('ftfy corpus: precision 1.0, recall ≥ 0.99, exact ≥ 157/161', () => {
  const cases: Array<Case & { file: string }> = FILES.flatMap((file) => (JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Case[]).map((c) => ({ ...c, file })));
  assert.equal(cases.length, 161);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let exact = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const answer = c['fixed-encoding'] ?? c.fixed;
    const shouldChange = answer !== c.original;
    const detected = findMojibake(c.original).length > 0;
    if (detected && shouldChange) tp++;
    else if (detected) fp++;
    else if (shouldChange) fn++;
    else tn++;
    const output = repairText(c.original, { lossy: 'replace' });
    if (straighten(output) === straighten(answer)) exact++;
    else misses.push(`${c.file}: ${c.label}\n    got      ${JSON.stringify(output)}\n    expected ${JSON.stringify(answer)}`);
    if (detected !== shouldChange) misses.push(`${c.file}: ${c.label}: ${detected ? 'false positive' : 'missed'}`);
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(`ftfy corpus: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} exact ${exact}/${cases.length} (TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn})`);
  if (misses.length) console.log(misses.join('\n'));
  assert.equal(tp + fn, 112, 'cases that should change');
  assert.equal(precision, 1, 'precision');
  assert.ok(recall >= 0.99, `recall ${recall}`);
  assert.ok(exact >= 157, `exact ${exact}/161`);
});

test('the negative cases stay unchanged, and repairs are idempotent', () => {
  const negative = JSON.parse(readFileSync(new URL('negative.json', DIR), 'utf8')) as Case[];
  assert.equal(negative.length, 31);
  for (const c of negative) {
    const answer = c['fixed-encoding'] ?? c.fixed;
    if (answer === c.original) assert.equal(repairText(c.original), c.original, c.label);
  }
  for (const file of FILES) {
    for (const c of JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Case[]) {
      const once = repairText(c.original);
      assert.equal(repairText(once), once, `not idempotent: ${c.label}`);
    }
  }
});
