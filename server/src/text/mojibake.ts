/**
 * Mojibake: UTF-8 text that was decoded with the wrong single-byte code page
 * (rule book §7). This module finds the damaged spans, names the code page,
 * and repairs them when the bytes can be recovered.
 *
 * How it works (§7.2):
 * - **Tables.** Each candidate code page is a table char → byte built from
 *   iconv-lite, made "sloppy" the way real decoders are: a byte the page leaves
 *   undefined in 0x80–0x9F shows as U+0080–U+009F, and for windows-874 also as
 *   its windows-1252 character. C1 characters also map to their own byte, so a
 *   Latin-1 reading is covered by the windows-1252 table.
 * - **Units.** A unit is a lead character (byte C2–F4) followed by the
 *   continuation characters (bytes 80–BF) that make a well-formed UTF-8
 *   sequence. Units are found per page, left to right, on the raw text.
 * - **Per token, not per document.** Units in one token (or separated only by
 *   spaces) form a stretch. A stretch is accepted when one of its units is
 *   strong evidence of damage (a symbol inside a word, "Ã"/"Â" before a
 *   continuation, an upper-case lead after a lower-case letter, a 3–4 byte
 *   sequence with symbols, …) and every decoded character is plausible.
 *   Weaker stretches are accepted only when the same line has a strong one of
 *   the same page. Legitimate text (§7.3) never has strong evidence.
 * - **Fixed point.** The repaired text is scanned again around each repair,
 *   which undoes double and triple encoding.
 * - **Lossy runs.** A U+FFFD, an ASCII "?" standing for a lost byte, or (for
 *   windows-874) missing continuation bytes make a unit lossy: it is reported,
 *   but `repaired` is undefined; `bestEffort` shows U+FFFD for the lost bytes.
 * - **C1 characters** left over (windows-1252 text read as Latin-1, e.g.
 *   U+0092 for ’) are repaired as windows-1252, or as Mac OS Roman inside a
 *   word where windows-1252 would give punctuation ("tur\x92stico").
 *
 * Everything here is pure and synchronous. A cheap scan rejects clean text
 * before any work: ASCII text returns at once, and other text costs one pass
 * with two table look-ups per non-ASCII character.
 */
import iconv from 'iconv-lite';
import { lineIndexAt } from '../notice/lines.js';

export interface MojibakeSpan {
  /** UTF-16 offsets of the damaged run in the input. */
  start: number;
  end: number;
  /** The damaged text, `text.slice(start, end)`. */
  original: string;
  /** The repaired text; undefined when bytes were lost (the run cannot be repaired). */
  repaired?: string;
  /** The repair with U+FFFD for each lost sequence (equals `repaired` when not lossy). */
  bestEffort: string;
  /** The code page of the outermost layer: 'windows-1252', 'windows-1250', 'latin-1', … */
  encoding: string;
  /** Every layer's code page, outermost first (double encoding has two). */
  encodings: string[];
  /** Number of decoding layers undone (double encoding = 2). */
  layers: number;
  /** True when bytes were lost: no definite repair exists. */
  lossy: boolean;
  /**
   * `utf8`: UTF-8 read as a single-byte page; `c1`: a single-byte page read
   * as Latin-1 (C1 control characters such as U+0092 for ’).
   */
  kind: 'utf8' | 'c1';
}

// ---------------------------------------------------------------------------
// Code-page tables

interface Page {
  name: string;
  bit: number;
  /** char code → byte, -1 when the page cannot encode it. */
  byteOf: Int16Array;
  /** Char codes of leads that are strong evidence on their own ("Ã", "Â"). */
  hot: Set<number>;
  /** Symbol leads (char codes) that are evidence when they touch a letter (MacRoman "√", cp437 "┬"). */
  hotSymbols: (c: number) => boolean;
  /** Name used when a unit contains C1 characters (ISO-8859 reading). */
  c1Name?: string;
  /** Only these lead bytes are used (windows-874, §7.3 Thai text). */
  leadBytes?: Set<number>;
  /** Altered NBSP (ASCII space for byte A0) is plausible on this page. */
  altered: boolean;
  /** Missing continuation bytes leave no trace (windows-874 drops undefined bytes). */
  dropsBytes: boolean;
}

const FFFD = 0xfffd;

function decodeAll(iconvName: string): string[] {
  const bytes = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) bytes[i] = i;
  const decoded = iconv.decode(bytes, iconvName);
  const chars = Array.from(decoded);
  if (chars.length !== 256) throw new Error(`unexpected table size for ${iconvName}`);
  return chars;
}

const NO_SYMBOLS = () => false;

function buildPage(
  name: string,
  iconvName: string,
  bit: number,
  options: {
    sloppyFrom?: string;
    c1?: boolean;
    c1Name?: string;
    hot?: string;
    hotSymbols?: (c: number) => boolean;
    leadBytes?: number[];
    altered?: boolean;
    dropsBytes?: boolean;
    extra?: Array<[string, number]>;
  } = {},
): Page {
  const table = decodeAll(iconvName);
  const fallback = options.sloppyFrom ? decodeAll(options.sloppyFrom) : undefined;
  const byteOf = new Int16Array(65536).fill(-1);
  for (let b = 0; b < 0x80; b++) byteOf[b] = b;
  for (let b = 0x80; b < 256; b++) {
    let ch = table[b];
    if (ch === '\ufffd') {
      const alt = fallback?.[b];
      if (alt && alt !== '\ufffd') {
        if (byteOf[alt.charCodeAt(0)] === -1) byteOf[alt.charCodeAt(0)] = b;
      }
      if (b < 0xa0) ch = String.fromCharCode(b);
      else continue;
    }
    if (ch.length === 1 && byteOf[ch.charCodeAt(0)] === -1) byteOf[ch.charCodeAt(0)] = b;
  }
  if (options.c1) {
    for (let b = 0x80; b < 0xa0; b++) if (byteOf[b] === -1) byteOf[b] = b;
  }
  for (const [ch, b] of options.extra ?? []) if (byteOf[ch.charCodeAt(0)] === -1) byteOf[ch.charCodeAt(0)] = b;
  return {
    name,
    bit,
    byteOf,
    hot: new Set(Array.from(options.hot ?? '', (ch) => ch.charCodeAt(0))),
    hotSymbols: options.hotSymbols ?? NO_SYMBOLS,
    c1Name: options.c1Name,
    leadBytes: options.leadBytes ? new Set(options.leadBytes) : undefined,
    altered: options.altered ?? false,
    dropsBytes: options.dropsBytes ?? false,
  };
}

const isBoxDrawing = (c: number) => c >= 0x2500 && c <= 0x259f;
const MAC_HOT_SYMBOLS = new Set(Array.from('√ƒ≈∆◊¬', (ch) => ch.charCodeAt(0)));

/** Candidate pages, in order of preference (§7.2.3). */
const PAGES: Page[] = [
  buildPage('windows-1252', 'windows1252', 0, { c1: true, c1Name: 'latin-1', hot: 'ÃÂ', altered: true }),
  buildPage('windows-1250', 'windows1250', 1, { c1: true, c1Name: 'iso-8859-2', hot: 'Â', altered: true }),
  buildPage('iso-8859-2', 'iso88592', 2, { hot: 'Â', altered: true }),
  buildPage('windows-1251', 'windows1251', 3, { c1: true, altered: true }),
  buildPage('windows-1257', 'windows1257', 4, { c1: true, altered: true }),
  buildPage('windows-874', 'windows874', 5, {
    sloppyFrom: 'windows1252',
    c1: true,
    // ย ร … ฯ (C2–CF), โ (E2), ๏ (EF), ๐ (F0): §7.1, §7.3 "Thai text".
    leadBytes: [...Array.from({ length: 14 }, (_, i) => 0xc2 + i), 0xe2, 0xef, 0xf0],
    dropsBytes: true,
  }),
  buildPage('macroman', 'macintosh', 6, { hotSymbols: (c) => MAC_HOT_SYMBOLS.has(c), extra: [['€', 0xdb]] }),
  buildPage('cp437', 'cp437', 7, { hotSymbols: isBoxDrawing }),
];

const PAGE_BY_NAME = new Map(PAGES.map((page) => [page.name, page]));
const WINDOWS_1252 = PAGES[0];

/** Per char code: bit set of pages where it is a usable lead / a continuation. */
const LEAD_MASK = new Uint8Array(65536);
const CONT_MASK = new Uint8Array(65536);
/** Leads that may be followed by an ASCII space standing for byte A0 ("Ã ", "Â ", "â €"). */
const ALTERED_LEAD_MASK = new Uint8Array(65536);
for (const page of PAGES) {
  for (let c = 0x80; c < 65536; c++) {
    const b = page.byteOf[c];
    if (b >= 0xc2 && b <= 0xf4 && (!page.leadBytes || page.leadBytes.has(b))) {
      LEAD_MASK[c] |= 1 << page.bit;
      if (page.altered && alteredAllowed(b, 0)) ALTERED_LEAD_MASK[c] |= 1 << page.bit;
    } else if (b >= 0x80 && b <= 0xbf) CONT_MASK[c] |= 1 << page.bit;
  }
}

/** Whether a unit of one of the pages in `mask` may start at a lead followed by char code n. */
function gateOpen(mask: number, lead: number, n: number): boolean {
  if (n < 0) return false;
  if ((CONT_MASK[n] & mask) !== 0 || n === FFFD || n === 0x3f) return true;
  return n === 0x20 && (ALTERED_LEAD_MASK[lead] & mask) !== 0;
}

// ---------------------------------------------------------------------------
// Character classes

const RE_LETTER = /\p{L}/u;
const RE_UPPER = /\p{Lu}/u;
const RE_LOWER = /\p{Ll}/u;
const RE_UNASSIGNED = /\p{Cn}/u;
const RE_LATIN = /\p{Script=Latin}/u;

const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const LOWER = 8;
/**
 * Classes of each UTF-16 code unit (KNOWN | LETTER | UPPER | LOWER), filled
 * from the regexes on first use: a megabyte of mojibake asks about a million
 * characters, and a table look-up needs no one-character string.
 */
const CLASS_OF = new Uint8Array(65536);

function classOfUnit(c: number): number {
  let k = CLASS_OF[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (RE_LETTER.test(ch) ? LETTER : 0) | (RE_UPPER.test(ch) ? UPPER : 0) | (RE_LOWER.test(ch) ? LOWER : 0);
    CLASS_OF[c] = k;
  }
  return k;
}
/** Classes of a code point; -1 (no character) has none. */
function classOf(cp: number): number {
  if (cp < 0) return KNOWN;
  if (cp <= 0xffff) return classOfUnit(cp);
  const ch = String.fromCodePoint(cp);
  return KNOWN | (RE_LETTER.test(ch) ? LETTER : 0) | (RE_UPPER.test(ch) ? UPPER : 0) | (RE_LOWER.test(ch) ? LOWER : 0);
}
const isLetterCp = (cp: number) => (classOf(cp) & LETTER) !== 0;
const isUpperCp = (cp: number) => (classOf(cp) & UPPER) !== 0;
const isLowerCp = (cp: number) => (classOf(cp) & LOWER) !== 0;

/** Class test on a string: its first code unit, or the regex on the whole string (a surrogate pair). */
function stringHas(ch: string | undefined, bit: number, re: RegExp): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80 || ch.length === 1) return (classOfUnit(c) & bit) !== 0;
  return re.test(ch);
}
function isLetter(ch: string | undefined): boolean {
  return stringHas(ch, LETTER, RE_LETTER);
}
function isUpper(ch: string | undefined): boolean {
  return stringHas(ch, UPPER, RE_UPPER);
}
function isLower(ch: string | undefined): boolean {
  return stringHas(ch, LOWER, RE_LOWER);
}
function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === '' || isWhite(ch.charCodeAt(0));
}
/** isSpace for a code point; -1 (no character: the text's edge) counts as space. */
function isSpaceCp(cp: number): boolean {
  return cp < 0 || isWhite(cp);
}
/** JavaScript's \s, for one UTF-16 code unit. */
function isWhite(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The code point before offset i (handles surrogate pairs), as a string. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}
function charAt(text: string, i: number): string {
  if (i >= text.length) return '';
  const cp = text.codePointAt(i)!;
  return String.fromCodePoint(cp);
}
/** charBefore as a code point; -1 at the start of the text. */
function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
  }
  return c;
}
/** charAt as a code point; -1 at the end of the text. */
function codePointAt(text: string, i: number): number {
  return i >= text.length ? -1 : text.codePointAt(i)!;
}

/** Letters of EN/FR/ES (and DE/PT/IT): preferred repairs (§7.2.3). */
const TIER_A = new Set(Array.from('àâäçéèêëîïôöùûüÿœæñáíóúßãõìòÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÑÁÍÓÚÃÕÌÒ', (ch) => ch.codePointAt(0)!));

/** Latin Extended-A letters that no text we lint would carry (Maltese, Sami, archaic). */
const RARE_EXT_A = new Set([0x120, 0x121, 0x126, 0x127, 0x128, 0x129, 0x12c, 0x12d, 0x132, 0x133, 0x138, 0x13f, 0x140, 0x149, 0x14a, 0x14b, 0x14e, 0x14f, 0x166, 0x167, 0x168, 0x169, 0x17f]);
const EXT_B_OK = new Set([0x18f, 0x192, 0x1a0, 0x1a1, 0x1af, 0x1b0, 0x1e6, 0x1e7, 0x259]);

/** Whether a decoded code point is something real text carries (§7.2.2 "accept only"). */
function plausible(cp: number): boolean {
  if (cp === FFFD) return true;
  if (cp < 0xa0) return false; // ASCII cannot come out of a multi-byte unit; C0/C1 controls are not text
  if (cp <= 0xff) return true;
  if (cp <= 0x17f) return !RARE_EXT_A.has(cp);
  if (cp <= 0x24f) return EXT_B_OK.has(cp) || (cp >= 0x1c4 && cp <= 0x1dc) || (cp >= 0x218 && cp <= 0x21b);
  if (cp <= 0x2af) return cp === 0x259;
  if (cp <= 0x2ff) return (cp >= 0x2c6 && cp <= 0x2dd) || cp === 0x2bb || cp === 0x2bc;
  if (cp <= 0x36f) return cp <= 0x33f; // combining marks: only from windows-1252 "Ì"/"Í" (see evaluate)
  if (cp <= 0x3ff) return cp >= 0x384 && !(cp >= 0x3e2 && cp <= 0x3ef) && assigned(cp);
  if (cp <= 0x4ff) return cp <= 0x45f || cp === 0x490 || cp === 0x491;
  if (cp <= 0x5cf) return false; // Cyrillic supplement, Armenian, Hebrew points
  if (cp <= 0x5ff) return (cp >= 0x5d0 && cp <= 0x5ea) || (cp >= 0x5f0 && cp <= 0x5f4);
  if (cp <= 0x6ff)
    return cp === 0x60c || cp === 0x61b || cp === 0x61f || (cp >= 0x621 && cp <= 0x63a) || (cp >= 0x640 && cp <= 0x652) || (cp >= 0x660 && cp <= 0x669) || (cp >= 0x670 && cp <= 0x6d3) || (cp >= 0x6f0 && cp <= 0x6f9);
  if (cp < 0x900) return false;
  if (cp <= 0xdff) return assigned(cp); // Indic scripts
  if (cp <= 0xe7f) return assigned(cp); // Thai
  if (cp < 0x1e00) return false;
  if (cp <= 0x1eff) return true; // Latin Extended Additional (Vietnamese)
  if (cp < 0x2000) return false;
  if (cp <= 0x206f) return !(cp >= 0x202a && cp <= 0x202e) && !(cp >= 0x2061 && cp <= 0x206f) && assigned(cp);
  if (cp <= 0x20c0) return assigned(cp); // super/subscripts, currency
  if (cp < 0x2100) return false;
  if (cp <= 0x2bff) return !(cp >= 0x2400 && cp <= 0x245f) && assigned(cp);
  if (cp < 0x3000) return false;
  if (cp <= 0x30ff) return assigned(cp);
  if (cp < 0x3200) return false;
  if (cp <= 0x33ff) return assigned(cp);
  if (cp < 0x4e00) return false;
  if (cp <= 0x9fff) return true;
  if (cp < 0xac00) return false;
  if (cp <= 0xd7a3) return true;
  if (cp < 0xfb00) return false;
  if (cp <= 0xfb06) return true;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return true;
  if (cp === 0xfeff) return true;
  if (cp >= 0xff00 && cp <= 0xffef) return assigned(cp);
  if (cp >= 0x1d400 && cp <= 0x1d7ff) return assigned(cp);
  if (cp >= 0x1f000 && cp <= 0x1faff) return assigned(cp);
  if (cp >= 0xe0020 && cp <= 0xe007f) return true;
  return false;
}

function assigned(cp: number): boolean {
  return !RE_UNASSIGNED.test(String.fromCodePoint(cp));
}

type Script = 'latin' | 'greek' | 'other' | 'cyrillic' | 'hebrew' | 'arabic' | 'thai' | 'indic' | 'cjk' | 'hangul';

/** Script of a decoded letter; undefined for non-letters. */
function scriptOf(ch: string): Script | undefined {
  return scriptOfCp(ch.codePointAt(0)!);
}
function scriptOfCp(cp: number): Script | undefined {
  if (!isLetterCp(cp)) return undefined;
  if (cp < 0x250 || RE_LATIN.test(String.fromCodePoint(cp))) return 'latin'; // with µ ª º
  if (cp >= 0x370 && cp <= 0x3ff) return 'greek';
  if (cp >= 0x400 && cp <= 0x4ff) return 'cyrillic';
  if (cp >= 0x590 && cp <= 0x5ff) return 'hebrew';
  if (cp >= 0x600 && cp <= 0x6ff) return 'arabic';
  if (cp >= 0xe00 && cp <= 0xe7f) return 'thai';
  if (cp >= 0x900 && cp <= 0xdff) return 'indic';
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x4e00 && cp <= 0x9fff)) return 'cjk';
  if (cp >= 0xac00 && cp <= 0xd7a3) return 'hangul';
  return 'other';
}

/** Continuations that follow a word naturally (a closing mark, a trademark): weak evidence at a word end. */
const NATURAL_AFTER_WORD = new Set(Array.from('’”»…™®©¿¡–—°²³¹ªº·‰†‡•´¨˜ˆ“‘«›', (ch) => ch.charCodeAt(0)));

// ---------------------------------------------------------------------------
// Units

const LOST = -1;

/** Bytes were lost (U+FFFD, "?", or missing continuations). */
const LOSSY = 1;
/** Missing continuation bytes with no trace left. */
const TRUNCATED = 2;
/** Uses an ASCII space for byte A0. */
const ALTERED = 4;
/** Uses an ASCII "?" for a lost byte. */
const QUESTION = 8;
/** Uses U+FFFD for a lost byte. */
const REPLACEMENT = 16;
/** "Ã " read as "à " (the NBSP became a space, ftfy's "à" rule). */
const AGRAVE = 32;
/** Uses C1 characters (an ISO-8859 reading). */
const C1 = 64;

const NO_INTS = new Int32Array(0);
const NO_BYTES = new Uint8Array(0);

/**
 * Units of one page as parallel arrays (struct of arrays); a unit is an
 * index into its list. A megabyte of mojibake makes about a million units
 * that live until the layer is resolved: as objects, they were most of the
 * garbage collector's work.
 */
class UnitList {
  start: Int32Array;
  end: Int32Array;
  /** The decoded code point; FFFD for a lossy unit. */
  cp: Int32Array;
  /** LOSSY | TRUNCATED | ALTERED | QUESTION | REPLACEMENT | AGRAVE | C1. */
  flags: Uint8Array;
  length = 0;

  /** Empty, with no memory yet: most pages find no unit in a notice. */
  constructor() {
    this.start = NO_INTS;
    this.end = NO_INTS;
    this.cp = NO_INTS;
    this.flags = NO_BYTES;
  }

  push(start: number, end: number, cp: number, flags: number): void {
    if (this.length === this.start.length) this.grow();
    const n = this.length++;
    this.start[n] = start;
    this.end[n] = end;
    this.cp[n] = cp;
    this.flags[n] = flags;
  }

  private grow(): void {
    const capacity = Math.max(16, 2 * this.length);
    const start = new Int32Array(capacity);
    const end = new Int32Array(capacity);
    const cp = new Int32Array(capacity);
    const flags = new Uint8Array(capacity);
    start.set(this.start.subarray(0, this.length));
    end.set(this.end.subarray(0, this.length));
    cp.set(this.cp.subarray(0, this.length));
    flags.set(this.flags.subarray(0, this.length));
    this.start = start;
    this.end = end;
    this.cp = cp;
    this.flags = flags;
  }

  has(n: number, flag: number): boolean {
    return (this.flags[n] & flag) !== 0;
  }

  /** Units [a, b), sharing this list's memory (a push to it copies first: it is full). */
  slice(a: number, b: number): UnitList {
    if (a === 0 && b === this.length) return this;
    const view = new UnitList();
    view.start = this.start.subarray(a, b);
    view.end = this.end.subarray(a, b);
    view.cp = this.cp.subarray(a, b);
    view.flags = this.flags.subarray(a, b);
    view.length = b - a;
    return view;
  }

  /** The units n for which keep(n) holds, as a new list. */
  filter(keep: (n: number) => boolean): UnitList {
    const out = new UnitList();
    for (let n = 0; n < this.length; n++) if (keep(n)) out.push(this.start[n], this.end[n], this.cp[n], this.flags[n]);
    return out;
  }

  some(test: (n: number) => boolean): boolean {
    for (let n = 0; n < this.length; n++) if (test(n)) return true;
    return false;
  }
}

const NO_UNITS = new UnitList();

/** Scratch for parseUnit's bytes (a sequence has at most 4); read before parseUnit recurses. */
const UNIT_BYTES = new Int32Array(4);

/** parseUnit's result, one scratch record rather than an object per unit: read it before the next call. */
const PARSED = { end: 0, cp: 0, flags: 0 };

function found(end: number, cp: number, flags: number): true {
  PARSED.end = end;
  PARSED.cp = cp;
  PARSED.flags = flags;
  return true;
}

/** Parses a unit of `page` at i into PARSED; false when there is none. */
function parseUnit(text: string, i: number, page: Page, limit: number, allowLow = false): boolean {
  const lead = page.byteOf[text.charCodeAt(i)];
  if (lead < 0xc2 || lead > 0xf4) return false;
  const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
  // the bytes go to a scratch buffer, not a new array: this runs for every candidate character of the text
  const bytes = UNIT_BYTES;
  bytes[0] = lead;
  let count = 1;
  let allLost = true;
  let j = i + 1;
  let altered = false;
  let question = false;
  let replacement = false;
  let c1 = false;
  let truncated = false;
  for (let k = 0; k < need; k++) {
    if (j >= limit) {
      truncated = true;
      break;
    }
    const ch = text.charCodeAt(j);
    const b = page.byteOf[ch];
    let lo = 0x80;
    let hi = 0xbf;
    if (k === 0 && !page.dropsBytes) {
      if (lead === 0xe0) lo = 0xa0;
      else if (lead === 0xf0) lo = 0x90;
      else if (lead === 0xf4) hi = 0x8f;
    }
    if (b >= lo && b <= hi) {
      if (ch >= 0x80 && ch <= 0x9f) c1 = true;
      bytes[count++] = b;
      allLost = false;
      j++;
      continue;
    }
    if (ch === FFFD && !page.dropsBytes) {
      bytes[count++] = LOST;
      replacement = true;
      j++;
      continue;
    }
    if (ch === 0x20 && page.altered && lo <= 0xa0 && alteredAllowed(lead, k)) {
      bytes[count++] = 0xa0;
      allLost = false;
      altered = true;
      j++;
      continue;
    }
    if (ch === 0x3f && !page.dropsBytes && (k > 0 || need === 1 || lead === 0xe2)) {
      bytes[count++] = LOST;
      question = true;
      j++;
      continue;
    }
    truncated = true;
    break;
  }
  // "Ã " for "à": the NBSP of C3 A0 became an ASCII space (ftfy's rule).
  if (lead === 0xc3 && count === 2 && bytes[1] === 0xa0 && altered && page.altered && page.bit <= 3) {
    const rest = text.slice(j, j + 6);
    const consume = /^( |quel[ae]|quilo|s )/.test(rest);
    return found(consume ? j : i + 1, 0xe0, ALTERED | AGRAVE);
  }
  const marks = (altered ? ALTERED : 0) | (question ? QUESTION : 0) | (replacement ? REPLACEMENT : 0) | (c1 ? C1 : 0);
  if (truncated) {
    if (altered || count === 1) return false; // an altered space must complete a sequence
    return found(j, FFFD, LOSSY | TRUNCATED | marks);
  }
  if (question || replacement) {
    if (allLost && question && !replacement && need > 1) return false;
    return found(j, FFFD, LOSSY | marks);
  }
  let cp = decodeUtf8(count, lead, bytes[1], bytes[2], bytes[3]);
  if (cp < 0) {
    // Truncated or invalid: windows-874 drops undefined bytes, so a broken sequence is a lossy one there.
    if (page.dropsBytes) return found(j, FFFD, LOSSY | TRUNCATED | marks);
    return false;
  }
  if (cp >= 0xd800 && cp <= 0xdbff) {
    // CESU-8: a surrogate pair encoded as two 3-byte sequences.
    if (!parseUnit(text, j, page, limit, true)) return false;
    const low = PARSED;
    if ((low.flags & LOSSY) !== 0 || low.cp < 0xdc00 || low.cp > 0xdfff) return false;
    cp = 0x10000 + ((cp - 0xd800) << 10) + (low.cp - 0xdc00);
    return found(low.end, cp, marks | (low.flags & (ALTERED | C1)));
  }
  if (cp >= 0xdc00 && cp <= 0xdfff && !allowLow) return false;
  return found(j, cp, marks);
}

/** Where ftfy's "altered UTF-8" allows an ASCII space for byte A0. */
function alteredAllowed(lead: number, k: number): boolean {
  if (lead < 0xe0) return k === 0 && (lead === 0xc2 || lead === 0xc3 || lead === 0xc5 || lead === 0xce || lead === 0xd0 || lead === 0xd9);
  if (lead <= 0xe3) return k <= 1;
  return lead === 0xf0;
}

/** Strict UTF-8 decoding of one sequence (surrogates allowed for CESU-8); -1 when invalid. */
function decodeUtf8(length: number, b0: number, b1: number, b2: number, b3: number): number {
  if (length === 2) return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  if (length === 3) {
    if (b0 === 0xe0 && b1 < 0xa0) return -1;
    return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  }
  if (length === 4) {
    if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 > 0x8f)) return -1;
    return ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Stretches and evidence

interface Stretch {
  page: Page;
  units: UnitList;
  start: number;
  end: number;
}

interface Verdict {
  stretch: Stretch;
  /** The units that are repaired (truncated non-874 units are dropped). */
  units: UnitList;
  strong: boolean;
  /** Sum of commonness of decoded characters (tie-breaker between pages). */
  commonness: number;
  line: number;
}

/**
 * The non-ASCII code units, where scanUnits must look. Why: a notice is 98 % ASCII, and V8's regular-expression
 * engine skips to them about twice as fast as a loop over every character (BENCHMARKS.md).
 */
const SCAN_POSITIONS = /[^\u0000-\u007f]/g;

/**
 * Units of one page in [from, to): greedy, left to right. Returns whether [from, to) holds a C1 character
 * (U+0080–U+009F), which c1Edits needs to know.
 */
function scanUnits(text: string, from: number, to: number, pagesMask: number, out: UnitList[]): boolean {
  const nextFree = new Int32Array(PAGES.length).fill(from);
  let sawC1 = false;
  // (the window plus the character after it, which gateOpen reads; a bounded string, so that a small window of a
  // long text is not searched to the text's end)
  const scanned = from === 0 && to >= text.length ? text : text.slice(from, Math.min(to + 1, text.length));
  const limit = to - from;
  SCAN_POSITIONS.lastIndex = 0;
  while (SCAN_POSITIONS.test(scanned)) {
    const at = SCAN_POSITIONS.lastIndex - 1;
    if (at >= limit) break;
    const i = from + at;
    const c = text.charCodeAt(i);
    if (c <= 0x9f) sawC1 = true;
    const mask = LEAD_MASK[c] & pagesMask;
    if (mask === 0) continue;
    const n = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (!gateOpen(mask, c, n)) continue;
    for (const page of PAGES) {
      if (!(mask & (1 << page.bit)) || i < nextFree[page.bit]) continue;
      if (parseUnit(text, i, page, text.length)) {
        out[page.bit].push(i, PARSED.end, PARSED.cp, PARSED.flags);
        nextFree[page.bit] = PARSED.end;
      }
    }
  }
  return sawC1;
}

/** Whether the gap [from, to) joins two units: only spaces, tabs and NBSPs, or no whitespace at all. */
function mergeable(text: string, from: number, to: number): boolean {
  let white = false;
  let other = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) other = true;
    if (isWhite(c)) white = true;
    if (white && other) return false;
  }
  return true;
}

/** Stretches of one page's units (in text order); each is a view on a slice of `units`. */
function toStretches(units: UnitList, text: string, page: Page): Stretch[] {
  const stretches: Stretch[] = [];
  let first = 0;
  for (let n = 1; n <= units.length; n++) {
    // (adjacent units, the usual case, need no look at the gap)
    if (n < units.length) {
      const gapStart = units.end[n - 1];
      const gapEnd = units.start[n];
      if (gapEnd >= gapStart && (gapEnd === gapStart || mergeable(text, gapStart, gapEnd))) continue;
    }
    stretches.push({ page, units: units.slice(first, n), start: units.start[first], end: units.end[n - 1] });
    first = n;
  }
  return stretches;
}

/** Token bounds around [start, end): runs of non-whitespace. */
/**
 * The whitespace-delimited token around [start, end), looking at most
 * MAX_TOKEN_REACH characters to each side: words are shorter, and an
 * unbounded scan made a megabyte without spaces quadratic (minutes).
 */
const MAX_TOKEN_REACH = 80;

function tokenBounds(text: string, start: number, end: number): [number, number] {
  const floor = Math.max(0, start - MAX_TOKEN_REACH);
  const ceiling = Math.min(text.length, end + MAX_TOKEN_REACH);
  let a = start;
  while (a > floor && !isWhite(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < ceiling && !isWhite(text.charCodeAt(b))) b++;
  return [a, b];
}

/**
 * A stretch of text known to hold no whitespace, so that the units of a
 * megabyte without spaces do not each rescan the same 160 characters.
 */
let knownRunText: string | undefined;
let knownRunStart = 0;
let knownRunEnd = 0;

/** True when [start − MAX_TOKEN_REACH, end + MAX_TOKEN_REACH) lies inside one run without whitespace: no word is that long. */
function overlongToken(text: string, start: number, end: number): boolean {
  const from = start - MAX_TOKEN_REACH;
  const to = end + MAX_TOKEN_REACH;
  if (from < 0 || to > text.length) return false;
  if (text !== knownRunText || from < knownRunStart || to > knownRunEnd) {
    if (text !== knownRunText || from < knownRunStart || from > knownRunEnd) {
      for (let i = from; i < end; i++) if (isWhite(text.charCodeAt(i))) return false;
      knownRunText = text;
      knownRunStart = from;
      knownRunEnd = end;
    }
    // learn ahead: the following units of the run are answered from here
    const limit = Math.min(text.length, Math.max(to, knownRunEnd + 4096));
    let i = knownRunEnd;
    while (i < limit && !isWhite(text.charCodeAt(i))) i++;
    knownRunEnd = i;
    if (to > knownRunEnd) return false;
  }
  return true;
}

/**
 * True when the token around the unit [start, end), outside it and outside
 * the `others` units, is written in capitals (≥2 letters, all upper case).
 */
function allCapsToken(text: string, start: number, end: number, others: UnitList = NO_UNITS): boolean {
  // a "token" reaching past MAX_TOKEN_REACH on both sides is no word, hence no word in capitals
  if (overlongToken(text, start, end)) return false;
  const [a, b] = tokenBounds(text, start, end);
  let letters = 0;
  // index into `others` (sorted by start): the first one ending after `a`, found by bisection
  let u = 0;
  for (let hi = others.length; u < hi; ) {
    const mid = (u + hi) >> 1;
    if (others.end[mid] <= a) u = mid + 1;
    else hi = mid;
  }
  for (let k = a; k < b; k++) {
    if (k >= start && k < end) {
      k = end - 1;
      continue;
    }
    while (u < others.length && others.end[u] <= k) u++;
    if (u < others.length && others.start[u] <= k) {
      k = others.end[u] - 1;
      continue;
    }
    const classes = classOfUnit(text.charCodeAt(k));
    if ((classes & LETTER) === 0) continue;
    if ((classes & UPPER) === 0) return false;
    letters++;
  }
  return letters >= 2;
}

/** The first letter of the next word after offset i (skipping spaces, NBSP and punctuation). */
function nextWordLetter(text: string, i: number): string {
  let j = i;
  let sawSpace = false;
  while (j < text.length && j < i + 8) {
    const ch = text[j];
    if (ch === '\n') return '';
    if (/\s/.test(ch)) sawSpace = true;
    else if (isLetter(ch)) return sawSpace ? ch : '';
    else if (sawSpace && !/['’«“"(\[]/.test(ch)) return '';
    j++;
  }
  return '';
}

/** Whether unit n of `page` is strong evidence. Works on char codes: it runs for every unit of the text. */
function unitIsStrong(text: string, units: UnitList, n: number, page: Page): boolean {
  if (page.dropsBytes) return true; // windows-874: Thai context is checked on the stretch
  if (units.has(n, ALTERED | QUESTION | TRUNCATED)) return false;
  if (units.has(n, REPLACEMENT)) return true; // a U+FFFD inside a sequence is damage already
  const start = units.start[n];
  const end = units.end[n];
  const lead = text.charCodeAt(start);
  const prev = codePointBefore(text, start);
  const next = codePointAt(text, end);
  const decoded = units.cp[n];
  const caseAnomaly = isUpperCp(lead) && isLowerCp(prev);
  if (end - start >= 3) {
    for (let k = start + 1; k < end; k++) if (!isLetterCp(text.charCodeAt(k))) return true;
    return caseAnomaly;
  }
  const cont = text.charCodeAt(start + 1);
  if (!isLetterCp(lead)) {
    // A symbol lead: MacRoman "√", cp437 "┬", windows-1252 "×".
    if (!page.hotSymbols(lead)) return false;
    return isLetterCp(prev) || isLetterCp(next);
  }
  if (cont === 0x2019) return false; // an apostrophe: "Ã’s", "É’s"
  if (cont === 0xa0) {
    if (allCapsToken(text, start, end)) return false;
    if (page.hot.has(lead) || caseAnomaly) return true;
    // A capital standing alone as a word before a lower-case word: " Ă␣ la" (à).
    const openerBefore = prev === 0x27 || prev === 0x2019 || prev === 0x28; // ' ’ (
    return isUpperCp(lead) && isLowerCp(decoded) && (isSpaceCp(prev) || openerBefore) && isLower(nextWordLetter(text, end - 1));
  }
  if (caseAnomaly || page.hot.has(lead)) return true;
  if (isLetterCp(cont)) {
    // "ÄÆdomu": two capitals decoding to a lower-case letter inside a lower-case word.
    return isUpperCp(lead) && isUpperCp(cont) && isLowerCp(decoded) && isLowerCp(next);
  }
  if (isLetterCp(next)) return true; // a symbol inside a word: "Ã©t", "Î³c", "Ĺ“u"
  return !NATURAL_AFTER_WORD.has(cont);
}

function commonness(cp: number): number {
  if (TIER_A.has(cp)) return 3;
  if (!isLetterCp(cp)) return cp === FFFD ? 0 : 2;
  return 1;
}

/** Evaluates one stretch: undefined when rejected. */
function evaluate(text: string, stretch: Stretch, layer: number, changed: Array<[number, number]> | undefined, pageUnits: UnitList): Verdict | undefined {
  const page = stretch.page;
  let truncatedCount = 0;
  let lossyCount = 0;
  for (let n = 0; n < stretch.units.length; n++) {
    if (stretch.units.has(n, TRUNCATED)) truncatedCount++;
    if (stretch.units.has(n, LOSSY)) lossyCount++;
  }
  if (!page.dropsBytes && truncatedCount >= 2) return undefined; // a garble, not a decodable run
  let units = page.dropsBytes || truncatedCount === 0 ? stretch.units : stretch.units.filter((n) => !stretch.units.has(n, TRUNCATED));
  if (units.length === 0) return undefined;
  const start = units.start[0];
  const end = units.end[units.length - 1];
  const before = charBefore(text, start);
  const after = charAt(text, end);

  // windows-874: real Thai text is left alone (§7.3).
  if (page.dropsBytes && (/[\u0e00-\u0e7f]/.test(before) || /[\u0e00-\u0e7f]/.test(after))) return undefined;

  const inChanged = (list: UnitList, n: number) => !!changed && insideIntervals(changed, list.start[n], list.end[n]);
  let strong = false;
  let common = 0;
  const scripts = new Map<Script, number>();
  const all = units;
  const complete = lossyCount === 0 ? units : units.filter((n) => !all.has(n, LOSSY));
  // A stretch whose decoding still holds mojibake is an outer layer: judge the letters at the last layer.
  let intermediate = false;
  if (complete.length >= 2) intermediate = decodedMayHoldUnit(complete);
  // (code points, not strings, below: this loop runs for every unit of the text)
  for (let n = 0; n < units.length; n++) {
    if (units.has(n, LOSSY)) continue;
    const decoded = units.cp[n];
    const unitStart = units.start[n];
    if (!plausible(decoded)) {
      // A C1 character is acceptable as an intermediate layer when more decoding follows.
      if (!(decoded >= 0x80 && decoded <= 0x9f && complete.length >= 2)) return undefined;
    }
    // Combining marks come out of windows-1252 "Ì¶" ("$Ì¶6Ì¶3Ì¶"); elsewhere they are a misreading.
    if (decoded >= 0x300 && decoded <= 0x36f && page !== WINDOWS_1252 && !intermediate) return undefined;
    if (!intermediate && isLowerCp(decoded) && !units.has(n, AGRAVE) && allCapsToken(text, unitStart, units.end[n], units)) return undefined;
    const script = decoded < 0x250 ? (isLetterCp(decoded) ? 'latin' : undefined) : scriptOfCp(decoded);
    if (script) scripts.set(script, (scripts.get(script) ?? 0) + 1);
    common += commonness(decoded);
    // A capital after a small letter reads wrong: "QuiÊn", "GrÜße" (windows-1250 for ISO-8859-2 text).
    if (isUpperCp(decoded) && isLowerCp(codePointBefore(text, unitStart)) && !intermediate) common -= 3;
    if (units.has(n, AGRAVE)) {
      if (!agraveOk(text, unitStart, units.end[n])) return undefined;
      strong = true;
      continue;
    }
    if (strong) continue; // (both tests below only ever set it)
    if (layer > 1 && inChanged(units, n)) strong = true;
    else if (unitIsStrong(text, units, n, page)) strong = true;
  }
  const nonLatin = intermediate ? [] : [...scripts.keys()].filter((s) => s !== 'latin');
  if (nonLatin.length > 1) return undefined;
  if (nonLatin.length === 1 && nonLatin[0] !== 'greek' && !(layer > 1 && !units.some((n) => !inChanged(all, n)))) {
    const script = nonLatin[0];
    if (scripts.get(script) === 1) {
      // One letter of another script: only beside text of that script ("×” curves", "Brontë…”").
      const neighbours = [before, after].map((ch) => (ch ? scriptOf(ch) : undefined));
      if (!neighbours.includes(script)) return undefined;
    }
  }
  // A whole token made of units of one script: "×‘×”×•×“×¢×”", "◊ë◊î◊ï◊ì◊¢◊î".
  if (!strong && complete.length >= 2) {
    const [a, b] = tokenBounds(text, start, end);
    const rest = text.slice(a, start) + text.slice(end, b);
    const gapsLetters = units.some((n) => n > 0 && /\p{L}/u.test(text.slice(all.end[n - 1], all.start[n])));
    if (!/\p{L}/u.test(rest) && !gapsLetters && scripts.size === 1) strong = true;
  }
  // An exotic letter from a single unit in a line that already holds correct non-ASCII text
  // ("Bremer/Mccoy – DrÃ¥ber"): too ambiguous on its own.
  if (strong && complete.length === 1 && units.length === 1 && layer === 1 && complete.end[0] - complete.start[0] === 2) {
    const decoded = String.fromCodePoint(complete.cp[0]);
    const exotic = /\p{M}/u.test(decoded) || (isLetter(decoded) && scriptOf(decoded) === 'latin' && !TIER_A.has(complete.cp[0]));
    if (exotic && otherNonAscii(text, complete.start[0], complete.end[0], pageUnits)) strong = false;
  }
  // Lossy units: kept when the stretch has other evidence, or when they carry their own.
  if (lossyCount > 0) units = units.filter((n) => {
    if (!all.has(n, LOSSY)) return true;
    if (page.dropsBytes) return true;
    const uStart = all.start[n];
    const uEnd = all.end[n];
    if (all.has(n, REPLACEMENT)) return isLetter(text[uStart]) || complete.length > 0;
    // "?" for a lost byte: only beside a definite unit, or after a strong symbol ("â€?").
    const adjacent = complete.some((c) => complete.end[c] === uStart || complete.start[c] === uEnd);
    const symbolCont = Array.from(text.slice(uStart + 1, uEnd)).some((ch) => ch !== '?' && !isLetter(ch));
    return adjacent || (symbolCont && page.hot.size > 0 && text[uStart] === 'â');
  });
  if (units.length === 0) return undefined;
  const kept = units;
  if (!strong && lossyCount > 0 && kept.some((n) => kept.has(n, LOSSY) && (kept.has(n, REPLACEMENT) || (kept.has(n, QUESTION) && complete.length > 0)))) strong = true;
  stretch.units = units;
  stretch.start = units.start[0];
  stretch.end = units.end[units.length - 1];
  return { stretch, units, strong, commonness: common, line: lineOf(text, units.start[0]) };
}

/** Index of the first interval (sorted, disjoint) whose end is after `pos`. */
function firstEndingAfter(intervals: Array<[number, number]>, pos: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid][1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function overlapsIntervals(intervals: Array<[number, number]>, a: number, b: number): boolean {
  const k = firstEndingAfter(intervals, a);
  return k < intervals.length && intervals[k][0] < b;
}
function insideIntervals(intervals: Array<[number, number]>, a: number, b: number): boolean {
  const k = firstEndingAfter(intervals, a);
  return k < intervals.length && intervals[k][0] <= a && intervals[k][1] >= b;
}

/** Non-ASCII characters elsewhere on the line of the unit [start, end) (correct UTF-8 beside the candidate). */
function otherNonAscii(text: string, start: number, end: number, pageUnits: UnitList): boolean {
  // the unit's line, at most LINE_REACH characters to each side (a megabyte-long line stays linear)
  const a = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - LINE_REACH);
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  b = Math.min(b, end + LINE_REACH);
  // pageUnits are in text order: bisect to the first one ending after `a`, then walk with the scan
  let u = 0;
  for (let hi = pageUnits.length; u < hi; ) {
    const mid = (u + hi) >> 1;
    if (pageUnits.end[mid] <= a) u = mid + 1;
    else hi = mid;
  }
  for (let k = a; k < b; k++) {
    while (u < pageUnits.length && pageUnits.end[u] <= k) u++;
    if (u < pageUnits.length && pageUnits.start[u] <= k) {
      k = pageUnits.end[u] - 1;
      continue;
    }
    const c = text.charCodeAt(k);
    if (c >= 0x80 && c !== 0xa0) return true;
  }
  return false;
}
const LINE_REACH = 2000;

/** The "à" rule: "Ã" + space read as "à" (ftfy), only between lower-case words. */
function agraveOk(text: string, start: number, end: number): boolean {
  const prev = charBefore(text, start);
  if (!(isSpace(prev) || /['’(«“"]/.test(prev) || isLower(prev))) return false;
  if (isLower(prev) && prev.charCodeAt(0) >= 0x400 && prev.charCodeAt(0) <= 0x4ff) return false;
  const after = text.slice(start + 1, start + 12);
  const m = /^ +([^\s])/.exec(after) ?? (end > start + 1 ? /^ ?([^\s])/.exec(text.slice(end, end + 2)) : null);
  const letter = m?.[1];
  if (!letter || !isLower(letter) || !RE_LATIN.test(letter)) return false;
  return !allCapsToken(text, start, end);
}

// Line numbers for evidence, computed lazily per text.
let lineCacheText = '';
let lineCacheStarts: number[] = [];
function lineOf(text: string, offset: number): number {
  if (lineCacheText !== text) {
    lineCacheText = text;
    lineCacheStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCacheStarts.push(i + 1);
  }
  return lineIndexAt(lineCacheStarts, offset);
}

interface Edit {
  start: number;
  end: number;
  text: string;
  lossy: boolean;
  encoding: string;
}

/** Set by detectLayer: whether the windows it scanned hold a C1 character. */
let scannedC1 = false;

/** One decoding layer: the edits it makes, in the coordinates of `text`. */
function detectLayer(text: string, windows: Array<[number, number]>, layer: number, changed?: Array<[number, number]>): Edit[] {
  const perPage = PAGES.map(() => new UnitList());
  scannedC1 = false;
  for (const [from, to] of windows) if (scanUnits(text, from, to, 0xff, perPage)) scannedC1 = true;
  const strong: Verdict[] = [];
  const weak: Verdict[] = [];
  for (const page of PAGES) {
    const units = perPage[page.bit];
    if (units.length === 0) continue;
    for (const stretch of toStretches(units, text, page)) {
      if (changed && !stretch.units.some((n) => overlapsIntervals(changed, stretch.units.start[n], stretch.units.end[n]))) continue;
      const verdict = evaluate(text, stretch, layer, changed, units);
      if (!verdict) continue;
      (verdict.strong ? strong : weak).push(verdict);
    }
  }
  // Weak stretches need a strong one of the same page on the same line.
  const key = (v: Verdict) => v.line * 8 + v.stretch.page.bit;
  const evidence = new Map<number, number>();
  const docEvidence = new Int32Array(PAGES.length);
  for (const v of strong) {
    evidence.set(key(v), (evidence.get(key(v)) ?? 0) + v.units.length);
    docEvidence[v.stretch.page.bit] += v.units.length;
  }
  const accepted = strong.concat(weak.filter((v) => evidence.has(key(v))));
  if (accepted.length === 0) return [];

  // Overlaps between pages: keep the reading that covers more, then the more common letters,
  // then the page with more evidence on the line and in the document, then the page order.
  // (computed once per verdict: a sort compares a stretch of 300,000 units several times)
  const coverageCache = new Map<Verdict, number>();
  const coverage = (v: Verdict): number => {
    let n = coverageCache.get(v);
    if (n === undefined) {
      n = 0;
      const units = v.units;
      for (let u = 0; u < units.length; u++) n += units.end[u] - units.start[u] - (units.has(u, LOSSY) ? 0.5 : 0);
      coverageCache.set(v, n);
    }
    return n;
  };
  // How well each page reads each line: the sum of its readings' commonness there.
  const lineScore = new Map<number, number>();
  for (const v of accepted) lineScore.set(key(v), (lineScore.get(key(v)) ?? 0) + v.commonness);
  const better = (x: Verdict, y: Verdict) =>
    coverage(y) - coverage(x) ||
    (lineScore.get(key(y)) ?? 0) - (lineScore.get(key(x)) ?? 0) ||
    languageFit(y) - languageFit(x) ||
    y.commonness - x.commonness ||
    (evidence.get(key(y)) ?? 0) - (evidence.get(key(x)) ?? 0) ||
    docEvidence[y.stretch.page.bit] - docEvidence[x.stretch.page.bit] ||
    x.stretch.page.bit - y.stretch.page.bit;
  // How well the letters a page decodes on a line fit one language's alphabet (computed on demand).
  const fitCache = new Map<number, number>();
  let lettersByKey: Map<number, string[]> | undefined;
  const languageFit = (v: Verdict): number => {
    const k = key(v);
    let fit = fitCache.get(k);
    if (fit === undefined) {
      if (!lettersByKey) {
        lettersByKey = new Map();
        for (const w of accepted) {
          const list = lettersByKey.get(key(w)) ?? [];
          for (let u = 0; u < w.units.length; u++) if (!w.units.has(u, LOSSY)) list.push(String.fromCodePoint(w.units.cp[u]).toLowerCase());
          lettersByKey.set(key(w), list);
        }
      }
      fit = alphabetFit(lettersByKey.get(k) ?? []);
      fitCache.set(k, fit);
    }
    return fit;
  };
  const byStart = accepted.sort((x, y) => x.stretch.start - y.stretch.start);
  const chosen: Verdict[] = [];
  // Clusters of overlapping stretches (almost always one stretch each), resolved by rank.
  for (let n = 0; n < byStart.length; ) {
    let end = byStart[n].stretch.end;
    let m = n + 1;
    while (m < byStart.length && byStart[m].stretch.start < end) end = Math.max(end, byStart[m++].stretch.end);
    if (m === n + 1) {
      chosen.push(byStart[n]);
      n = m;
      continue;
    }
    const cluster = byStart.slice(n, m).sort(better);
    const taken: Array<[number, number]> = [];
    for (const v of cluster) {
      const a0 = v.stretch.start;
      const b0 = v.stretch.end;
      if (taken.some(([s0, e0]) => a0 < e0 && b0 > s0)) continue;
      taken.push([a0, b0]);
      chosen.push(v);
    }
    n = m;
  }

  // Edits: runs of units with the same lossiness, gaps copied verbatim.
  const edits: Edit[] = [];
  for (const v of chosen) {
    const units = v.units;
    for (let a = 0; a < units.length; ) {
      const lossy = units.has(a, LOSSY);
      let b = a + 1;
      while (b < units.length && units.has(b, LOSSY) === lossy) b++;
      edits.push(runEdit(text, v.stretch.page, units, a, b));
      a = b;
    }
  }
  edits.sort((x, y) => x.start - y.start);
  return edits;
}

/** The edit for units[a..b) (one lossiness), gaps copied verbatim. */
function runEdit(text: string, page: Page, units: UnitList, a: number, b: number): Edit {
  let out = decodedText(units, a);
  let c1 = units.has(a, C1);
  for (let n = a + 1; n < b; n++) {
    if (units.start[n] > units.end[n - 1]) out += text.slice(units.end[n - 1], units.start[n]);
    out += decodedText(units, n);
    if (units.has(n, C1)) c1 = true;
  }
  const encoding = c1 && page.c1Name ? pageNameFor(page, units.slice(a, b), text) : page.name;
  return { start: units.start[a], end: units.end[b - 1], text: out, lossy: units.has(a, LOSSY), encoding };
}

/** Name of the reading: an ISO-8859 page when the run uses C1 characters and nothing page-specific. */
function pageNameFor(page: Page, run: UnitList, text: string): string {
  if (!page.c1Name) return page.name;
  const iso = page.c1Name === 'latin-1' ? undefined : PAGE_BY_NAME.get(page.c1Name);
  for (let n = 0; n < run.length; n++) {
    for (let k = run.start[n]; k < run.end[n]; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80 && c <= 0x9f) continue;
      if (c < 0x80) continue;
      if (iso) {
        if (iso.byteOf[c] !== page.byteOf[c]) return page.name;
      } else if (page.byteOf[c] >= 0x80 && page.byteOf[c] <= 0x9f) return page.name;
    }
  }
  return page.c1Name;
}

function decodedText(units: UnitList, n: number): string {
  if (units.has(n, LOSSY)) return '\ufffd';
  if (units.cp[n] === 0xfeff) return ''; // a stray BOM ("ï»¿") is dropped
  return String.fromCodePoint(units.cp[n]); // "Ã " → "à": when the space stays, it is outside the unit
}

// ---------------------------------------------------------------------------
// C1 characters left over: a single-byte page read as Latin-1

const RE_CONTRACTION_AFTER = /^(s|t|re|ve|ll|d|m)(?![\p{L}])/u;
const RE_ELISION_BEFORE = /(?:^|[^\p{L}])(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)$/iu;

function c1Edits(text: string, covered: (i: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  const re = /[\u0080-\u009f]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let out = '';
    let encoding = 'latin-1';
    let startRun = -1;
    const flush = (end: number) => {
      if (startRun >= 0 && out) edits.push({ start: startRun, end, text: out, lossy: false, encoding });
      startRun = -1;
      out = '';
      encoding = 'latin-1';
    };
    for (let k = m.index; k < m.index + m[0].length; k++) {
      const b = text.charCodeAt(k);
      const w = cp1252Char(b);
      if (covered(k) || !w) {
        flush(k);
        continue;
      }
      let ch = w;
      // Inside a word, windows-1252 punctuation is unlikely; Mac OS Roman letters are not ("tur\x92stico").
      const prev = charBefore(text, k);
      const next = charAt(text, k + 1);
      if (m[0].length === 1 && isLower(prev) && isLower(next) && !isLetter(w) && w !== '–' && w !== '—') {
        const mac = MAC_TABLE[b];
        const apostrophe = w === '’' && (RE_CONTRACTION_AFTER.test(text.slice(k + 1, k + 4)) || RE_ELISION_BEFORE.test(text.slice(Math.max(0, k - 8), k)));
        if (!apostrophe && mac && isLower(mac)) {
          ch = mac;
          encoding = 'macroman';
        }
      }
      if (startRun < 0) startRun = k;
      out += ch;
    }
    flush(m.index + m[0].length);
  }
  return edits;
}

const CP1252_TABLE = decodeAll('windows1252');
const MAC_TABLE = decodeAll('macintosh');
function cp1252Char(b: number): string | undefined {
  const ch = CP1252_TABLE[b];
  return ch && ch !== '\ufffd' ? ch : undefined;
}

// ---------------------------------------------------------------------------
// Layers and spans

interface WorkSpan {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Current replacement text. */
  text: string;
  lossy: boolean;
  encodings: string[];
  kind: 'utf8' | 'c1';
}

const MAX_LAYERS = 4;

/** Cheap gate: only text with a non-ASCII character can hold mojibake. */
const RE_GATE = /[^\u0000-\u007f]/;

let cacheText: string | undefined;
let cacheSpans: MojibakeSpan[] = [];

/** Finds every damaged span (sorted, non-overlapping). Results for the last text are cached. */
/** True when `offset` lies inside one of `spans` (sorted by start, not overlapping), by bisection. */
export function insideSpans(spans: ReadonlyArray<{ start: number; end: number }>, offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}

export function findMojibake(text: string): MojibakeSpan[] {
  if (text === cacheText) return cacheSpans;
  const spans = compute(text);
  cacheText = text;
  cacheSpans = spans;
  return spans;
}

function compute(text: string): MojibakeSpan[] {
  if (!RE_GATE.test(text)) return [];
  const first = detectLayer(text, [[0, text.length]], 1);
  const hasC1 = scannedC1; // (the first layer scans the whole text)
  let spans: WorkSpan[] = first.map((e) => ({ start: e.start, end: e.end, text: e.text, lossy: e.lossy, encodings: [e.encoding], kind: 'utf8' as const }));

  // Further layers: scan again around each repair (double and triple encoding).
  let changedSpans = spans;
  for (let layer = 2; layer <= MAX_LAYERS && changedSpans.length > 0; layer++) {
    // Cheap check first: does any repair (with a little context) still hold a unit?
    // (Only units that start in or just before a repair can overlap it.)
    const candidates = changedSpans.filter((s) => {
      const before = text.slice(Math.max(0, s.start - 3), s.start);
      return mayHoldUnit(before + s.text + text.slice(s.end, s.end + 3), 0, before.length + s.text.length);
    });
    if (candidates.length === 0) break;
    const { current, starts } = materialize(text, spans);
    const changed: Array<[number, number]> = candidates
      .map((s): [number, number] => {
        const at = starts.get(s)!;
        return [at, at + s.text.length];
      })
      .sort((x, y) => x[0] - y[0]);
    const windows = mergeWindows(changed.map(([a, b]) => [Math.max(0, a - 3), b])).filter(([a, b]) => mayHoldUnit(current, a, b));
    if (windows.length === 0) break;
    const edits = detectLayer(current, windows, layer, changed);
    if (edits.length === 0) break;
    const result = applyEdits(text, spans, starts, edits);
    spans = result.spans;
    changedSpans = result.touched;
  }

  // C1 characters outside the spans.
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const covered = (i: number) => insideSpans(sorted, i);
  if (hasC1) for (const e of c1Edits(text, covered)) spans.push({ start: e.start, end: e.end, text: e.text, lossy: false, encodings: [e.encoding], kind: 'c1' });

  spans.sort((a, b) => a.start - b.start);
  return spans
    .filter((s) => s.text !== text.slice(s.start, s.end))
    .map((s) => ({
      start: s.start,
      end: s.end,
      original: text.slice(s.start, s.end),
      repaired: s.lossy ? undefined : s.text,
      bestEffort: s.text,
      encoding: s.encodings[0],
      encodings: s.encodings,
      layers: s.encodings.length,
      lossy: s.lossy,
      kind: s.kind,
    }));
}

/** The gate of `scanUnits`: a lead followed by a continuation (or a lost byte) of the same page. */
function mayHoldUnit(text: string, from: number, to: number): boolean {
  const stop = Math.min(to, text.length);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const mask = LEAD_MASK[c];
    if (mask === 0) continue;
    const n = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    if (gateOpen(mask, c, n)) return true;
  }
  return false;
}

/**
 * mayHoldUnit over the text the units decode to, without building it: the
 * same test on each UTF-16 code unit and the next one (astral code points
 * as their surrogate pairs).
 */
function decodedMayHoldUnit(units: UnitList): boolean {
  let previous = -1;
  for (let n = 0; n < units.length; n++) {
    const cp = units.cp[n];
    if (cp > 0xffff) {
      const high = 0xd800 + ((cp - 0x10000) >> 10);
      const low = 0xdc00 + ((cp - 0x10000) & 0x3ff);
      if (leadsUnit(previous, high) || leadsUnit(high, low)) return true;
      previous = low;
    } else {
      if (leadsUnit(previous, cp)) return true;
      previous = cp;
    }
  }
  return false;
}

/** mayHoldUnit's test on one code unit `c` followed by `n`. */
function leadsUnit(c: number, n: number): boolean {
  if (c < 0x80) return false;
  const mask = LEAD_MASK[c];
  return mask !== 0 && gateOpen(mask, c, n);
}

function mergeWindows(windows: Array<[number, number]>): Array<[number, number]> {
  windows.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const w of windows) {
    const last = out[out.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push([w[0], w[1]]);
  }
  return out;
}

/** The text with spans applied, and where each span starts in it. */
function materialize(text: string, spans: WorkSpan[]): { current: string; starts: Map<WorkSpan, number> } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = new Map<WorkSpan, number>();
  let out = '';
  let cursor = 0;
  for (const s of sorted) {
    out += text.slice(cursor, s.start);
    starts.set(s, out.length);
    out += s.text;
    cursor = s.end;
  }
  out += text.slice(cursor);
  return { current: out, starts };
}

/** Applies edits made on the materialized text; returns the new spans (original coordinates). */
function applyEdits(text: string, spans: WorkSpan[], starts: Map<WorkSpan, number>, edits: Edit[]): { spans: WorkSpan[]; touched: WorkSpan[] } {
  // Spans never overlap, so sorted by start their current [cs, ce) ranges are
  // sorted too: every lookup below is a binary search (this was O(edits × spans)).
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const cur = sorted.map((s) => ({ span: s, cs: starts.get(s)!, ce: starts.get(s)! + s.text.length }));
  /** Number of spans whose current end is <= pos (= index of the first span ending after pos). */
  const endingBy = (pos: number): number => {
    let lo = 0;
    let hi = cur.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cur[mid].ce <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Each edit grows to cover the old spans it touches; edits sharing a span form one group.
  const groups: Array<{ a: number; b: number; edits: Edit[]; first: number; last: number }> = [];
  for (const edit of [...edits].sort((x, y) => x.start - y.start)) {
    let a = edit.start;
    let b = edit.end;
    const first = endingBy(a);
    let index = first;
    for (; index < cur.length && cur[index].cs < b; index++) {
      if (cur[index].ce > a) {
        a = Math.min(a, cur[index].cs);
        b = Math.max(b, cur[index].ce);
      }
    }
    const last = groups[groups.length - 1];
    if (last && a < last.b) {
      last.b = Math.max(last.b, b);
      last.edits.push(edit);
    } else groups.push({ a, b, edits: [edit], first, last: index });
  }
  // Current offset (outside any old span, or at a span's edge) → original offset.
  const toOriginal = (pos: number, side: 'start' | 'end'): number => {
    const before = endingBy(pos);
    if (side === 'start') {
      if (before > 0 && cur[before - 1].cs === pos) return cur[before - 1].span.start; // an empty span
      if (before < cur.length && cur[before].cs === pos) return cur[before].span.start;
    } else if (before > 0 && cur[before - 1].ce === pos) {
      // the first span (in order) ending exactly here
      let index = before - 1;
      while (index > 0 && cur[index - 1].ce === pos) index--;
      return cur[index].span.end;
    }
    return before > 0 ? pos - cur[before - 1].ce + cur[before - 1].span.end : pos;
  };
  const current = materialize(text, spans).current;
  const absorbedAll = new Set<WorkSpan>();
  const added: WorkSpan[] = [];
  const touched: WorkSpan[] = [];
  for (const group of groups) {
    let out = '';
    let cursor = group.a;
    for (const edit of group.edits) {
      out += current.slice(cursor, edit.start) + edit.text;
      cursor = edit.end;
    }
    out += current.slice(cursor, group.b);
    const absorbed: WorkSpan[] = [];
    for (let index = endingBy(group.a); index < cur.length && cur[index].cs < group.b; index++) {
      if (cur[index].cs >= group.a && cur[index].ce <= group.b) absorbed.push(cur[index].span);
    }
    // an empty span sitting at group.a ends at group.a: endingBy skipped it
    for (let index = endingBy(group.a) - 1; index >= 0 && cur[index].ce === group.a && cur[index].cs >= group.a; index--) absorbed.push(cur[index].span);
    const merged: WorkSpan = {
      start: toOriginal(group.a, 'start'),
      end: toOriginal(group.b, 'end'),
      text: out,
      lossy: group.edits.some((e) => e.lossy) || absorbed.some((s) => s.lossy),
      encodings: [group.edits[0].encoding, ...dedupeLayers(absorbed)],
      kind: 'utf8',
    };
    for (const span of absorbed) absorbedAll.add(span);
    added.push(merged);
    touched.push(merged);
  }
  const result = sorted.filter((s) => !absorbedAll.has(s)).concat(added);
  result.sort((x, y) => x.start - y.start);
  return { spans: result, touched };
}

/** The inner layers of absorbed spans (the deepest chain wins). */
function dedupeLayers(absorbed: WorkSpan[]): string[] {
  let best: string[] = [];
  for (const s of absorbed) if (s.encodings.length > best.length) best = s.encodings;
  return best;
}

/**
 * Repairs every definite span. Lossy spans are kept as they are, or, with
 * `lossy: 'replace'`, replaced by their best effort (U+FFFD for lost bytes).
 */
export function repairText(text: string, options: { lossy?: 'keep' | 'replace' } = {}): string {
  const spans = findMojibake(text);
  if (spans.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    const replacement = span.repaired ?? (options.lossy === 'replace' ? span.bestEffort : undefined);
    if (replacement === undefined) continue;
    out += text.slice(cursor, span.start) + replacement;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

/** Human description of a span's reading: "UTF-8 text read as windows-1250". */
export function describeEncoding(span: Pick<MojibakeSpan, 'encodings' | 'kind'>): string {
  if (span.kind === 'c1') {
    const source = span.encodings[0] === 'macroman' ? 'Mac OS Roman' : 'windows-1252';
    return `${source} text read as latin-1`;
  }
  const layers = span.encodings;
  if (layers.length === 1) return `UTF-8 text read as ${layers[0]}`;
  if (layers.every((l) => l === layers[0])) return `UTF-8 text read as ${layers[0]} ${layers.length === 2 ? 'twice' : `${layers.length} times`}`;
  return `UTF-8 text read as ${layers.join(', then as ')}`;
}

// ---------------------------------------------------------------------------
// Files that are not UTF-8

export interface FileEncoding {
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', or the single-byte page guessed. */
  encoding: string;
  /** The decoded text (without a BOM). */
  text: string;
  /** False when the guess between code pages is close: say so instead of decoding silently. */
  confident: boolean;
  /** For a guess: the other pages considered, best first. */
  candidates?: Array<{ encoding: string; score: number }>;
}

/** Alphabets used to judge a decoding: special letters of each language (lower case). */
const ALPHABETS: Record<string, string> = {
  fr: 'àâæçéèêëîïôœùûüÿ',
  es: 'áéíñóúü',
  de: 'äöüß',
  pt: 'áâãàçéêíóôõú',
  it: 'àèéìíîòóù',
  nl: 'ëïéèêáóöü',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  hu: 'áéíóöőúüű',
  ro: 'ăâîșşțţ',
  hr: 'čćđšž',
  tr: 'çğıöşüâî',
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
  ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  el: 'αβγδεζηθικλμνξοπρστυφχψωάέήίόύώς',
  th: 'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ่้๊๋็์',
};

const FILE_CANDIDATES: Array<[string, string]> = [
  ['windows-1252', 'windows1252'],
  ['windows-1250', 'windows1250'],
  ['windows-1251', 'windows1251'],
  ['windows-1254', 'windows1254'],
  ['windows-1257', 'windows1257'],
  ['iso-8859-2', 'iso88592'],
  ['windows-874', 'windows874'],
  ['macroman', 'macintosh'],
  ['cp437', 'cp437'],
];

/**
 * Decodes a file's bytes. Valid UTF-8 (with or without BOM) is decoded as
 * such; anything else is decoded with each candidate code page and the one
 * whose letters read most like one language wins. Never silent: `confident`
 * is false when the best two guesses are close.
 */
export function detectFileEncoding(bytes: Uint8Array): FileEncoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), confident: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16-be'), confident: true };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { encoding: bom ? 'utf-8-bom' : 'utf-8', text, confident: true };
  } catch {
    // not UTF-8: guess below
  }
  const buffer = Buffer.from(bytes);
  const scored = FILE_CANDIDATES.map(([name, iconvName]) => {
    const text = iconv.decode(buffer, iconvName);
    return { encoding: name, text, score: readability(text) };
  }).sort((a, b) => b.score - a.score);
  const [best] = scored;
  // Pages that decode these bytes to the same text are not rivals (windows-1252 and windows-1254 on French).
  const second = scored.find((c) => c.text !== best.text);
  const confident = best.score > 0 && (!second || best.score - second.score >= Math.max(2, 0.1 * Math.abs(best.score)));
  return { encoding: best.encoding, text: best.text, confident, candidates: scored.map(({ encoding, score }) => ({ encoding, score })) };
}

/** The largest share of non-ASCII letters that one language's alphabet holds (0–1). */
function alphabetFit(letters: string[]): number {
  const relevant = letters.filter((ch) => isLetter(ch));
  if (relevant.length === 0) return 0;
  let best = 0;
  for (const alphabet of Object.values(ALPHABETS)) {
    let inside = 0;
    for (const ch of relevant) if (alphabet.includes(ch)) inside++;
    best = Math.max(best, inside / relevant.length);
  }
  return best;
}

/** How much a decoded text reads like one language: letters of one alphabet and one script per word, no stray symbols. */
function readability(text: string): number {
  const letters = new Map<string, number>();
  let penalty = 0;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    if (c === FFFD || (c >= 0x80 && c <= 0x9f)) {
      penalty += 5;
      continue;
    }
    if (isLetter(ch)) {
      const lower = ch.toLowerCase();
      letters.set(lower, (letters.get(lower) ?? 0) + 1);
      if (isUpper(ch) && isLower(chars[i - 1]) && isLower(chars[i + 1])) penalty += 1;
    } else if (isLetter(chars[i - 1]) && isLetter(chars[i + 1]) && !/[’'·\u00ad-]/.test(ch)) {
      penalty += 2; // a symbol inside a word
    }
  }
  // A word mixing scripts ("Rйfйrence": Latin with Cyrillic) is a misreading.
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (!/[^\u0000-\u007f]/.test(word)) continue;
    let latin = 0;
    let other = 0;
    for (const ch of word) {
      if (ch.charCodeAt(0) < 0x250 || RE_LATIN.test(ch)) latin++;
      else other++;
    }
    if (latin > 0 && other > 0) penalty += 3 * Math.min(latin, other);
  }
  let total = 0;
  for (const n of letters.values()) total += n;
  let best = 0;
  for (const alphabet of Object.values(ALPHABETS)) {
    let inside = 0;
    for (const [ch, n] of letters) if (alphabet.includes(ch)) inside += n;
    best = Math.max(best, inside);
  }
  return 2 * best - total - penalty;
}

/** The page tables, for tests and for the rules' messages. */
export const CODE_PAGES: readonly string[] = PAGES.map((p) => p.name);
