/**
 * CLI throughput on the 1,000-notice corpus (bench/corpus, generated if
 * missing), side by side in one run:
 *
 * - vnlint (bin/vnlint.js; run `npm run build` first) with its default concurrency (`auto`: one
 *   thread on a 2-core machine), started from its code cache (which the warm-up run writes), without
 *   it (a first run), and with --concurrency 2 (two worker threads);
 * - markdownlint-cli2 with markdownlint's default rule set (bench/markdownlint-cli2.jsonc);
 * - textlint with 8 rules (bench/textlintrc.json): no-todo, max-comma,
 *   sentence-length, no-empty-section, doubled-spaces, no-zero-width-spaces,
 *   no-start-duplicated-conjunction, period-in-list-item;
 * - the floor: bench/floor.cjs reads every file and runs one regular expression.
 *
 * Every tool writes its report to /dev/null; exit codes are ignored (findings
 * make them non-zero). Uses hyperfine when installed (`apt-get install -y
 * hyperfine`), else a Node harness (wall time only). textlint takes minutes
 * per run, so it gets a single run without warm-up. Reports seconds and ratios
 * (tool ÷ vnlint, vnlint ÷ floor), for wall time and for CPU time (user + system,
 * which a busy machine distorts less).
 *
 *   node --import tsx bench/cli.bench.ts [--runs 5] [--tools vnlint,floor]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORPUS_DIR, ROOT, writeCorpus } from './corpus.js';
import { saveResult, summarize, table, verdict } from './stats.js';

const args = process.argv.slice(2);
const RUNS = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 5);
const ONLY = args.includes('--tools') ? args[args.indexOf('--tools') + 1]!.split(',') : undefined;
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
const rel = path.relative(ROOT, CORPUS_DIR);

/** `slow` tools (minutes per run) get 1 run and no warm-up, in a second hyperfine call. */
export const TOOLS: Array<{ name: string; command: string; slow?: boolean }> = [
  { name: 'vnlint', command: `node bin/vnlint.js ${rel} --no-config-lookup --format json --output-file /dev/null` },
  // a first run on a machine (CI's case): no code cache to start from (server/src/cli/code-cache.ts)
  { name: 'vnlint (no code cache)', command: `VNLINT_DISABLE_CODE_CACHE=1 node bin/vnlint.js ${rel} --no-config-lookup --format json --output-file /dev/null` },
  { name: 'vnlint (2 worker threads)', command: `node bin/vnlint.js ${rel} --no-config-lookup --concurrency 2 --format json --output-file /dev/null` },
  { name: 'markdownlint-cli2', command: `cd ${rel} && ${bin('markdownlint-cli2')} --config ../markdownlint-cli2.jsonc "**/*.md" > /dev/null 2>&1` },
  { name: 'textlint', command: `${bin('textlint')} --config bench/textlintrc.json --format json "${rel}/**/*.md" > /dev/null`, slow: true },
  { name: 'floor (read + 1 regex)', command: `node bench/floor.cjs ${rel} > /dev/null` },
];

export interface CliResult {
  tool: 'hyperfine' | 'node';
  runs: number;
  files: number;
  bytes: number;
  rows: Array<{ name: string; command: string; runs: number; mean: number; median: number; min: number; stddev: number; userSys?: number }>;
  ratios: Record<string, number>;
  targets: { textlintOverVnlint: number; markdownlintOverVnlint: number; vnlintOverFloor: number; met: { textlint5x: boolean; markdownlint: boolean; floor10x: boolean } };
}

function hasHyperfine(): boolean {
  return spawnSync('hyperfine', ['--version']).status === 0;
}

export function runCliBench(): CliResult {
  if (!existsSync(CORPUS_DIR)) writeCorpus();
  const files = execFileSync('bash', ['-c', `find ${rel} -name '*.md' | wc -l`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const bytes = Number(execFileSync('bash', ['-c', `cat $(find ${rel} -name '*.md') | wc -c`], { cwd: ROOT, encoding: 'utf8' }).trim());
  const tools = TOOLS.filter((tool) => !ONLY || ONLY.some((name) => tool.name.startsWith(name)));
  let rows: CliResult['rows'];
  let tool: CliResult['tool'];
  if (hasHyperfine()) {
    tool = 'hyperfine';
    rows = [];
    for (const slow of [false, true]) {
      const group = tools.filter((t) => !!t.slow === slow);
      if (!group.length) continue;
      const out = path.join(mkdtempSync(path.join(tmpdir(), 'vnlint-bench-')), 'hyperfine.json');
      const hyperfineArgs = ['--runs', String(slow ? 1 : RUNS), '--warmup', slow ? '0' : '1', '--ignore-failure', '--style', 'basic', '--export-json', out];
      for (const t of group) hyperfineArgs.push('-n', t.name, t.command);
      const run = spawnSync('hyperfine', hyperfineArgs, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
      if (run.status !== 0) throw new Error(`hyperfine failed (${run.status})`);
      const data = JSON.parse(readFileSync(out, 'utf8')) as { results: Array<{ mean: number; median: number; min: number; stddev: number | null; user: number; system: number; times: number[] }> };
      data.results.forEach((r, i) =>
        rows.push({ name: group[i]!.name, command: group[i]!.command, runs: r.times.length, mean: r.mean, median: r.median, min: r.min, stddev: r.stddev ?? 0, userSys: r.user + r.system }),
      );
    }
  } else {
    tool = 'node';
    rows = tools.map((t) => {
      const samples: number[] = [];
      const runs = t.slow ? 1 : RUNS;
      for (let i = t.slow ? 1 : 0; i <= runs; i++) {
        const start = performance.now();
        spawnSync('bash', ['-c', t.command], { cwd: ROOT, stdio: 'ignore' });
        if (i > 0) samples.push((performance.now() - start) / 1000); // run 0 is the warm-up
      }
      const s = summarize(samples);
      const stddev = Math.sqrt(samples.reduce((sum, x) => sum + (x - s.mean) ** 2, 0) / samples.length);
      return { name: t.name, command: t.command, runs: samples.length, mean: s.mean, median: s.median, min: s.min, stddev };
    });
  }
  const byName = (name: string) => rows.find((r) => r.name === name);
  const vn = byName('vnlint');
  const ratios: Record<string, number> = {};
  for (const row of rows) if (vn) ratios[row.name] = row.median / vn.median;
  const textlint = byName('textlint');
  const markdownlint = byName('markdownlint-cli2');
  const floor = byName('floor (read + 1 regex)');
  const t = textlint && vn ? textlint.median / vn.median : NaN;
  const m = markdownlint && vn ? markdownlint.median / vn.median : NaN;
  const f = floor && vn ? vn.median / floor.median : NaN;
  return {
    tool,
    runs: RUNS,
    files: Number(files),
    bytes,
    rows,
    ratios,
    targets: { textlintOverVnlint: t, markdownlintOverVnlint: m, vnlintOverFloor: f, met: { textlint5x: t >= 5, markdownlint: m >= 1, floor10x: f <= 10 } },
  };
}

export function cliReport(r: CliResult): string {
  const vn = r.rows.find((row) => row.name === 'vnlint');
  const vnCpu = vn?.userSys;
  return [
    `${r.files} notices, ${(r.bytes / 1024 / 1024).toFixed(1)} MB; ${r.tool === 'hyperfine' ? `hyperfine` : 'a Node harness (wall time only)'}: ${r.runs} runs after 1 warm-up per tool; textlint (minutes per run) 1 run, no warm-up.`,
    '',
    table(
      ['tool', 'runs', 'median (s)', 'min (s)', '± stddev', 'ratio to vnlint (wall)', ...(vnCpu ? ['CPU user+sys (s)', 'ratio to vnlint (CPU)'] : [])],
      r.rows.map((row) => [
        row.name,
        row.runs,
        row.median.toFixed(2),
        row.min.toFixed(2),
        row.stddev.toFixed(2),
        `${(row.median / (vn?.median ?? NaN)).toFixed(2)}×`,
        ...(vnCpu ? [row.userSys!.toFixed(2), `${(row.userSys! / vnCpu).toFixed(2)}×`] : []),
      ]),
    ),
    '',
    `Targets: textlint ÷ vnlint ≥ 5 — ${r.targets.textlintOverVnlint.toFixed(2)}×: ${verdict(r.targets.met.textlint5x)}; ` +
      `markdownlint-cli2 ÷ vnlint ≥ 1 — ${r.targets.markdownlintOverVnlint.toFixed(2)}×: ${verdict(r.targets.met.markdownlint)}; ` +
      `vnlint ÷ floor ≤ 10 — ${r.targets.vnlintOverFloor.toFixed(1)}×: ${verdict(r.targets.met.floor10x)}.`,
  ].join('\n');
}

if (require.main === module) {
  const result = runCliBench();
  console.log(cliReport(result));
  console.log(`\nsaved ${saveResult('cli', result)}`);
}
