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
    // copies: a slice of a document would keep the whole document alive in the cache
    folded = ownCopy(folded);
    foldCache.set(ownCopy(text), folded);
  }
  return folded;
}

/** The string as its own copy, not a slice of a longer one (V8 keeps the parent of a slice of 13+ characters). */
export function ownCopy(text: string): string {
  return text.length > 12 ? (' ' + text).slice(1) : text;
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
 *
 * Why it is written this way (speed only, called for every line): no closures (each call created two), and each
 * pattern is tried only when the first character it needs is there.
 */
export function stripHeadingMarkup(line: string): { text: string; start: number; end: number; atx: boolean } {
  let start = skipSpaces(line, 0, line.length);
  let end = trimSpacesEnd(line, start, line.length);
  let atx = false;
  const hashes = line.charCodeAt(start) === 35 /* # */ && start < end ? /^#{1,6}(?=[ \t]|$)/.exec(line.slice(start, end)) : null;
  if (hashes) {
    atx = true;
    start += hashes[0].length;
    // closing sequence "## Heading ##"
    const closing = line.charCodeAt(end - 1) === 35 && end > start ? /[ \t]#+$/.exec(line.slice(start, end)) : null;
    if (closing) end -= closing[0].length;
    start = skipSpaces(line, start, end);
    end = trimSpacesEnd(line, start, end);
  }
  const first = line.charCodeAt(start);
  const numbering =
    start < end && ((first >= 48 && first <= 57) || first === 73 || first === 86 || first === 88) /* digit, I, V, X */
      ? /^(?:\d{1,2}|[IVX]{1,4})[.)][ \t\u00A0]+/.exec(line.slice(start, end))
      : null;
  if (numbering) {
    start += numbering[0].length;
    start = skipSpaces(line, start, end);
    end = trimSpacesEnd(line, start, end);
  }
  for (const mark of ['**', '__']) {
    if (end - start > 4 && line.startsWith(mark, start)) {
      const inner = line.slice(start, end);
      const close = inner.lastIndexOf(mark);
      if (close > 1) {
        // "**Education**", "**Education:**" or "**Education**:"
        const after = inner.slice(close + 2);
        if (/^[\s\u00A0]*[:.]?[\s\u00A0]*$/.test(after)) {
          end = start + close;
          start += 2;
          start = skipSpaces(line, start, end);
          end = trimSpacesEnd(line, start, end);
        }
      }
    }
  }
  if (end > start && (line[end - 1] === ':' || line[end - 1] === '.')) {
    end--;
    start = skipSpaces(line, start, end);
    end = trimSpacesEnd(line, start, end);
  }
  return { text: line.slice(start, end), start, end, atx };
}

function isMarkupSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
}
function skipSpaces(line: string, start: number, end: number): number {
  while (start < end && isMarkupSpace(line.charCodeAt(start))) start++;
  return start;
}
function trimSpacesEnd(line: string, start: number, end: number): number {
  while (end > start && isMarkupSpace(line.charCodeAt(end - 1))) end--;
  return end;
}
