/**
 * Number words 1–20 in EN/FR/ES (rule book §8), for `count-mismatch`,
 * `degree-experience` and their fixes.
 *
 * Matching ignores case, accents are optional ("dieciseis"), hyphen or space
 * ("dix-sept", "dix sept"). "un/une" and "un/una" are also articles: they
 * count only inside a count pattern (`article: true` in the parse result).
 */
import type { Language } from './types.js';

export type Gender = 'm' | 'f';

interface NumberWordDef {
  value: number;
  /** Masculine / default form first. */
  words: string[];
  /** Feminine form when it differs (FR une, ES una). */
  feminine?: string;
  /** ES "uno" is the standalone masculine form; "un" stands before a noun. */
  standalone?: string;
}

const w = (value: number, word: string, extra: Partial<NumberWordDef> = {}): NumberWordDef => ({ value, words: [word], ...extra });

/** §8 table. */
export const NUMBER_WORDS: Record<Language, NumberWordDef[]> = {
  en: [
    w(1, 'one'), w(2, 'two'), w(3, 'three'), w(4, 'four'), w(5, 'five'),
    w(6, 'six'), w(7, 'seven'), w(8, 'eight'), w(9, 'nine'), w(10, 'ten'),
    w(11, 'eleven'), w(12, 'twelve'), w(13, 'thirteen'), w(14, 'fourteen'), w(15, 'fifteen'),
    w(16, 'sixteen'), w(17, 'seventeen'), w(18, 'eighteen'), w(19, 'nineteen'), w(20, 'twenty'),
  ],
  fr: [
    w(1, 'un', { feminine: 'une' }), w(2, 'deux'), w(3, 'trois'), w(4, 'quatre'), w(5, 'cinq'),
    w(6, 'six'), w(7, 'sept'), w(8, 'huit'), w(9, 'neuf'), w(10, 'dix'),
    w(11, 'onze'), w(12, 'douze'), w(13, 'treize'), w(14, 'quatorze'), w(15, 'quinze'),
    w(16, 'seize'), w(17, 'dix-sept'), w(18, 'dix-huit'), w(19, 'dix-neuf'), w(20, 'vingt'),
  ],
  es: [
    w(1, 'un', { feminine: 'una', standalone: 'uno' }), w(2, 'dos'), w(3, 'tres'), w(4, 'cuatro'), w(5, 'cinco'),
    w(6, 'seis'), w(7, 'siete'), w(8, 'ocho'), w(9, 'nueve'), w(10, 'diez'),
    w(11, 'once'), w(12, 'doce'), w(13, 'trece'), w(14, 'catorce'), w(15, 'quince'),
    w(16, 'dieciséis'), w(17, 'diecisiete'), w(18, 'dieciocho'), w(19, 'diecinueve'), w(20, 'veinte'),
  ],
};

/** Case-fold, drop accents, hyphens/spaces/NBSP → one space. */
export function foldNumberWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[-\u2010\u2011\s\u00A0]+/g, ' ')
    .trim();
}

interface IndexEntry {
  value: number;
  language: Language;
  gender?: Gender;
  article: boolean;
}

const INDEX = new Map<string, IndexEntry[]>();
for (const language of ['en', 'fr', 'es'] as Language[]) {
  for (const def of NUMBER_WORDS[language]) {
    const forms: Array<[string, Gender | undefined]> = def.words.map((word) => [word, def.feminine ? 'm' : undefined]);
    if (def.feminine) forms.push([def.feminine, 'f']);
    if (def.standalone) forms.push([def.standalone, 'm']);
    for (const [form, gender] of forms) {
      const key = foldNumberWord(form);
      const list = INDEX.get(key) ?? [];
      list.push({ value: def.value, language, gender, article: def.value === 1 && language !== 'en' });
      INDEX.set(key, list);
    }
  }
}

export interface ParsedNumberWord {
  value: number;
  language: Language;
  gender?: Gender;
  /** "un", "une", "una", "uno": also an article; count only in a count pattern (§8). */
  article: boolean;
}

/**
 * Parse a number word (1–20). With `lang`, only that language; otherwise the
 * first language that knows the word (EN, FR, ES order; "six" is EN and FR).
 */
export function parseNumberWord(word: string, lang?: Language): ParsedNumberWord | undefined {
  const entries = INDEX.get(foldNumberWord(word));
  if (!entries) return undefined;
  const entry = lang ? entries.find((e) => e.language === lang) : entries[0];
  if (!entry) return undefined;
  return { ...entry };
}

export interface ParsedCount {
  value: number;
  kind: 'digits' | 'word';
  /** Digit width, for zero-padded counts ("05" → 2). */
  width?: number;
  language?: Language;
  gender?: Gender;
  article?: boolean;
}

/** Parse a count token: digits `\d{1,3}` (leading zeros allowed) or a §8 word. */
export function parseCount(token: string, lang?: Language): ParsedCount | undefined {
  const t = token.trim();
  if (/^\d{1,3}$/.test(t)) return { value: Number(t), kind: 'digits', width: t.length };
  const word = parseNumberWord(t, lang);
  if (!word) return undefined;
  return { value: word.value, kind: 'word', language: word.language, gender: word.gender, article: word.article };
}

export interface NumberWordOptions {
  gender?: Gender;
  /** Capitalise the first letter ("Five"). */
  capitalised?: boolean;
  /** All capitals ("FIVE"). */
  upper?: boolean;
  /** ES masculine 1: "un" before a noun (default) or standalone "uno". */
  standalone?: boolean;
}

/** The word for n (1–20) in a language, or undefined outside the table. */
export function numberWord(n: number, lang: Language, options: NumberWordOptions = {}): string | undefined {
  const def = NUMBER_WORDS[lang].find((d) => d.value === n);
  if (!def) return undefined;
  let word = def.words[0]!;
  if (options.gender === 'f' && def.feminine) word = def.feminine;
  else if (options.standalone && def.standalone) word = def.standalone;
  if (options.upper) return word.toUpperCase();
  if (options.capitalised) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * Write n in the same form as `sample` (§5 count-mismatch fix): digits keep
 * their width ("05" → "03"); words keep language, gender and case.
 */
export function formatCountLike(n: number, sample: string, lang?: Language): string | undefined {
  const parsed = parseCount(sample, lang);
  if (!parsed) return undefined;
  if (parsed.kind === 'digits') {
    // "05" keeps its width; "10" has no padding to keep ("10" → "5", not "05")
    const padded = /^0\d/.test(sample.trim());
    return String(n).padStart(padded ? (parsed.width ?? 1) : 1, '0');
  }
  const s = sample.trim();
  const upper = s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();
  const capitalised = !upper && s.charAt(0) !== s.charAt(0).toLowerCase();
  const word = numberWord(n, parsed.language ?? lang ?? 'en', { gender: parsed.gender, upper, capitalised });
  if (word === undefined) return undefined;
  // Keep the sample's separator style for compound words ("dix sept" vs "dix-sept").
  return /\s/.test(s) ? word.replace(/-/g, ' ') : word;
}
