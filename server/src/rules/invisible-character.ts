/**
 * `invisible-character` · warning
 *
 * Characters that show nothing but change the text: zero-width spaces and
 * joiners, a byte-order mark inside the text, soft hyphens, bidirectional
 * controls, and stray control characters (C0, and C1 ones that no code page
 * explains; C1 characters that windows-1252 explains are `mojibake`). They
 * break search, copy-paste and matching of headings and labels.
 *
 * ok:      "Référence du poste␣: 17281" (U+00A0 is French typography, not invisible)
 * ok:      "👩‍💻" (U+200D joins the emoji)
 * not ok:  "Pro\u200Bgramme Officer" → "Invisible zero-width space (U+200B)."
 * not ok:  "coordi\u00ADnation" → "Invisible soft hyphen (U+00AD) inside a word."
 * not ok:  "budget\u0081" → "Stray control character U+0081."
 *
 * Fix (auto): delete the characters. On a line that `job-board-noise`
 * deletes, the fix is left to that rule.
 */
import { findMojibake, insideSpans } from '../text/mojibake.js';
import { noiseLines } from '../text/noise.js';
import { defineRule } from './rule.js';
import { noiseDeletionActive } from './mojibake.js';
import { lineIndexAt } from '../notice/lines.js';

/** Invisible characters, with their names. C0/C1 controls are handled apart. */
const NAMES: Record<number, string> = {
  0x00ad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x061c: 'Arabic letter mark',
  0x115f: 'Hangul choseong filler',
  0x1160: 'Hangul jungseong filler',
  0x17b4: 'Khmer vowel inherent AQ',
  0x17b5: 'Khmer vowel inherent AA',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x3164: 'Hangul filler',
  0xfeff: 'byte-order mark',
  0xffa0: 'halfwidth Hangul filler',
  0xfff9: 'interlinear annotation anchor',
  0xfffa: 'interlinear annotation separator',
  0xfffb: 'interlinear annotation terminator',
};

const RE_CANDIDATE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\ufff9-\ufffb]+/g;
/**
 * Why a table and a prefilter instead of RE_CANDIDATE itself: V8 runs RE_CANDIDATE's long class at ≈ 9 ns a
 * character, and a notice almost never holds a candidate. MAY_BE_CANDIDATE covers the same characters with a few
 * ranges (and some rare others: Greek to Thai, "€", surrogates), which V8 scans at ≈ 1 ns a character; each of its
 * matches is then checked in the table built from RE_CANDIDATE. A JavaScript loop over the table was as fast with
 * the optimising compiler, and 20 times slower without it, as the language server runs (BENCHMARKS.md).
 */
const IS_CANDIDATE = candidateTable();
export const MAY_BE_CANDIDATE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f-\u200f\u202a-\uffff]/g;
function candidateTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  // the class of RE_CANDIDATE is a list of \uXXXX and \uXXXX-\uXXXX: read it (0.1 ms) rather than test 65,536 characters (6 ms)
  const body = RE_CANDIDATE.source.slice(1, RE_CANDIDATE.source.lastIndexOf(']'));
  const token = /\\u([0-9a-fA-F]{4})(?:-\\u([0-9a-fA-F]{4}))?/gy;
  let read = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    table.fill(1, parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16) + 1);
    read = token.lastIndex;
  }
  if (read === body.length && RE_CANDIDATE.source.endsWith(']+')) return table;
  // the class was written some other way: test every code unit
  table.fill(0);
  for (let code = 0; code < 0x10000; code++) {
    RE_CANDIDATE.lastIndex = 0;
    if (RE_CANDIDATE.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
}
/** The index of the first candidate at or after `from`, or -1. */
function nextCandidate(text: string, from: number): number {
  MAY_BE_CANDIDATE.lastIndex = from;
  while (MAY_BE_CANDIDATE.test(text)) {
    const at = MAY_BE_CANDIDATE.lastIndex - 1;
    if (IS_CANDIDATE[text.charCodeAt(at)] === 1) return at;
  }
  return -1;
}
/** Whether code unit `code` is one of RE_CANDIDATE's characters. */
export function isCandidate(code: number): boolean {
  return IS_CANDIDATE[code] === 1;
}
const RE_PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{1F1E6}-\u{1F1FF}]/u;
const RE_LETTER = /\p{L}/u;
const RE_LATIN = /\p{Script=Latin}/u;

export default defineRule(
  {
    id: 'invisible-character',
    severity: 'warning',
    fixable: 'auto',
    type: 'layout',
    description: 'Invisible characters (zero-width spaces, soft hyphens, stray control characters) inside the text.',
  },
  ({ tree, options, report }) => {
    const { text, lineStarts, language } = tree.data;
    const first = nextCandidate(text, 0);
    if (first === -1) return;
    const mojibake = findMojibake(text);
    const deleted = noiseDeletionActive(options) ? noiseLines(text, lineStarts, language) : undefined;
    const inMojibake = (i: number) => insideSpans(mojibake, i);
    // each maximal run of candidates [runFrom, runTo) (what RE_CANDIDATE matches)
    for (let runFrom = first; runFrom !== -1; ) {
      let runTo = runFrom + 1;
      while (runTo < text.length && IS_CANDIDATE[text.charCodeAt(runTo)] === 1) runTo++;
      // Split the run where a character is legitimate or belongs to a mojibake span.
      let runStart = -1;
      const names: string[] = [];
      const flush = (end: number) => {
        if (runStart < 0) return;
        const line = lineIndexAt(lineStarts, runStart);
        const onNoiseLine = !!deleted && (deleted.get(line)?.category ?? 5) <= 4;
        const unique = [...new Set(names)];
        report({
          message: `${unique.length === 1 ? capitalise(unique[0]) : `Invisible characters (${unique.join(', ')})`}${end - runStart > 1 && unique.length === 1 ? ` ×${end - runStart}` : ''}: delete ${end - runStart > 1 ? 'them' : 'it'}.`,
          start: runStart,
          end,
          ...(onNoiseLine ? {} : { fix: { range: [runStart, end] as [number, number], text: '' } }),
        });
        runStart = -1;
        names.length = 0;
      };
      for (let i = runFrom; i < runTo; i++) {
        const name = describe(text, i);
        if (!name || inMojibake(i)) {
          flush(i);
          continue;
        }
        if (runStart < 0) runStart = i;
        names.push(name);
      }
      flush(runTo);
      runFrom = nextCandidate(text, runTo);
    }
  },
);

/** The name of the invisible character at i, or undefined when it is legitimate there. */
function describe(text: string, i: number): string | undefined {
  const c = text.charCodeAt(i);
  if (c === 0xfeff && i === 0) return undefined; // a BOM at the start is the file's, not the text's
  if (c === 0x200d) {
    // Joins emoji ("👩‍💻") and Indic conjuncts.
    const before = text.codePointAt(i - 2) ?? 0;
    const prev = before >= 0x10000 ? String.fromCodePoint(before) : text[i - 1] ?? '';
    const next = String.fromCodePoint(text.codePointAt(i + 1) ?? 0x20);
    if (RE_PICTOGRAPH.test(prev) || prev === '\ufe0f' || RE_PICTOGRAPH.test(next)) return undefined;
    if (isNonLatinLetter(prev) && isNonLatinLetter(next)) return undefined;
    return 'invisible zero-width joiner (U+200D)';
  }
  if (c === 0x200c) {
    // Needed in Persian, Indic and other scripts.
    if (isNonLatinLetter(text[i - 1]) || isNonLatinLetter(text[i + 1])) return undefined;
  }
  if (c === 0x00ad) {
    const inside = RE_LETTER.test(text[i - 1] ?? '') && RE_LETTER.test(text[i + 1] ?? '');
    return inside ? 'invisible soft hyphen (U+00AD) inside a word' : 'invisible soft hyphen (U+00AD)';
  }
  const hex = c.toString(16).toUpperCase().padStart(4, '0');
  if (c < 0x20 || c === 0x7f) return `stray control character U+${hex}`;
  if (c >= 0x80 && c <= 0x9f) return `stray C1 control character U+${hex}`;
  const name = NAMES[c];
  return name ? `invisible ${name} (U+${hex})` : undefined;
}

function isNonLatinLetter(ch: string | undefined): boolean {
  return !!ch && RE_LETTER.test(ch) && !RE_LATIN.test(ch);
}

function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

