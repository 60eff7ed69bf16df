/**
 * `npm run bench`: builds nothing itself (the npm script runs `npm run build`
 * first), writes the corpus (bench/corpus, 1,000 notices, seeded), then runs
 * the engine, editor (LSP) and CLI benchmarks, saves each one's figures to
 * bench/results/<name>.json (and its report to bench/results/section-<name>.md)
 * and rewrites the figures block of BENCHMARKS.md (between its bench:start /
 * bench:end markers) from the latest section of each benchmark, each with its
 * date, command and load average — so `--only engine` updates just that one.
 *
 *   npm run bench [-- --only engine,lsp,cli] [-- --runs 5] [-- --quick]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { writeCorpus, ROOT } from './corpus.js';
import { machine, RESULTS_DIR, saveResult } from './stats.js';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : ['engine', 'lsp', 'cli'];
const BENCHMARKS = path.join(ROOT, 'BENCHMARKS.md');

const SECTION_TITLES: Record<string, string> = { engine: 'Engine latency', lsp: 'Editor latency and memory', cli: 'CLI throughput' };

async function main() {
  const m = machine();
  const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
  console.log(`machine: ${m.nproc} × ${m.cpu}, node ${m.node}, load average ${load()}`);
  const corpus = writeCorpus(); // deterministic: rewriting it costs ≈ 2 s
  const corpusLine = `Corpus: ${corpus.files.length} notices (${Object.entries(corpus.byLanguage).map(([k, v]) => `${v} ${k.toUpperCase()}`).join(', ')}; ${Object.keys(corpus.byType).length} notice types; ${corpus.withDefects} with defects), ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${(corpus.minBytes / 1024).toFixed(1)}–${(corpus.maxBytes / 1024).toFixed(1)} KB each.`;
  console.log(corpusLine);
  const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;
  const runners: Record<string, () => Promise<string>> = {
    engine: async () => {
      const { runEngineBench, engineReport } = await import('./engine.bench.js');
      const result = runEngineBench();
      saveResult('engine', result);
      return engineReport(result);
    },
    lsp: async () => {
      const { runLspBench, lspReport } = await import('./lsp.bench.js');
      const result = await runLspBench();
      saveResult('lsp', result);
      return lspReport(result);
    },
    cli: async () => {
      const { runCliBench, cliReport } = await import('./cli.bench.js');
      const result = runCliBench();
      saveResult('cli', result);
      return cliReport(result);
    },
  };
  // --from-saved: render the sections from bench/results/<name>.json instead of measuring again
  const fromSaved = args.includes('--from-saved');
  const savedReport = async (name: string) => {
    const saved = JSON.parse(readFileSync(path.join(RESULTS_DIR, `${name}.json`), 'utf8'));
    const modules = { engine: './engine.bench.js', lsp: './lsp.bench.js', cli: './cli.bench.js' } as const;
    const module = await import(modules[name as keyof typeof modules]);
    const render = module[`${name === 'engine' ? 'engine' : name === 'lsp' ? 'lsp' : 'cli'}Report`] as (result: unknown) => string;
    return { report: render(saved), date: String(saved.machine.date).slice(0, 16).replace('T', ' ') };
  };
  for (const name of only) {
    const before = load();
    let started = new Date().toISOString().slice(0, 16).replace('T', ' ');
    let report: string;
    if (fromSaved) ({ report, date: started } = await savedReport(name));
    else report = await runners[name]!();
    // each section keeps its own date, command and load, so a partial re-run updates only its section
    const how = fromSaved ? `\`npm run bench\` (re-rendered from bench/results/${name}.json)` : `\`${command}\`; load average ${before} before, ${load()} after`;
    const section = `### ${SECTION_TITLES[name]}\n\nMeasured ${started} UTC with ${how}.\n\n${report}`;
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(path.join(RESULTS_DIR, `section-${name}.md`), section);
    console.log(`\n${section}\n`);
  }
  const sections = Object.keys(SECTION_TITLES)
    .map((name) => path.join(RESULTS_DIR, `section-${name}.md`))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
  const block = [
    '<!-- bench:start (written by `npm run bench`; edit the text outside the markers) -->',
    `Machine: ${m.nproc} × ${m.cpu}, Node ${m.node} (${m.platform}). The machine is shared with other jobs: each section gives the load average while it ran; under load, wall-clock figures include waiting for a core, CPU-time figures much less so.`,
    '',
    corpusLine,
    '',
    ...sections.flatMap((section) => [section, '']),
    '<!-- bench:end -->',
  ].join('\n');
  if (existsSync(BENCHMARKS)) {
    const current = readFileSync(BENCHMARKS, 'utf8');
    const start = current.indexOf('<!-- bench:start');
    const end = current.indexOf('<!-- bench:end -->');
    if (start >= 0 && end > start) {
      writeFileSync(BENCHMARKS, current.slice(0, start) + block + current.slice(end + '<!-- bench:end -->'.length));
      console.log(`updated the figures in ${BENCHMARKS}`);
    }
  }
  saveResult('report', { markdown: block });
  // the LSP bench leaves its client connections' timers behind
  process.exit(0);
}

void main();
