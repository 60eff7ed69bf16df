/**
 * `job-board-noise` · error (category 5: info)
 *
 * Lines that a job board added to a notice it reposted (rule book §5):
 * 1. styled "mathematical" letters (𝗗𝗶𝘀𝗰𝗼𝘃𝗲𝗿), or their mojibake [S002:31,33];
 * 2. emoji-led promotions: "📲 Reçois les offres en temps réel !" [S003:3];
 * 3. messaging-channel ads: "Abonne-toi à notre chaîne WhatsApp." [S003:4];
 * 4. whole chrome lines: "Recommended for you" [S002:61], "Loading" [S003:159],
 *    "Laisser un commentaire" [S003:166], "Tags: …" [S002:3], "POSTULER ICI" [S004:117];
 * 5. (info) job-board titles ("IOM RECRUTE … H/F" [S003:1]) and relabelled
 *    chrome ("Description de l'emploi" [S004:11]).
 * Styled letters inside a line of real text are reported on their own.
 *
 * ok:      "Pour postuler, cliquez sur le lien suivant : https://…oraclecloud.com/…" [S003:157]
 * ok:      "- [link](#)" [S000:95]
 * not ok:  "Rejoins notre chaîne Telegram." → "Job-board noise (messaging-channel ad): delete the line."
 * not ok:  "The 𝗱𝗲𝗮𝗱𝗹𝗶𝗻𝗲 is …" → "Styled letters “𝗱𝗲𝗮𝗱𝗹𝗶𝗻𝗲” should be plain: “deadline”."
 *
 * Fix (auto, categories 1–4): delete the line and one blank line next to it,
 * when the line stands between blank lines (so paragraphs stay apart). A run
 * of noise lines is treated as one block. The file's last line ending (or its
 * absence) is kept. Styled letters in real text: replace them with plain
 * letters. Category 5 has no fix.
 */
import { noiseLines, plainStyledLetters, STYLED_RUN, type NoiseClass } from '../text/noise.js';
import type { Fix } from '../engine/types.js';
import { defineRule } from './rule.js';

const CATEGORY_NAMES: Record<number, string> = {
  1: 'styled letters',
  2: 'promotion',
  3: 'channel ad',
  4: 'page furniture',
};

export default defineRule(
  {
    id: 'job-board-noise',
    severity: 'error',
    fixable: 'auto',
    type: 'problem',
    description: 'Lines a job board added (ads, page furniture, styled letters) that are not part of the notice.',
  },
  ({ tree, report }) => {
    const { text, lineStarts, language } = tree.data;
    const classes = noiseLines(text, lineStarts, language);
    const fixes = planDeletions(text, lineStarts, classes);
    for (const [line, found] of classes) {
      const { start, end } = lineSpan(text, lineStarts, line);
      const from = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
      if (found.category === 5) {
        report({ message: `Probably added by a job board (${found.reason}); not part of the notice.`, start: from, end, severity: 'info' });
        continue;
      }
      const fix = fixes.get(line);
      report({
        message: `Job-board noise (${CATEGORY_NAMES[found.category]}: ${found.reason}); delete the line.`,
        start: from,
        end,
        ...(fix ? { fix } : {}),
      });
    }
    // Styled letters inside real text.
    // (styled letters are U+1D400–U+1D7FF, whose high surrogate is U+D835; includes() is a native search, several
    // times faster than a regular expression over a whole notice)
    if (!text.includes('\ud835')) return;
    for (let line = 0; line < lineStarts.length; line++) {
      if (classes.has(line)) continue;
      const { start, end } = lineSpan(text, lineStarts, line);
      const content = text.slice(start, end);
      if (!content.includes('\ud835')) continue;
      for (const m of content.matchAll(STYLED_RUN)) {
        const plain = plainStyledLetters(m[0]);
        report({
          message: `Styled letters “${m[0]}” should be plain: “${plain}”.`,
          start: start + m.index!,
          end: start + m.index! + m[0].length,
          fix: { range: [start + m.index!, start + m.index! + m[0].length], text: plain },
        });
      }
    }
  },
);

/** A line's content range (without its line ending). */
function lineSpan(text: string, lineStarts: readonly number[], line: number): { start: number; end: number; next: number } {
  const start = lineStarts[line];
  const next = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  let end = next;
  if (end > start && text[end - 1] === '\n') end--;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end, next };
}

/**
 * The deletion fix of every noise line of categories 1–4. Fixes never overlap:
 * each deleted line belongs to one finding, and a finding's lines are adjacent.
 */
export function planDeletions(text: string, lineStarts: readonly number[], classes: Map<number, NoiseClass>): Map<number, Fix> {
  // A text ending with a line break has no real last line after it.
  const count = lineStarts.length > 1 && lineStarts[lineStarts.length - 1] === text.length ? lineStarts.length - 1 : lineStarts.length;
  const isNoise = (i: number) => (classes.get(i)?.category ?? 5) <= 4;
  const blank = (i: number) => {
    const { start, end } = lineSpan(text, lineStarts, i);
    return /^[ \t\u00a0]*$/.test(text.slice(start, end));
  };
  const owner = new Map<number, number>(); // deleted line → the noise line whose fix deletes it
  for (let i = 0; i < count; i++) if (isNoise(i)) owner.set(i, i);
  if (owner.size === 0) return new Map();

  // Blocks of consecutive noise lines: delete one blank line too when the block stands between blanks.
  for (let a = 0; a < count; ) {
    if (!isNoise(a)) {
      a++;
      continue;
    }
    let b = a;
    while (b + 1 < count && isNoise(b + 1)) b++;
    let prev = a - 1;
    while (prev >= 0 && owner.has(prev)) prev--;
    const next = b + 1;
    const prevBlank = prev < 0 || blank(prev);
    const nextBlank = next >= count || blank(next);
    if (prevBlank && nextBlank) {
      if (next < count) owner.set(next, b);
      else if (prev >= 0 && prev === a - 1) owner.set(prev, a);
    }
    a = b + 1;
  }

  // The last line has no line ending: a block reaching it takes the line ending before it instead.
  const lastHasBreak = count < lineStarts.length || /[\r\n]$/.test(text);
  let tail = -1;
  if (!lastHasBreak && owner.has(count - 1)) {
    tail = count - 1;
    while (tail - 1 >= 0 && owner.has(tail - 1)) tail--;
    // Keep no dangling blank line at the end: it would become a final line break.
    if (tail - 1 >= 0 && blank(tail - 1) && !owner.has(tail - 1)) {
      owner.set(tail - 1, owner.get(tail)!);
      tail--;
    }
  }
  // Length of the line break that ends just before `offset`.
  const breakBefore = (offset: number) => (offset >= 2 && text[offset - 2] === '\r' && text[offset - 1] === '\n' ? 2 : offset >= 1 ? 1 : 0);
  const ranges = new Map<number, [number, number]>();
  for (const [line, noise] of owner) {
    const { start, next } = lineSpan(text, lineStarts, line);
    let piece: [number, number] = [start, next];
    if (tail > 0 && line >= tail) piece = [start - breakBefore(start), line === count - 1 ? text.length : next - breakBefore(next)];
    const range = ranges.get(noise);
    ranges.set(noise, range ? [Math.min(range[0], piece[0]), Math.max(range[1], piece[1])] : piece);
  }
  const fixes = new Map<number, Fix>();
  for (const [line, range] of ranges) fixes.set(line, { range, text: '' });
  return fixes;
}
