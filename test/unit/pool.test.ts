/**
 * How the CLI spreads files over worker threads: `--concurrency auto` uses
 * workers only where they pay, and files go to workers in batches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { autoConcurrency, batchSize, FILES_PER_WORKER } from '../../server/src/cli/pool.js';

test('auto: one worker per two processors and per FILES_PER_WORKER files; serial below two workers', () => {
  assert.equal(autoConcurrency(1000, 2), 1, 'two processors: serial');
  assert.equal(autoConcurrency(1000, 4), 2);
  assert.equal(autoConcurrency(1000, 8), 4);
  assert.equal(autoConcurrency(1000, 16), 1000 / FILES_PER_WORKER);
  assert.equal(autoConcurrency(2 * FILES_PER_WORKER - 1, 16), 1, 'too few files for two workers');
  assert.equal(autoConcurrency(0, 16), 1);
});

test('batches: up to 16 files, about 8 batches per worker, never empty', () => {
  assert.equal(batchSize(1000, 2), 16);
  assert.equal(batchSize(64, 2), 4);
  assert.equal(batchSize(50, 8), 1);
  assert.equal(batchSize(1, 4), 1);
});
