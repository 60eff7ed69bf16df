/**
 * Profiles lint() on one generated notice for `node --cpu-prof` and prints
 * the hottest functions (self time) by file:line, from the .cpuprofile.
 *
 *   node --import tsx bench/profile.ts [--bytes 20480] [--runs 300] [--parse-only] [--case N --seed S]
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../server/src/engine/lint.js';
import { parseNotice } from '../server/src/notice/parse.js';
import { generateNotice, noticeOfSize } from './corpus.js';
import { fuzzCase } from './mutations.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback);
const bytes = Number(option('bytes', '20480'));
const runs = Number(option('runs', '300'));
const parseOnly = args.includes('--parse-only');
// --case N: a fuzz case (bench/mutations.ts fuzzCase, seed --seed) instead of a generated notice
const text = args.includes('--case')
  ? fuzzCase(Number(option('case', '0')), Number(option('seed', '1')), (rng) => generateNotice(rng).text).text
  : noticeOfSize(bytes, 20, option('lang', 'en') as 'en');
const work = () => (parseOnly ? parseNotice(text) : lint(text));
for (let i = 0; i < Math.min(20, runs); i++) work();

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }

const session = new Session();
session.connect();
session.post('Profiler.enable', () => {
  session.post('Profiler.setSamplingInterval', { interval: 100 }, () => {
    session.post('Profiler.start', () => {
      for (let i = 0; i < runs; i++) work();
      session.post('Profiler.stop', (error, result) => {
        if (error) throw error;
        const profile = result.profile as unknown as { nodes: Node[] };
        const out = path.resolve(option('out', '/tmp/vnlint.cpuprofile'));
        writeFileSync(out, JSON.stringify(result.profile));
        const self = new Map<string, number>();
        let total = 0;
        for (const node of profile.nodes) {
          const frame = node.callFrame;
          const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/work\/main\//, '').replace(/^file:\/\//, '')}:${frame.lineNumber + 1}`;
          self.set(key, (self.get(key) ?? 0) + node.hitCount);
          total += node.hitCount;
        }
        const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(option('top', '25')));
        console.log(`${parseOnly ? 'parseNotice' : 'lint'} on ${text.length} chars × ${runs}; self time share (profile: ${out})`);
        for (const [key, hits] of top) console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
      });
    });
  });
});
