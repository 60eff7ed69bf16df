/**
 * What the language server's resident memory is made of: opens 50 corpus
 * notices in the built server under a few node/V8 settings and environment
 * variables, and prints VmRSS (RssAnon + RssFile) and the peak VmHWM after
 * initialize and with the 50 open. Each candidate runs `--runs` times
 * (default 2), alternating, so machine noise hits all of them alike.
 *
 *   node --import tsx bench/memory-probe.ts [--runs 2] ['label=node args;ENV=value' ...]
 *
 * e.g. `node --import tsx bench/memory-probe.ts shipped 'none=' 'semi1=--max-semi-space-size=1' 'arena=;MALLOC_ARENA_MAX=2'`:
 * a candidate without `=` (here `shipped`) starts the bin itself, with the
 * node options of its #! line, as users and bench/lsp.bench.ts do; the others
 * start `node <options> bin` with exactly the options given. Without
 * candidates: shipped, no options, and the young generation alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startClient } from '../test/lsp/client.js';
import { CORPUS_DIR } from './corpus.js';

const sleep = (msec: number) => new Promise((resolve) => setTimeout(resolve, msec));
const files = ['en', 'fr', 'es'].flatMap((l) => readdirSync(path.join(CORPUS_DIR, l)).map((f) => path.join(CORPUS_DIR, l, f))).sort().slice(0, 50);
const texts = files.map((file) => readFileSync(file, 'utf8'));

function memory(pid: number): Record<'rss' | 'hwm' | 'anon' | 'file', number> {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
  return { rss: field('VmRSS'), hwm: field('VmHWM'), anon: field('RssAnon'), file: field('RssFile') };
}
const show = (m: ReturnType<typeof memory>) => `${m.rss.toFixed(1)} (anon ${m.anon.toFixed(1)}, file ${m.file.toFixed(1)}, peak ${m.hwm.toFixed(1)})`;

/** nodeArgs undefined: the bin as users start it (its own #! node options). */
interface Candidate { label: string; nodeArgs?: string[]; env: Record<string, string> }
function parse(spec: string): Candidate {
  if (!spec.includes('=')) return { label: spec, env: {} };
  const [label, rest = ''] = spec.split(/=(.*)/s);
  const [args = '', ...envs] = rest.split(';');
  return {
    label: label!,
    nodeArgs: args.split(/\s+/).filter(Boolean),
    env: Object.fromEntries(envs.filter(Boolean).map((e) => e.split(/=(.*)/s).slice(0, 2) as [string, string])),
  };
}

async function probe(candidate: Candidate) {
  const client = await startClient({}, { nodeArgs: candidate.nodeArgs, env: candidate.env });
  await sleep(300);
  const initial = memory(client.process.pid!);
  await Promise.all(
    texts.map((text, i) => {
      const uri = `file:///probe/${i}.vn.md`;
      client.open(uri, text);
      return client.nextDiagnostics(uri, 1);
    }),
  );
  await sleep(500);
  const open = memory(client.process.pid!);
  await client.stop();
  return { initial, open };
}

async function main() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 2;
  const specs = args.length ? args : ['shipped', 'no-options=', 'semi1=--max-semi-space-size=1'];
  const candidates = specs.map(parse);
  const results = new Map<string, number[]>();
  for (let run = 0; run < runs; run++) {
    for (const candidate of candidates) {
      const { initial, open } = await probe(candidate);
      results.set(candidate.label, [...(results.get(candidate.label) ?? []), open.rss]);
      console.log(`${candidate.label.padEnd(16)} [${candidate.nodeArgs?.join(' ') ?? 'the bin as shipped'}${Object.keys(candidate.env).length ? ' ' + JSON.stringify(candidate.env) : ''}] after initialize ${show(initial)}; 50 open ${show(open)} MB`);
    }
  }
  console.log('\nmedian RSS with 50 open:');
  for (const [label, values] of results) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`  ${label.padEnd(16)} ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(1)} MB  (${sorted.map((v) => v.toFixed(1)).join(', ')})`);
  }
  process.exit(0);
}
void main();
