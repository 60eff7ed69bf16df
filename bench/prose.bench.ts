/**
 * Cost of the prose rules (repeated-word, quote-style, french-spacing,
 * indefinite-article, inclusive-title, gendered-wording).
 *
 *   node --import tsx bench/prose.bench.ts [N]
 *
 * Lints a 20 KB notice (seed text concatenated) N times with all rules and
 * with the prose rules off (`config.rules[id] = 'off'`), and prints the
 * median and p95 of each and their ratio, in three situations:
 *   - cold:   the prose cache is emptied before every run (a file opened for the first time);
 *   - typing: one character changes in one paragraph between runs (the editor case:
 *             unchanged paragraphs hit the text-keyed prose cache);
 *   - same:   the same text again (a re-lint without change).
 * Runs with and without the prose rules are interleaved, so that the load of
 * the machine weighs on both alike. Then the prose rules ALONE on an already
 * parsed tree (parse excluded): their own cost per lint, in the same three
 * situations, and the cold cost of each rule alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../server/src/engine/index.js';
import { clearProseCache } from '../server/src/notice/prose.js';
import { parseNotice } from '../server/src/notice/parse.js';
import { RULES } from '../server/src/rules/index.js';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VnlintConfig } from '../server/src/engine/types.js';

const PROSE_RULES = ['repeated-word', 'quote-style', 'french-spacing', 'indefinite-article', 'inclusive-title', 'gendered-wording'];
const N = Number(process.argv[2] ?? 200);
const SIZE = 20_000;

const seedsDir = path.join(__dirname, '..', 'test', 'fixtures', 'seeds');
const seed = (id: string) => readFileSync(path.join(seedsDir, readdirSync(seedsDir).find((name) => name.startsWith(`${id}_`))!), 'utf8');

/** About SIZE characters of seed text, cut at a line end. */
function notice(ids: string[]): string {
  let text = '';
  for (const id of ids) text += (text ? '\n\n' : '') + seed(id);
  while (text.length < SIZE) text += '\n\n' + text;
  const cut = text.lastIndexOf('\n', SIZE);
  return text.slice(0, cut > 0 ? cut : SIZE);
}

const ALL: VnlintConfig = {};
const OFF: VnlintConfig = { rules: Object.fromEntries(PROSE_RULES.map((id) => [id, 'off' as const])) };

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/** Variants of the text with one character changed in a different paragraph each time. */
function typingVariants(text: string, count: number): string[] {
  const spots: number[] = [];
  const re = /\n\n(?=[A-Za-zÀ-ÿ])/g;
  for (const match of text.matchAll(re)) spots.push(match.index! + 2 + 3);
  const variants: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = spots[i % spots.length];
    const letter = String.fromCharCode(97 + (i % 26));
    variants.push(text.slice(0, at) + letter + text.slice(at));
  }
  return variants;
}

/** Interleaved: one run of each config per text, so both see the same machine load. */
function measurePair(texts: string[], cold: boolean): { all: { median: number; p95: number }; off: { median: number; p95: number } } {
  for (let i = 0; i < 10; i++) {
    lint(texts[i % texts.length], { config: ALL });
    lint(texts[i % texts.length], { config: OFF });
  }
  const all: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (cold) clearProseCache();
    let start = performance.now();
    lint(texts[i], { config: ALL });
    all.push(performance.now() - start);
    start = performance.now();
    lint(texts[i], { config: OFF });
    off.push(performance.now() - start);
  }
  return { all: stats(all), off: stats(off) };
}

const proseProcessor = (ids: string[]) => {
  const processor = unified();
  for (const rule of RULES) if (ids.includes(rule.meta.id)) processor.use(rule.plugin as never, [1, {}]);
  return processor;
};

/** The prose rules alone on a freshly parsed tree (the parse is not timed). */
function measureRules(texts: string[], cold: boolean, ids: string[] = PROSE_RULES): { median: number; p95: number } {
  const processor = proseProcessor(ids);
  const samples: number[] = [];
  for (let i = -10; i < texts.length; i++) {
    const text = texts[Math.max(0, i)];
    const tree = parseNotice(text);
    const file = new VFile({ value: text });
    if (cold) clearProseCache();
    const start = performance.now();
    processor.runSync(tree as never, file);
    if (i >= 0) samples.push(performance.now() - start);
  }
  return stats(samples);
}

const fmt = (value: number) => value.toFixed(2).padStart(7);

for (const [name, ids] of [
  ['EN (seeds 000+001)', ['000', '001']],
  ['FR (seeds 003+004)', ['003', '004']],
] as const) {
  const text = notice([...ids]);
  console.log(`\n${name}: ${text.length} chars, N=${N}`);
  console.log('situation   all rules (median / p95 ms)   prose off (median / p95 ms)   ratio (median / p95)');
  const situations = ['cold', 'typing', 'same'] as const;
  const textsOf = (situation: (typeof situations)[number]) => (situation === 'typing' ? typingVariants(text, N) : Array.from({ length: N }, () => text));
  for (const situation of situations) {
    const { all, off } = measurePair(textsOf(situation), situation === 'cold');
    console.log(
      `${situation.padEnd(10)} ${fmt(all.median)} / ${fmt(all.p95)}             ${fmt(off.median)} / ${fmt(off.p95)}             ${(all.median / off.median).toFixed(2)} / ${(all.p95 / off.p95).toFixed(2)}`,
    );
  }
  console.log('prose rules alone on a parsed tree (median / p95 ms):');
  for (const situation of situations) {
    const alone = measureRules(textsOf(situation), situation === 'cold');
    console.log(`  ${situation.padEnd(8)} ${fmt(alone.median)} / ${fmt(alone.p95)}`);
  }
  const texts = Array.from({ length: Math.max(20, Math.floor(N / 4)) }, () => text);
  const parts = PROSE_RULES.map((id) => `${id} ${measureRules(texts, true, [id]).median.toFixed(2)}`);
  console.log(`  cold, each rule alone (median ms): ${parts.join(', ')}`);
}
