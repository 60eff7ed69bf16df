/**
 * The fuzzing soak (`npm run fuzz`): 100,000 generated cases (bench/mutations.ts
 * fuzzCase: slices and whole real notices, generated notices, each with 1–5
 * mutations — deletions, duplications, encoding damage, binary noise, line
 * endings, markup), spread over one worker thread per core, then the big
 * adversarial inputs (5 MB documents, 1 MB lines, deep lists) with a longer
 * watchdog. Reports crashes (exceptions, ranges outside the document), hangs
 * (no answer within --hang ms: the worker is killed and replaced) and timing
 * outliers, with each case's number so it can be replayed:
 *
 *   node --import tsx bench/fuzz.ts [--cases 100000] [--seed 1] [--workers N] [--hang 5000] [--pause-file F]
 *   node --import tsx bench/fuzz.ts --replay 4711 [--seed 1]     # print one case and lint it
 *
 * Exit code 1 when there was a crash or a hang.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { generateNotice } from './corpus.js';
import { FuzzWorker, type FuzzResult } from './fuzz-pool.js';
import { bigCases, fuzzCase, realNotices } from './mutations.js';
import { check } from './fuzz-worker.js';
import { machine, saveResult, summarize } from './stats.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback);
const CASES = Number(option('cases', '100000'));
const SEED = Number(option('seed', '1'));
const WORKERS = Number(option('workers', String(Math.max(1, availableParallelism()))));
const HANG_MS = Number(option('hang', '5000'));
const BIG_HANG_MS = Number(option('big-hang', '120000'));
const OUTLIER_MS = Number(option('outlier', '100'));
const PAUSE_FILE = option('pause-file', '');

async function replay(index: number) {
  const { text, label } = fuzzCase(index, SEED, (rng) => generateNotice(rng).text);
  console.log(`case ${index} (seed ${SEED}): ${label}, ${text.length} chars`);
  console.log(JSON.stringify(text.slice(0, 2000)));
  const start = performance.now();
  console.log(check(text), `${(performance.now() - start).toFixed(1)} ms`);
}

async function main() {
  if (args.includes('--replay')) return replay(Number(option('replay', '0')));
  console.log(`fuzz: ${CASES} cases, seed ${SEED}, ${WORKERS} workers, hang limit ${HANG_MS} ms — ${JSON.stringify(machine())}`);
  const started = performance.now();
  const workers = Array.from({ length: WORKERS }, () => new FuzzWorker(HANG_MS));
  const crashes: Array<FuzzResult & { index: number }> = [];
  const hangs: Array<FuzzResult & { index: number }> = [];
  const slowest: Array<FuzzResult & { index: number }> = [];
  const times: number[] = [];
  let outliers = 0;
  let next = 0;
  let done = 0;
  let chars = 0;
  // Ctrl-C / SIGTERM: stop dispatching, finish the cases in flight, report what was done
  let stopped = false;
  const stop = () => {
    if (stopped) process.exit(130);
    stopped = true;
    next = Infinity;
    process.stderr.write('  stopping: finishing the cases in flight (again to abort)\n');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const progress = setInterval(() => {
    const rate = done / ((performance.now() - started) / 1000);
    process.stderr.write(`  ${done}/${CASES} (${rate.toFixed(0)}/s, ${crashes.length} crashes, ${hangs.length} hangs, ${outliers} > ${OUTLIER_MS} ms)\n`);
  }, 15000);
  await Promise.all(
    workers.map(async (worker) => {
      while (next < CASES) {
        // --pause-file F: while F exists, dispatch nothing (lets a benchmark run on a quiet machine)
        while (PAUSE_FILE && existsSync(PAUSE_FILE) && next < CASES) await new Promise((resolve) => setTimeout(resolve, 500));
        if (next >= CASES) break;
        const index = next++;
        const result = { ...(await worker.runCase(index, SEED)), index };
        if (result.hang) result.label = fuzzCase(index, SEED, (rng) => generateNotice(rng).text).label;
        done++;
        chars += result.length ?? 0;
        if (result.hang) hangs.push(result);
        else if (result.error) crashes.push(result);
        if (!result.hang) {
          // wall time: with several workers in one process, process CPU time counts all of them
          const t = result.wallMs;
          times.push(t);
          if (t > OUTLIER_MS) outliers++;
          slowest.push(result);
          if (slowest.length > 40) slowest.sort((a, b) => b.wallMs - a.wallMs).splice(20);
        }
      }
    }),
  );
  clearInterval(progress);
  const soakSeconds = (performance.now() - started) / 1000;
  slowest.sort((a, b) => b.wallMs - a.wallMs).splice(10);

  // the big inputs, one at a time, with a long watchdog: how long they really take
  const big: Array<{ name: string; length: number; wallMs: number; cpuMs: number; findings: number; error?: string }> = [];
  if (!args.includes('--no-big') && !stopped) {
    for (const item of bigCases(realNotices())) {
      const text = item.make();
      const result = await workers[0]!.run(text, BIG_HANG_MS);
      big.push({ name: item.name, length: text.length, wallMs: result.wallMs, cpuMs: result.cpuMs, findings: result.findings, ...(result.error ? { error: result.error } : {}) });
      console.log(`  big: ${item.name}: ${result.error ? `${result.hang ? 'HANG' : 'CRASH'} ${result.error}` : `${Math.round(result.wallMs)} ms (${result.findings} findings)`}`);
    }
  }
  await Promise.all(workers.map((worker) => worker.close()));

  const stats = summarize(times);
  const summary = {
    cases: done,
    requested: CASES,
    stopped,
    seed: SEED,
    workers: WORKERS,
    seconds: Math.round(soakSeconds),
    casesPerSecond: Math.round(done / soakSeconds),
    meanChars: Math.round(chars / done),
    crashes: crashes.length,
    hangs: hangs.length,
    outliers: { thresholdMs: OUTLIER_MS, count: outliers },
    timeMs: { median: stats.median, p95: stats.p95, p99: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.99)], max: stats.max },
    slowest: slowest.map((r) => ({ case: r.index, ms: Math.round(r.wallMs), chars: r.length, label: r.label })),
    crashList: crashes.slice(0, 20).map((r) => ({ case: r.index, label: r.label, error: r.error })),
    hangList: hangs.slice(0, 20).map((r) => ({ case: r.index, label: r.label, error: r.error })),
    big,
  };
  console.log(JSON.stringify(summary, null, 2));
  console.log(`saved ${saveResult('fuzz', summary)}`);
  console.log(
    `fuzz: ${done}${stopped ? ` of ${CASES}` : ''} cases in ${summary.seconds} s (${summary.casesPerSecond}/s): ${crashes.length} crashes, ${hangs.length} hangs, ` +
      `${outliers} outliers > ${OUTLIER_MS} ms; median ${stats.median.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms, max ${stats.max.toFixed(0)} ms; ` +
      `big inputs over 1 s: ${big.filter((b) => b.error || b.wallMs > 1000).length}/${big.length}`,
  );
  if (crashes.length || hangs.length) process.exitCode = 1;
}

void main();
