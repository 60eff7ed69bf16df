/**
 * Fuzzing from real notices (bounded; `npm run fuzz` soaks 100,000 cases).
 * The seeds and samples get random deletions, duplications, encoding damage
 * (their UTF-8 bytes re-decoded as windows-1252/1250/874), binary noise,
 * line-ending and markup changes; then the big adversarial inputs: 5 MB
 * documents, 1 MB lines, lists nested 2,000 deep, tens of thousands of
 * headings. Every input must lint without crashing, with every range inside
 * the document, in under 1 s (the bound against catastrophic regular
 * expressions). Each input runs in a worker thread with a watchdog, so a hang
 * fails its case instead of the suite. The time taken is min(wall, process
 * CPU): wall time alone counts the waiting of a loaded machine, CPU time alone
 * counts the garbage collector's helper threads; a runaway case is slow on both.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateNotice, prng } from '../../bench/corpus.js';
import { FuzzWorker, type FuzzResult } from '../../bench/fuzz-pool.js';
import { bigCases, ENCODINGS, fuzzCase, misdecode, mutated, realNotices } from '../../bench/mutations.js';

const LIMIT_MS = 1000;
const HANG_MS = LIMIT_MS + 1500;
const SEED = 20261129;
const notices = realNotices();
const worker = new FuzzWorker(HANG_MS);
after(() => worker.close());

const taken = (result: FuzzResult) => Math.min(result.wallMs, Number.isNaN(result.cpuMs) ? Infinity : result.cpuMs);

function assertOk(result: FuzzResult, what: string) {
  assert.ok(!result.hang, `${what}: no answer within ${HANG_MS} ms (hang)`);
  assert.equal(result.error, undefined, `${what}: ${result.error}`);
  assert.ok(taken(result) <= LIMIT_MS, `${what}: linted in ${Math.round(result.wallMs)} ms wall / ${Math.round(result.cpuMs)} ms CPU (limit ${LIMIT_MS} ms)`);
}

test('the real notices re-decoded as windows-1252/1250/874 (and twice) lint quickly and cleanly', async () => {
  for (const [i, notice] of notices.entries()) {
    for (const encoding of ENCODINGS) {
      assertOk(await worker.run(misdecode(notice, encoding)), `notice ${i} as ${encoding}`);
    }
    assertOk(await worker.run(misdecode(misdecode(notice, 'windows-1252'), 'windows-1250')), `notice ${i} as windows-1252 then windows-1250`);
  }
});

test('60 randomly mutated real notices (deletions, duplications, encoding damage, binary noise) lint quickly and cleanly', async () => {
  const rng = prng(SEED);
  for (let i = 0; i < 60; i++) {
    const base = notices[i % notices.length]!;
    const { text, ops } = mutated(base, rng);
    assertOk(await worker.run(text), `case ${i} (seed ${SEED}, notice ${i % notices.length}, ${ops.join('+')}, ${text.length} chars)`);
  }
});

test('fuzz cases that once crashed or hung (npm run fuzz, seed 1) lint quickly and cleanly', async () => {
  // 62723, 1651: competency-list reported a range past the end of a text ending in "- *"; 11: mojibake repair hung
  for (const index of [62723, 1651, 2573, 11]) {
    const { text, label } = fuzzCase(index, 1, (rng) => generateNotice(rng).text);
    assertOk(await worker.run(text), `npm run fuzz case ${index} (${label})`);
  }
});

for (const big of bigCases(notices)) {
  test(`big input: ${big.name}`, async () => {
    const text = big.make();
    assertOk(await worker.run(text), big.name);
  });
}
