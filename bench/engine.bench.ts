/**
 * Engine latency: time to lint one notice of 5 KB, 20 KB, 100 KB and 1 MB
 * (median and p95 over many runs), split into parse (parseNotice alone) and
 * the rest (lint() − parse: rules, prose, directives, message assembly). At
 * 20 KB it also times each registered rule alone (`lint(text, {only:[id]})`
 * minus the parse), which points at the expensive rules. Measures whatever
 * rules are registered when it runs. Two baselines are timed in the same run
 * on the same texts, so the figures read as ratios: markdownlint's library
 * (its default rule set, synchronous API) and a floor, one regular
 * expression over the text (the pattern of bench/floor.cjs).
 *
 *   node --import tsx bench/engine.bench.ts [--quick]
 */
import { lint } from '../server/src/engine/lint.js';
import { RULES } from '../server/src/rules/index.js';
import { parseNotice } from '../server/src/notice/parse.js';
import { noticeOfSize } from './corpus.js';
import { kb, ms, saveResult, summarize, table, verdict, type Summary } from './stats.js';
import * as prose from '../server/src/notice/prose.js';
import { lint as markdownlint } from 'markdownlint/sync';
import { spawnSync } from 'node:child_process';
import { SERVER_NODE_OPTIONS } from '../server/src/lsp/protocol.js';

/** The floor's pattern ("N years" phrases), from the floor script itself. */
const { PATTERN: FLOOR_PATTERN } = require('./floor.cjs') as { PATTERN: RegExp };

const clearProse = () => (prose as { clearProseCache?: () => void }).clearProseCache?.();

const quick = process.argv.includes('--quick');
const SIZES: Array<{ label: string; bytes: number; runs: number }> = [
  { label: '5 KB', bytes: 5 * 1024, runs: quick ? 50 : 400 },
  { label: '20 KB', bytes: 20 * 1024, runs: quick ? 50 : 400 },
  { label: '100 KB', bytes: 100 * 1024, runs: quick ? 10 : 80 },
  { label: '1 MB', bytes: 1024 * 1024, runs: quick ? 3 : 12 },
];

/** Wall-time summary, plus `cpu`: the median process CPU time (user + system) per run, less sensitive to a busy machine. */
type Timing = Summary & { cpu: number };

function time(fn: () => void, runs: number, warmup = Math.max(3, Math.ceil(runs / 10)), before?: () => void): Timing {
  for (let i = 0; i < warmup; i++) {
    before?.();
    fn();
  }
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...summarize(samples), cpu: summarize(cpu).median };
}

export interface EngineResult {
  rules: number;
  sizes: Array<{ label: string; bytes: number; findings: number; parse: Timing; lint: Timing; cold: Timing; rulesMedian: number }>;
  /** Per size, after every vnlint timing (so that their garbage does not land in vnlint's figures). */
  baselines: Array<{ label: string; markdownlint: Timing; floor: Timing }>;
  languages20k: Array<{ language: string; lint: Timing }>;
  /** The same, in a process started with the language server's node options (no optimising compiler). */
  languages20kServer: Array<{ language: string; lint: Timing }>;
  perRule20k: Array<{ id: string; median: number }>;
  target: { p95At20k: number; limit: number; met: boolean };
}

export function runEngineBench(): EngineResult {
  const sizes: EngineResult['sizes'] = [];
  for (const size of SIZES) {
    const text = noticeOfSize(size.bytes, 20);
    const findings = lint(text).messages.length;
    const parse = time(() => parseNotice(text), size.runs);
    const full = time(() => lint(text), size.runs);
    // cold: the prose memo (notice/prose.ts, text-keyed, shared across lints) emptied before each run — a file linted
    // for the first time, as in the CLI; warm (above) is the editor's case, where most paragraphs did not change
    const cold = time(() => lint(text), Math.max(3, Math.ceil(size.runs / 4)), undefined, clearProse);
    sizes.push({ label: size.label, bytes: Buffer.byteLength(text), findings, parse, lint: full, cold, rulesMedian: full.median - parse.median });
  }
  const languages20k = timeLanguages();
  const languages20kServer = timeLanguagesLikeTheServer();
  const text = noticeOfSize(20 * 1024, 20);
  const parseMedian = sizes[1]!.parse.median;
  const perRule20k = RULES.map((rule) => ({ id: rule.meta.id, median: time(() => lint(text, { only: [rule.meta.id] }), quick ? 20 : 100).median - parseMedian }))
    .sort((a, b) => b.median - a.median);
  // the worst of every 20 KB row, the server's node options included
  const worst20k = Math.max(sizes[1]!.lint.p95, ...[...languages20k, ...languages20kServer].map((l) => l.lint.p95));
  const baselines = SIZES.map((size) => {
    const sample = noticeOfSize(size.bytes, 20);
    return { label: size.label, markdownlint: time(() => markdownlint({ strings: { notice: sample } }), size.runs), floor: time(() => sample.match(FLOOR_PATTERN), size.runs) };
  });
  return { rules: RULES.length, sizes, baselines, languages20k, languages20kServer, perRule20k, target: { p95At20k: worst20k, limit: 5, met: worst20k <= 5 } };
}

function timeLanguages(): EngineResult['languages20k'] {
  return (['en', 'fr', 'es'] as const).map((language) => {
    const text = noticeOfSize(20 * 1024, 21, language);
    return { language, lint: time(() => lint(text), quick ? 50 : 300) };
  });
}

/** timeLanguages() in a child process with SERVER_NODE_OPTIONS, the options the editor's server runs with. */
function timeLanguagesLikeTheServer(): EngineResult['languages20k'] {
  const child = spawnSync(process.execPath, [...SERVER_NODE_OPTIONS, '--import', 'tsx', __filename, '--languages-only', ...(quick ? ['--quick'] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`the server-options run failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as EngineResult['languages20k'];
}

export function engineReport(result: EngineResult): string {
  return [
    `Rules registered: ${result.rules}.`,
    '',
    table(
      ['notice', 'findings', 'parse median', 'parse p95', 'lint median', 'lint p95', 'lint CPU median', 'rules ≈ lint − parse', 'cold lint median (prose memo empty)'],
      result.sizes.map((s) => [`${s.label} (${kb(s.bytes)})`, s.findings, ms(s.parse.median), ms(s.parse.p95), ms(s.lint.median), ms(s.lint.p95), ms(s.lint.cpu), ms(s.rulesMedian), ms(s.cold.median)]),
    ),
    '',
    'Baselines timed in the same run on the same texts: markdownlint 0.42 as a library (default rules, `markdownlint/sync`) and the floor, one regular expression over the text.',
    '',
    table(
      ['notice', 'vnlint lint median', 'markdownlint median', 'floor median', 'vnlint ÷ markdownlint', 'vnlint ÷ floor'],
      result.sizes.map((s, i) => {
        const { markdownlint: baseline, floor } = result.baselines[i]!;
        return [s.label, ms(s.lint.median), ms(baseline.median), ms(floor.median, 3), `${(s.lint.median / baseline.median).toFixed(2)}×`, `${(s.lint.median / floor.median).toFixed(0)}×`];
      }),
    ),
    '',
    table(
      ['20 KB notice', 'lint median', 'lint p95', 'lint CPU median', `server's node options (${SERVER_NODE_OPTIONS.join(' ')}): median`, 'p95'],
      result.languages20k.map((l, i) => {
        const server = result.languages20kServer[i]!.lint;
        return [l.language, ms(l.lint.median), ms(l.lint.p95), ms(l.lint.cpu), ms(server.median), ms(server.p95)];
      }),
    ),
    '',
    `Target: lint ≤ 5 ms p95 for a 20 KB notice — worst p95 of all the 20 KB rows above, the server's node options included, ${ms(result.target.p95At20k)}: ${verdict(result.target.met)}.`,
    '',
    'Most expensive rules at 20 KB (median of `lint(text, {only: [id]})` minus the parse median):',
    '',
    table(['rule', 'median'], result.perRule20k.slice(0, 10).map((r) => [r.id, ms(r.median, 3)])),
  ].join('\n');
}

if (require.main === module && process.argv.includes('--languages-only')) {
  process.stdout.write(JSON.stringify(timeLanguages()));
} else if (require.main === module) {
  const result = runEngineBench();
  console.log(engineReport(result));
  console.log(`\nsaved ${saveResult('engine', result)}`);
}
