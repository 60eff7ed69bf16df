/**
 * Job-board noise (rule book §5 `job-board-noise`): lines that a job board
 * added to a notice. The patterns are data, in `../template/noise.ts`.
 *
 * Categories:
 * 1. styled "mathematical" letters (U+1D400–U+1D7FF), or their windows-874
 *    mojibake, making up most of the line;
 * 2. emoji-led promotions;
 * 3. messaging-channel ads (WhatsApp or Telegram with a channel word);
 * 4. whole chrome lines ("Recommended for you", "Loading", "Tags: …");
 * 5. (info) job-board titles and relabelled chrome.
 */
import {
  BULLET_PICTOGRAPHS,
  CHANNEL_APPS,
  CHANNEL_WORDS,
  CHROME_LINES,
  EMOJI_LEAD,
  INFO_LINES,
  LEADING_BULLET,
  NOT_NOISE,
  STYLED_MIN,
  STYLED_MOJIBAKE,
} from '../template/noise.js';
import { repairText } from './mojibake.js';

export type NoiseCategory = 1 | 2 | 3 | 4 | 5;

export interface NoiseClass {
  category: NoiseCategory;
  reason: string;
}

const STYLED = /[\u{1D400}-\u{1D7FF}]/gu;
const LETTERS = /[\p{L}\p{N}]/gu;
/**
 * A quick gate: only lines with a styled letter, an emoji, windows-874 or
 * windows-1252 emoji mojibake, or one of the words the patterns need go on to
 * the patterns (most lines of a notice stop here).
 */
const GATE_CHARS = /[\u{1D400}-\u{1D7FF}\u{1F000}-\u{1FAFF}\u2600-\u27BF\u2B00-\u2BFF\u0E50\u0E42]|ðŸ|â[šœ€]/u;
const GATE_WORDS =
  /whats|telegram|signal|viber|recommended|loading|chargement|cargando|commentaire|comment|reply|comentario|adresse|email|correo|postul|apply|tags?\s*:|added date|steps|tips|ways|secrets|share|print|alert|partager|imprimer|compartir|imprimir|posted|publi|salary|related|similar|recrut|hiring|recruits|recluta|[hfm]\/[hfm]\b|disponible|available|informations sur|description de|job information|job details|informaci|descripci/i;

/**
 * Code units that GATE_CHARS can start with: the high surrogates of U+1D400–U+1D7FF and U+1F000–U+1FAFF, the BMP
 * ranges, "ð" and "â". Why: V8 runs GATE_CHARS at ≈ 2 ns a character; a line without any of these code units
 * cannot match it, and a table lookup is much cheaper.
 */
const GATE_CHAR_UNITS = new Uint8Array(0x10000);
for (const [from, to] of [[0xd835, 0xd835], [0xd83c, 0xd83e], [0x2600, 0x27bf], [0x2b00, 0x2bff], [0x0e50, 0x0e50], [0x0e42, 0x0e42], [0xf0, 0xf0], [0xe2, 0xe2]]) {
  GATE_CHAR_UNITS.fill(1, from, to + 1);
}
function mayPassCharGate(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (GATE_CHAR_UNITS[s.charCodeAt(i)] === 1) return true;
  return false;
}

/*
 * Why a memo: the parser and noiseLines classify every line of the text on every lint, and the editor lints the
 * same lines again on each keystroke; the answer depends on the line alone (the language is not used). Two
 * generations of at most NOISE_CACHE_LIMIT lines; keys are copied so that they do not keep a whole document alive.
 */
const NOISE_CACHE_LIMIT = 2000;
const NOISE_CACHE_MAX_LENGTH = 2000;
let noiseCache = new Map<string, NoiseClass | null>();
let noiseCacheOld = new Map<string, NoiseClass | null>();

/** Empties the line memo (benchmarks measure the cold cost with it). */
export function clearNoiseCache(): void {
  noiseCache = new Map();
  noiseCacheOld = new Map();
}

/** Classifies one line (without its line ending), or returns undefined for text. */
export function classifyNoiseLine(line: string, _language?: string): NoiseClass | undefined {
  if (line.length > NOISE_CACHE_MAX_LENGTH) return classifyUncached(line);
  let found = noiseCache.get(line);
  if (found === undefined) {
    found = noiseCacheOld.get(line);
    if (found === undefined) found = classifyUncached(line) ?? null;
    if (noiseCache.size >= NOISE_CACHE_LIMIT) {
      noiseCacheOld = noiseCache;
      noiseCache = new Map();
    }
    noiseCache.set(line.length > 12 ? (' ' + line).slice(1) : line, found);
  }
  return found ?? undefined;
}

/**
 * classifyNoiseLine() without its memo. Why: the parser keeps each line's class in its own line memo, so it asks
 * only about lines it has not seen lately, which this memo would not hold either.
 */
export function classifyNoiseLineUncached(line: string): NoiseClass | undefined {
  return classifyUncached(line);
}

function classifyUncached(line: string): NoiseClass | undefined {
  // (trimEnd() removes exactly what /[\s\u00a0]+$/ matches: \s is WhiteSpace and LineTerminator, NBSP among them)
  const trimmed = line.replace(LEADING_BULLET, '').trimEnd();
  if (trimmed.length === 0 || trimmed.length > 2000) return undefined;
  if (!(mayPassCharGate(trimmed) && GATE_CHARS.test(trimmed)) && !GATE_WORDS.test(trimmed)) return undefined;
  if (NOT_NOISE.some((re) => re.test(trimmed))) return undefined;

  // 1. Styled letters, or their mojibake, making up most of the line.
  const styled = trimmed.match(STYLED)?.length ?? 0;
  const styledMojibake = trimmed.match(STYLED_MOJIBAKE)?.length ?? 0;
  if (styled >= STYLED_MIN || styledMojibake >= STYLED_MIN) {
    const letters = trimmed.match(LETTERS)?.length ?? 0;
    const plain = letters - styled;
    if (styledMojibake >= STYLED_MIN || styled >= plain) return { category: 1, reason: 'a line in styled “mathematical” letters' };
  }

  // 2. An emoji opening a promotion. Mojibake is read through first ("๐Ÿ“š" is 📚).
  const readable = /[^\u0000-\u024f\u2000-\u206f]/.test(trimmed) ? repairText(trimmed, { lossy: 'replace' }) : trimmed;
  const lead = EMOJI_LEAD.exec(readable);
  if (lead && !BULLET_PICTOGRAPHS.has(lead[0])) return { category: 2, reason: `a line opening with ${lead[0]}` };

  // 3. Messaging-channel ads.
  if (CHANNEL_APPS.test(readable) && CHANNEL_WORDS.test(readable)) return { category: 3, reason: 'an invitation to a messaging channel' };

  // 4. Whole chrome lines.
  for (const { pattern, reason } of CHROME_LINES) if (pattern.test(readable)) return { category: 4, reason };

  // 5. Job-board titles and relabelled chrome (info).
  for (const { pattern, reason } of INFO_LINES) if (pattern.test(readable)) return { category: 5, reason };
  return undefined;
}

/** Styled "mathematical" letters and digits (U+1D400–U+1D7FF) as plain ones: "𝗗𝗶𝘀𝗰𝗼𝘃𝗲𝗿" → "Discover". */
export function plainStyledLetters(s: string): string {
  return s.replace(STYLED, (ch) => ch.normalize('NFKC'));
}

/** Runs of styled letters inside a line (with the spaces and punctuation between them). */
export const STYLED_RUN = /[\u{1D400}-\u{1D7FF}](?:[\s\p{P}\p{N}]*[\u{1D400}-\u{1D7FF}])*/gu;

let linesCacheText: string | undefined;
let linesCache = new Map<number, NoiseClass>();

/**
 * Classifies every line of a text: 0-based line index → class, for noise lines
 * only. `lineStarts` are the offsets where lines start. Cached for the last text
 * (the language is not used: a line's class depends on the line alone).
 */
export function noiseLines(text: string, lineStarts: readonly number[], _language?: string): Map<number, NoiseClass> {
  if (text === linesCacheText) return linesCache;
  const result = new Map<number, NoiseClass>();
  for (let i = 0; i < lineStarts.length; i++) {
    // the line without its line ending (one "\r\n", "\n" or "\r" before the next line's start)
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    if (end > lineStarts[i] && text.charCodeAt(end - 1) === 10) end--;
    if (end > lineStarts[i] && text.charCodeAt(end - 1) === 13) end--;
    const found = classifyNoiseLine(text.slice(lineStarts[i], end));
    if (found) result.set(i, found);
  }
  linesCacheText = text;
  linesCache = result;
  return result;
}

/** True when noiseLines(text, …) would answer from its cache (the text was classified last). */
export function noiseLinesKnown(text: string): boolean {
  return text === linesCacheText;
}

/**
 * Hands noiseLines() the classes of a text's lines, found by the parser (which classifies every line anyway, through
 * its line memo). Why: noiseLines() would otherwise cut and look up every line of the text a second time. `classes`
 * must be exactly what noiseLines(text, lineStarts) computes.
 */
export function rememberNoiseLines(text: string, classes: Map<number, NoiseClass>): void {
  linesCacheText = text;
  linesCache = classes;
}
