/**
 * Fuzzing inputs made from real notices: random deletions, duplications,
 * encoding damage (UTF-8 bytes re-decoded as windows-1252/1250/874), binary
 * noise, huge documents, very long lines and deeply nested lists. Shared by
 * the bounded test (test/unit/fuzz.test.ts) and the soak (`npm run fuzz`,
 * bench/fuzz.ts). Deterministic for a given PRNG.
 */
import iconv from 'iconv-lite';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Rng } from './corpus.js';

export const ROOT = path.resolve(__dirname, '..');

/** The real notices: the five seeds and the samples. */
export function realNotices(): string[] {
  const seeds = path.join(ROOT, 'test', 'fixtures', 'seeds');
  const samples = path.join(ROOT, 'samples');
  return [
    ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(seeds, f), 'utf8')),
    ...readdirSync(samples).sort().map((f) => readFileSync(path.join(samples, f), 'utf8')),
  ];
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)]!;

export const ENCODINGS = ['windows-1252', 'windows-1250', 'windows-874'] as const;

/** Re-decodes the UTF-8 bytes of `text` (or a slice of it) as a single-byte code page: classic mojibake. */
export function misdecode(text: string, encoding: string, from = 0, to = text.length): string {
  return text.slice(0, from) + iconv.decode(Buffer.from(text.slice(from, to), 'utf8'), encoding) + text.slice(to);
}

export type Mutator = (text: string, rng: Rng) => string;

/** The small mutations, applied 1–5 at a time. */
export const MUTATORS: Record<string, Mutator> = {
  delete(text, rng) {
    const start = int(rng, text.length + 1);
    const length = rng() < 0.7 ? int(rng, 40) : int(rng, Math.max(1, text.length / 4));
    return text.slice(0, start) + text.slice(start + length);
  },
  duplicate(text, rng) {
    const start = int(rng, text.length + 1);
    const piece = text.slice(start, start + (rng() < 0.7 ? int(rng, 200) : int(rng, Math.max(1, text.length / 2))));
    const at = int(rng, text.length + 1);
    return text.slice(0, at) + piece.repeat(1 + int(rng, 3)) + text.slice(at);
  },
  encoding(text, rng) {
    const encoding = pick(rng, ENCODINGS);
    if (rng() < 0.3) return misdecode(text, encoding);
    const from = int(rng, text.length + 1);
    return misdecode(text, encoding, from, from + int(rng, 2000));
  },
  doubleEncoding(text, rng) {
    const encoding = pick(rng, ENCODINGS);
    return misdecode(misdecode(text, encoding), pick(rng, ENCODINGS));
  },
  binary(text, rng) {
    // random code units: controls, NUL, lone surrogates, U+FFFD, BOMs, private use
    const noise = Array.from({ length: 1 + int(rng, 64) }, () => {
      const r = rng();
      if (r < 0.4) return String.fromCharCode(int(rng, 256));
      if (r < 0.55) return String.fromCharCode(0xd800 + int(rng, 0x800));
      if (r < 0.7) return pick(rng, ['\uFFFD', '\uFEFF', '\u0000', '\u200B', '\u00AD', '\u2028', '\u2029', '\r', '\n', '\t']);
      return String.fromCharCode(int(rng, 0x10000));
    }).join('');
    const at = int(rng, text.length + 1);
    return text.slice(0, at) + noise + text.slice(at);
  },
  lineEndings(text, rng) {
    const eol = pick(rng, ['\r\n', '\r', '\n', '\u2028', '\n\n\n']);
    return text.replace(/\r\n|\r|\n/g, () => (rng() < 0.5 ? eol : '\n'));
  },
  shuffleLines(text, rng) {
    const lines = text.split('\n');
    for (let k = 0; k < 1 + int(rng, 10); k++) {
      const i = int(rng, lines.length);
      const j = int(rng, lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return lines.join('\n');
  },
  markup(text, rng) {
    const lines = text.split('\n');
    const i = int(rng, lines.length);
    lines[i] = pick(rng, ['## ', '**', '1. ', '  - ', '> ', '<!-- vnlint-disable -->', '<!-- vnlint-disable-next-line missing-section -->', '| a | b |', '```']) + lines[i];
    return lines.join('\n');
  },
};

/** A real notice with 1–5 small mutations. */
export function mutated(base: string, rng: Rng, maxLength = 40_000): { text: string; ops: string[] } {
  const names = Object.keys(MUTATORS);
  const ops: string[] = [];
  let text = base;
  for (let k = 0, n = 1 + int(rng, 5); k < n; k++) {
    const name = pick(rng, names);
    ops.push(name);
    // re-decoding and duplication grow the text; keep it notice-sized (the big inputs are separate cases)
    text = MUTATORS[name]!(text, rng).slice(0, Math.max(maxLength, base.length));
  }
  return { text, ops };
}

/** Grows `base` to `bytes` UTF-16 code units by repetition (a huge document). */
export function huge(base: string, units: number): string {
  return base.repeat(Math.ceil(units / base.length)).slice(0, units);
}

/** The big, adversarial inputs, by name (`units` is about the size in UTF-16 code units). */
export function bigCases(notices: string[], units = { doc: 5_000_000, line: 1_000_000 }): Array<{ name: string; make: () => string }> {
  const [en, , , fr] = notices;
  const sentence = 'Established in 1951, IOM is a Related Organization of the United Nations. ';
  return [
    { name: `document of ${units.doc / 1e6} M chars (real notices repeated)`, make: () => huge(`${en}\n\n${fr}\n\n`, units.doc) },
    { name: `document of ${units.doc / 1e6} M chars (mojibake, windows-1252)`, make: () => misdecode(huge(fr!, units.doc / 2), 'windows-1252') },
    { name: `line of ${units.line / 1e6} M chars (prose)`, make: () => `${en!.slice(0, 2000)}\n${huge(sentence, units.line)}\n${en!.slice(2000, 4000)}` },
    { name: `line of ${units.line / 1e6} M chars (one letter)`, make: () => 'a'.repeat(units.line) },
    { name: `line of ${units.line / 1e6} M chars (spaces and NBSP)`, make: () => ' \u00A0'.repeat(units.line / 2) + 'x' },
    { name: `line of ${units.line / 1e6} M chars (run-in headings)`, make: () => huge('Lorem ipsum. Education Experience: ', units.line) },
    { name: `line of ${units.line / 1e6} M chars (list markers)`, make: () => huge('1. - • a) ', units.line) },
    { name: `line of ${units.line / 1e6} M chars (mojibake pairs)`, make: () => huge('Ã©Ã¨â€™RĂ©', units.line) },
    { name: `line of ${units.line / 1e6} M chars (digits and years)`, make: () => huge('seven (7) years 2025 P-4 ', units.line) },
    {
      name: 'lists nested 2,000 levels deep',
      make: () => Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}${['-', '1.', '*', 'a)', '•'][i % 5]} item ${i}`).join('\n'),
    },
    { name: '20,000 one-item lists', make: () => Array.from({ length: 20000 }, (_, i) => `${i % 3 ? '' : '\n'}${i + 1}. Responsibilities`).join('\n') },
    { name: '50,000 heading lines', make: () => Array.from({ length: 50000 }, (_, i) => ['Education', '## Experience', '**Values:**', 'Introduction', 'Context'][i % 5]).join('\n\n') },
    { name: '100,000 blank lines', make: () => `${en}${'\n'.repeat(100000)}${fr}` },
  ];
}

let noticeCache: string[] | undefined;

/**
 * Fuzz case number `index` of a run seeded `seed`, reproducible on its own:
 * 65% a random slice (200–4,000 chars) of a real notice, mutated; 25% a whole
 * real notice, mutated; 10% a generated notice (bench/corpus.ts), mutated.
 */
export function fuzzCase(index: number, seed: number, generate: (rng: Rng) => string): { text: string; label: string } {
  const notices = (noticeCache ??= realNotices());
  // mix the index into the seed (an odd multiplier keeps neighbouring cases apart)
  let state = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  const rng: Rng = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const kind = rng();
  let base: string;
  let origin: string;
  if (kind < 0.65) {
    const n = int(rng, notices.length);
    const notice = notices[n]!;
    const start = int(rng, notice.length);
    base = notice.slice(start, start + 200 + int(rng, 3800));
    origin = `slice of notice ${n}`;
  } else if (kind < 0.9) {
    const n = int(rng, notices.length);
    base = notices[n]!;
    origin = `notice ${n}`;
  } else {
    base = generate(rng);
    origin = 'generated notice';
  }
  const { text, ops } = mutated(base, rng);
  return { text, label: `${origin} + ${ops.join('+')}` };
}
