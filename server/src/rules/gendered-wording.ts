/**
 * `gendered-wording` · info · fix: quick (equality findings)
 *
 * Wording that research shows discourages applicants:
 *
 * 1. Gender-coded words (English): the masculine- and feminine-coded word
 *    lists of Gaucher, Friesen & Kay (2011) (server/src/template/gendered-words.ts),
 *    counted in the sections the drafter writes (context, responsibilities,
 *    qualifications — not the mandatory standard texts). When the drafted
 *    wording leans masculine, one finding gives the notice's balance; option
 *    `words: true` also marks each masculine-coded word. `genderedBalance(tree)`
 *    returns the balance for the hover and the summary.
 * 2. Insensitive or gendered wording (English) through retext-equality
 *    ("chairman", "manpower", "he will lead his team"), tuned to recruitment:
 *    official titles ("Chief of Mission", "Head of Office") and beneficiary
 *    groups ("women and girls", "host communities", "mental health") are never
 *    reported; "he or she" is accepted.
 *
 * Nothing is reported inside URLs, e-mail addresses, `code`, quoted official
 * names or the non-represented member states list.
 *
 * ok:      "Coordinate with partners and support the team." (balanced)
 * not ok:  "The chairman will lead …" → consider “chair”, “chairperson”
 * not ok:  "Lead an aggressive, competitive, independent, decisive team"
 *          → masculine-coded wording: 5 masculine-coded vs 0 feminine-coded words
 *
 * Fix (quick): replace an equality finding by a suggested word. The coded-word
 * balance has no automatic fix: rewording needs a person.
 */
import retextEquality from 'retext-equality';
import { blockOffset, isProtected, blockMemo, proseBlocks, type ProseBlock } from '../notice/prose.js';
import type { NoticeRoot } from '../notice/tree.js';
import {
  EQUALITY_IGNORE,
  FEMININE_CODED,
  GENDERED_COUNTED_SECTIONS,
  GENDERED_WORD_EXCEPTIONS,
  GENDERED_WORDS_CITATION,
  MASCULINE_CODED,
  OFFICIAL_TITLES_ALLOWLIST,
} from '../template/gendered-words.js';
import { EQUALITY_PHRASES } from '../template/equality-phrases.js';
import { defineRule } from './rule.js';
import { MAX_RETEXT_CHARS, runRetext, stringList } from './prose-util.js';

export interface CodedWord {
  word: string;
  /** The list entry it matched ("lead*"). */
  stem: string;
  coding: 'masculine' | 'feminine';
  /** Original-text offsets. */
  start: number;
  end: number;
}

export interface GenderedBalance {
  masculine: number;
  feminine: number;
  /** feminine − masculine, as in the gender-decoder tools built on the paper. */
  score: number;
  verdict: 'neutral' | 'feminine-coded' | 'strongly feminine-coded' | 'masculine-coded' | 'strongly masculine-coded';
  /** Counts per matched stem. */
  masculineWords: Record<string, number>;
  feminineWords: Record<string, number>;
  words: CodedWord[];
  citation: string;
}

interface Stem {
  text: string;
  prefix: boolean;
}
const stems = (list: readonly string[]): Stem[] =>
  list.map((entry) => ({ text: entry.replace(/\*$/, ''), prefix: entry.endsWith('*') }));
const MASCULINE = stems(MASCULINE_CODED);
const FEMININE = stems(FEMININE_CODED);
const EXCEPTIONS = new Set(GENDERED_WORD_EXCEPTIONS);
const WORD = /\p{L}[\p{L}’'-]*/gu;

function matchStem(word: string, list: Stem[]): Stem | undefined {
  for (const stem of list) {
    if (stem.prefix ? word.startsWith(stem.text) : word === stem.text) return stem;
  }
  return undefined;
}

/** Coding of a lower-case word, cached (notices repeat their words). */
const codingCache = new Map<string, { stem: string; coding: 'masculine' | 'feminine' } | null>();
function codingOf(candidate: string): { stem: string; coding: 'masculine' | 'feminine' } | null {
  let result = codingCache.get(candidate);
  if (result !== undefined) return result;
  result = null;
  if (!EXCEPTIONS.has(candidate)) {
    const masculine = matchStem(candidate, MASCULINE);
    const stem = masculine ?? matchStem(candidate, FEMININE);
    if (stem) result = { stem: stem.text + (stem.prefix ? '*' : ''), coding: masculine ? 'masculine' : 'feminine' };
  }
  if (codingCache.size > 50_000) codingCache.clear();
  codingCache.set(candidate, result);
  return result;
}

/** Coded words of one block, relative offsets; memoised by text. */
function codedWordsOf(block: ProseBlock): Array<{ word: string; stem: string; coding: 'masculine' | 'feminine'; start: number; end: number }> {
  return blockMemo(block, 'gendered-coded', () => {
    const found: Array<{ word: string; stem: string; coding: 'masculine' | 'feminine'; start: number; end: number }> = [];
    for (const match of block.value.matchAll(WORD)) {
      const raw = match[0].replace(/[’'-]+$/, '');
      const lower = raw.toLowerCase().replace(/’/g, "'");
      if (EXCEPTIONS.has(lower)) continue;
      const start = match.index!;
      const end = start + raw.length;
      if (isProtected(block, start, end)) continue;
      // a hyphenated word counts once: "self-reliant" as a whole, else its parts
      const candidates = lower.includes('-') ? [lower, ...lower.split('-')] : [lower];
      for (const candidate of candidates) {
        const coded = codingOf(candidate);
        if (!coded) continue;
        found.push({ word: raw, stem: coded.stem, coding: coded.coding, start, end });
        break;
      }
    }
    return found;
  });
}

function countedBlocks(tree: NoticeRoot, sections: readonly string[]): ProseBlock[] {
  return proseBlocks(tree).filter((block) => block.language === 'en' && !block.countryList && sections.includes(block.section.id));
}

/**
 * The notice's gender-coded wording balance (English prose of the drafted
 * sections), for the `gendered-wording` finding, the hover and the summary.
 */
export function genderedBalance(tree: NoticeRoot, sections: readonly string[] = GENDERED_COUNTED_SECTIONS): GenderedBalance {
  const words: CodedWord[] = [];
  const masculineWords: Record<string, number> = {};
  const feminineWords: Record<string, number> = {};
  for (const block of countedBlocks(tree, sections)) {
    for (const found of codedWordsOf(block)) {
      words.push({ ...found, start: blockOffset(tree, block, found.start), end: blockOffset(tree, block, found.end) });
      const table = found.coding === 'masculine' ? masculineWords : feminineWords;
      table[found.stem] = (table[found.stem] ?? 0) + 1;
    }
  }
  const masculine = words.filter((word) => word.coding === 'masculine').length;
  const feminine = words.length - masculine;
  const score = feminine - masculine;
  const verdict: GenderedBalance['verdict'] =
    score === 0 ? 'neutral' : score > 3 ? 'strongly feminine-coded' : score > 0 ? 'feminine-coded' : score < -3 ? 'strongly masculine-coded' : 'masculine-coded';
  return { masculine, feminine, score, verdict, masculineWords, feminineWords, words, citation: GENDERED_WORDS_CITATION };
}

function describe(table: Record<string, number>): string {
  const entries = Object.entries(table).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (entries.length === 0) return 'none';
  return entries.map(([stem, count]) => (count > 1 ? `${stem} ×${count}` : stem)).join(', ');
}

const equality = (retextEquality as unknown as (options: object) => Parameters<typeof runRetext>[2])({
  binary: true,
  ignore: [...EQUALITY_IGNORE],
});
const ALLOWLIST = OFFICIAL_TITLES_ALLOWLIST.map((title) => title.toLowerCase().replace(/’/g, "'"));

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const norm = (word: string) => word.toLowerCase().replace(/[’'-]/g, '');
const IGNORED = new Set(EQUALITY_IGNORE.map(norm));
/** retext-equality's phrases (minus the ignored ones), indexed by their first word. */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of EQUALITY_PHRASES) {
  if (IGNORED.has(norm(phrase))) continue;
  const words = phrase.split(' ').map(norm);
  const list = PHRASES_BY_FIRST.get(words[0]);
  if (list) list.push(words);
  else PHRASES_BY_FIRST.set(words[0], [words]);
}

/**
 * True when the block may hold one of retext-equality's phrases (a lenient
 * match: punctuation between words is skipped). The plugin rebuilds its index
 * of ~900 phrases for every paragraph, so paragraphs that cannot match are
 * not given to it.
 */
function mayMatchEquality(block: ProseBlock): boolean {
  return blockMemo(block, 'gendered-prefilter', () => {
    const tokens: string[] = [];
    for (const match of block.value.matchAll(TOKEN)) tokens.push(norm(match[0]));
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const phrases = PHRASES_BY_FIRST.get(token) ?? (token.endsWith('.') ? PHRASES_BY_FIRST.get(token.replace(/\.+$/, '')) : undefined);
      if (!phrases) continue;
      for (const words of phrases) {
        let ok = true;
        for (let k = 1; k < words.length && ok; k++) {
          const next = tokens[i + k];
          ok = next !== undefined && (words[k] === '*' || next === words[k] || next.replace(/\.+$/, '') === words[k]);
        }
        if (ok) return true;
      }
    }
    return false;
  });
}

/** Relative ranges of allowlisted official titles in a block. */
function allowlistedRanges(block: ProseBlock): Array<[number, number]> {
  return blockMemo(block, 'gendered-allowlist', () => {
    const lower = block.value.toLowerCase().replace(/’/g, "'");
    const ranges: Array<[number, number]> = [];
    for (const title of ALLOWLIST) {
      let at = lower.indexOf(title);
      while (at !== -1) {
        ranges.push([at, at + title.length]);
        at = lower.indexOf(title, at + 1);
      }
    }
    return ranges;
  });
}

export default defineRule(
  {
    id: 'gendered-wording',
    severity: 'info',
    fixable: 'quick',
    description: 'Gender-coded or insensitive wording that research shows discourages applicants.',
  },
  ({ tree, report, options }) => {
    const sections = stringList(options.sections);
    const counted = sections.length ? sections : GENDERED_COUNTED_SECTIONS;
    const minimum = typeof options.minimumDifference === 'number' ? options.minimumDifference : 1;
    const ignore = new Set(stringList(options.ignore).map((word) => word.toLowerCase()));

    // 1. the balance of coded words
    const balance = genderedBalance(tree, counted);
    const masculineWords = balance.words.filter((word) => word.coding === 'masculine' && !ignore.has(word.word.toLowerCase()));
    if (masculineWords.length && -balance.score >= minimum) {
      const first = masculineWords[0];
      report({
        message:
          `Masculine-coded wording (${balance.verdict}): ${balance.masculine} masculine-coded word${balance.masculine === 1 ? '' : 's'} ` +
          `(${describe(balance.masculineWords)}) vs ${balance.feminine} feminine-coded (${describe(balance.feminineWords)}) in the drafted sections. ` +
          `Masculine-coded job adverts are less appealing to women (${GENDERED_WORDS_CITATION}); consider communal wording.`,
        start: first.start,
        end: first.end,
      });
      if (options.words === true) {
        for (const word of masculineWords.slice(1)) {
          report({ message: `“${word.word}” is masculine-coded (${word.stem}; ${GENDERED_WORDS_CITATION}).`, start: word.start, end: word.end });
        }
      }
    }

    // 2. retext-equality, tuned to recruitment
    for (const block of proseBlocks(tree)) {
      if (block.language !== 'en' || block.countryList || block.value.length > MAX_RETEXT_CHARS || !mayMatchEquality(block)) continue;
      const findings = runRetext('gendered-equality', block, equality);
      if (findings.length === 0) continue;
      const allowed = allowlistedRanges(block);
      for (const finding of findings) {
        if (isProtected(block, finding.start, finding.end)) continue;
        if (allowed.some(([from, to]) => finding.start < to && finding.end > from)) continue;
        const actual = block.value.slice(finding.start, finding.end);
        if (ignore.has(actual.toLowerCase())) continue;
        const expected = (finding.expected ?? []).filter((word) => word !== 'it').slice(0, 3);
        const start = blockOffset(tree, block, finding.start);
        const end = blockOffset(tree, block, finding.end);
        const capital = /^\p{Lu}/u.test(actual);
        report({
          message: `“${actual}” may not be inclusive wording${expected.length ? `; consider ${expected.map((word) => `“${word}”`).join(', ')}` : ''}.`,
          start,
          end,
          suggestions: expected.map((word) => {
            const text = capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
            return { desc: `Replace with “${text}”`, fix: { range: [start, end] as [number, number], text } };
          }),
        });
      }
    }
  },
);
