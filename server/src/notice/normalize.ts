/**
 * Normalisation used to compare headings, labels and openers with the
 * template (rule book §3.1): case-folded, NFC, ’ = ', dashes equal, runs of
 * spaces and NBSP collapsed.
 */

const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/g;
const SPACES = /[\s\u00A0\u202F\u2007\u200B]+/g;

/** Anything fold() must do more than trim and lower-case for: non-ASCII, controls, double spaces, backticks. */
const NEEDS_FOLDING = /[^\x21-\x7e ]|  |`/;
const FOLD_CACHE_LIMIT = 20_000;
let foldCache = new Map<string, string>();

export function fold(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text.trim().toLowerCase();
  // The parser folds the same short lines on every keystroke: remember them.
  if (text.length > 300) return foldUncached(text);
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldUncached(text);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache = new Map();
    foldCache.set(text, folded);
  }
  return folded;
}

function foldUncached(text: string): string {
  return text
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

/** Fold and drop accents: for forgiving matches ("Education" = "Éducation" typed without accent). */
export function foldLoose(text: string): string {
  return fold(text).normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * Strips heading markup: ATX `#`, wrapping `**`/`__`, numbering ("1. "),
 * a trailing ":" or "." — and returns the offsets of what is left inside the line.
 */
export function stripHeadingMarkup(line: string): { text: string; start: number; end: number; atx: boolean } {
  let start = 0;
  let end = line.length;
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00A0' || c === '\u202F';
  const trim = () => {
    while (start < end && isSpace(line[start])) start++;
    while (end > start && isSpace(line[end - 1])) end--;
  };
  trim();
  let atx = false;
  const hashes = /^#{1,6}(?=[ \t]|$)/.exec(line.slice(start, end));
  if (hashes) {
    atx = true;
    start += hashes[0].length;
    // closing sequence "## Heading ##"
    const closing = /[ \t]#+$/.exec(line.slice(start, end));
    if (closing) end -= closing[0].length;
    trim();
  }
  const numbering = /^(?:\d{1,2}|[IVX]{1,4})[.)][ \t\u00A0]+/.exec(line.slice(start, end));
  if (numbering) {
    start += numbering[0].length;
    trim();
  }
  for (const mark of ['**', '__']) {
    const inner = line.slice(start, end);
    if (inner.startsWith(mark) && inner.length > 4) {
      const close = inner.lastIndexOf(mark);
      if (close > 1) {
        // "**Education**", "**Education:**" or "**Education**:"
        const after = inner.slice(close + 2);
        if (/^[\s\u00A0]*[:.]?[\s\u00A0]*$/.test(after)) {
          end = start + close;
          start += 2;
          trim();
        }
      }
    }
  }
  if (end > start && (line[end - 1] === ':' || line[end - 1] === '.')) {
    end--;
    trim();
  }
  return { text: line.slice(start, end), start, end, atx };
}
