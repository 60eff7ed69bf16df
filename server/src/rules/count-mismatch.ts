/**
 * `count-mismatch` · error
 *
 * A count stated in prose disagrees with the items listed under it (rule book
 * §5, §8). Authors copy lists from old notices, add or drop items, and never
 * update the sentence above ("these three values" over five [S002:57]).
 *
 * Counts: digits with or without leading zeros ("05 postes"), §8 number words
 * in EN/FR/ES, in counting phrases — "these / the following N <noun>", "ces N
 * …", "les N … suivant(e)s", "estos/estas N …", "los/las N … siguientes",
 * "(N postes)", "three (3)" (whose two forms must also agree). Nouns: values,
 * competencies, languages, positions and areas in the three languages; after
 * "the following" / before "suivant(e)s" / "siguientes", any noun. Counts of
 * anything else ("two years of experience") are not counting phrases.
 *
 * Items: the list items after the sentence or heading (a blank line does not
 * end a list; bolded or "Name: definition" lines and one-per-line entries
 * count); else an inline enumeration after a colon, split on commas and then
 * only the last segment on its final and/et/y [S004:19]; else, in a run-in
 * paragraph, known item names followed by ":" [S002:58–59]. If no list
 * follows, there is no finding ("05 postes" [S004:1,5]).
 *
 * ok:      "these five values:" + 5 items [S000:97]; "ces cinq valeurs" [S003:109];
 *          "les quatre grands domaines … : a, b, c et d" [S004:19];
 *          "ces trois langues" after three languages [S003:97].
 * not ok:  "these three values:" + 5 values [S002:57]; "estos cinco valores:" + 3.
 *
 * Fix (auto): write the real count in the same form — digits keep their zero
 * padding, words keep language, case and gender ("three" → "five", "trois" →
 * "cinq", "tres" → "cinco"). When the list is a Values/Core/Managerial list
 * that `competency-list` finds incomplete (or outdated), the list is what is
 * wrong: the count gets only a quick fix, and `competency-list` offers to
 * complete the list.
 */
import type { BlockNode, NoticeRoot, SectionNode } from '../notice/tree.js';
import type { Fix, Suggestion } from '../engine/types.js';
import type { Language } from '../template/types.js';
import { formatCountLike, numberWord } from '../template/numbers.js';
import { defineRule } from './rule.js';
import { memo } from '../notice/prose.js';
import { ownCopy } from '../notice/normalize.js';
import {
  analyseCompetencies,
  findCounts,
  inlineEnumeration,
  isCompetencySection,
  isIncomplete,
  itemsOfBlocks,
  lineOf,
  mayHoldCount,
  originalAt,
  paragraphText,
  sentenceEnd,
  spanText,
  type CountPhrase,
  type ItemScan,
  type ViewText,
} from './lists.js';

const NO_PHRASES: readonly CountPhrase[] = [];
/**
 * The counting phrases of a list item's or paragraph's text. Why memoised: the search (hint words, then count
 * tokens) cost ≈ 0.15 ms per 20 KB notice, and while typing nearly every text is the same as at the last lint. The
 * phrases depend only on the text and the language, with offsets relative to the text; nothing changes them.
 */
function phrasesOf(text: string, language: Language): readonly CountPhrase[] {
  return memo('count-phrases', language, text, () => (mayHoldCount(text) ? findCounts(text, language) : NO_PHRASES));
}

const RUN_IN_START = /^[\s\u00A0]*(?:\*\*)?[^\s:][^:\n]{0,90}?(?:\*\*)?[\s\u00A0]*:/u;

export default defineRule(
  {
    id: 'count-mismatch',
    severity: 'error',
    fixable: 'auto',
    type: 'problem',
    description: 'A count stated in prose disagrees with the number of items listed under it.',
  },
  ({ tree, report }) => {
    const language = tree.data.language;
    for (const node of tree.children) {
      if (node.type !== 'section') continue;
      const section = node;
      const heading = section.heading;
      if (heading && heading.style !== 'opener' && heading.span.value) {
        const piece = spanText(tree, heading.span);
        // (phrasesOf's hint test only skips texts in which findCounts finds no hint window, hence no phrase;
        // a copy, because a heading's span value is a slice that would keep the whole document in the memo)
        for (const phrase of phrasesOf(ownCopy(piece.text), language)) {
          check(tree, section, piece, phrase, section.children, { heading: true, language, report });
        }
      }
      section.children.forEach((block, index) => {
        if (block.type === 'list') {
          for (const item of block.children) {
            const phrases = phrasesOf(item.content.value, language);
            if (phrases.length === 0 || tree.data.noiseLines.has(lineOf(tree, item.marker.start))) continue;
            const piece = spanText(tree, item.content);
            for (const phrase of phrases) {
              check(tree, section, piece, phrase, [], { heading: false, language, report, inlineOnly: true });
            }
          }
          return;
        }
        if (block.type === 'paragraph' && block.noise) return;
        const phrases = phrasesOf(block.value, language);
        if (phrases.length === 0) return;
        const piece = paragraphText(tree, block);
        for (const phrase of phrases) {
          if (tree.data.noiseLines.has(lineOf(tree, originalAt(tree, piece, phrase.index)))) continue;
          check(tree, section, piece, phrase, section.children.slice(index + 1), { heading: block.type === 'subheading', language, report });
        }
      });
    }
  },
);

interface CheckOptions {
  heading: boolean;
  language: Language;
  report: Parameters<Parameters<typeof defineRule>[1]>[0]['report'];
  /** Only an inline enumeration can follow (a count inside a list item). */
  inlineOnly?: boolean;
}

/** The items a counting phrase refers to, or undefined when no list follows. */
function itemsFor(
  tree: NoticeRoot,
  section: SectionNode,
  piece: ViewText,
  phrase: CountPhrase,
  next: readonly BlockNode[],
  options: CheckOptions,
): { count: number; scan?: ItemScan } | undefined {
  const text = piece.text;
  const competency = isCompetencySection(section.id) ? section.id : undefined;
  const end = sentenceEnd(text, phrase.after);
  const colon = text.indexOf(':', phrase.after);
  const follow = (blocks: readonly BlockNode[]) => {
    const scan = itemsOfBlocks(tree, blocks, {
      stopAtProse: !(options.heading && competency),
      list: competency,
      oneLinePerItemFirst: true,
    });
    return scan.found ? { count: scan.items.length, scan } : undefined;
  };
  if (colon >= 0 && colon < end) {
    const inline = text.slice(colon + 1, end);
    if (/[^\s\u00A0]/.test(inline)) {
      // run-in names after the colon ("… values: Inclusion …: def. Integrity …: def.")
      const rest = text.slice(colon + 1);
      const from = colon + 1 + (/^[\s\u00A0]*/.exec(rest)?.[0].length ?? 0);
      const runIn = itemsOfBlocks(tree, [pseudoParagraph(tree, piece, from)], { stopAtProse: true, list: competency });
      if (runIn.found && RUN_IN_START.test(rest)) {
        const more = options.inlineOnly ? undefined : follow(next);
        return { count: runIn.items.length + (more?.count ?? 0) };
      }
      const count = inlineEnumeration(inline);
      return count === undefined ? undefined : { count };
    }
    if (options.inlineOnly) return undefined;
    // the colon ends the sentence: the items follow, on the next lines of this block or in the next blocks
    const rest = text.slice(end);
    if (/[^\s\u00A0:.]/.test(rest)) {
      if (!/^[:.!?…]?[ \t\u00A0]*(?:\r\n|\r|\n)/.test(rest)) return undefined; // more prose on the same line
      const scan = itemsOfBlocks(tree, [pseudoParagraph(tree, piece, end + rest.search(/[\r\n]/))], {
        stopAtProse: true,
        list: competency,
        oneLinePerItemFirst: true,
      });
      if (!scan.found) return undefined;
      const more = follow(next);
      return { count: scan.items.length + (more?.count ?? 0), scan };
    }
    return follow(next);
  }
  if (options.inlineOnly) return undefined;
  // no colon: a heading, or a heading-like last line without final punctuation
  const rest = text.slice(phrase.after);
  if (options.heading) return /[.!?]/.test(rest.replace(/[\s\u00A0]+$/, '').slice(-1)) ? undefined : follow(next);
  // a paragraph: only a single heading-like line ending in the counted phrase ("… these five values")
  const trimmed = text.replace(/[\s\u00A0]+$/, '');
  if (/[\r\n]/.test(trimmed) || sentenceEnd(trimmed, phrase.after) < trimmed.length || !/[\p{L}\p{N}]$/u.test(trimmed)) return undefined;
  return follow(next);
}

/** A paragraph-like block over the rest of a text from `from`, so the item scanners can read it. */
function pseudoParagraph(tree: NoticeRoot, piece: ViewText, from: number): BlockNode {
  const start = originalAt(tree, piece, from);
  const end = originalAt(tree, piece, piece.text.length);
  return {
    type: 'paragraph',
    value: piece.text.slice(from),
    position: { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } },
    data: { viewStart: piece.viewStart + from, viewEnd: piece.viewStart + piece.text.length },
  } as BlockNode;
}

function check(
  tree: NoticeRoot,
  section: SectionNode,
  piece: ViewText,
  phrase: CountPhrase,
  next: readonly BlockNode[],
  options: CheckOptions,
) {
  const found = itemsFor(tree, section, piece, phrase, next, options);
  const stated = phrase.parsed.value;
  const start = originalAt(tree, piece, phrase.index);
  const end = originalAt(tree, piece, phrase.end);
  const noun = phrase.noun;
  const original = tree.data.text;
  const digits = phrase.digits;
  const digitsStart = digits ? originalAt(tree, piece, digits.index) : 0;
  const digitsEnd = digits ? originalAt(tree, piece, digits.end) : 0;

  if (!found) {
    // "three (3)" with no list: the two forms must still agree
    if (digits && digits.value !== stated) {
      const wordForm = sameWord(digits.value, phrase, options.language);
      const digitForm = sameDigits(stated, digits.token);
      const suggestions: Suggestion[] = [];
      if (wordForm) suggestions.push({ desc: `Change “${phrase.token}” to “${wordForm}”`, fix: { range: [start, end], text: wordForm } });
      suggestions.push({ desc: `Change “(${digits.token})” to “(${digitForm})”`, fix: { range: [digitsStart, digitsEnd], text: digitForm } });
      options.report({
        message: `“${phrase.token} (${digits.token})”: the word says ${stated} but the digits say ${digits.value}.`,
        start,
        end: digitsEnd,
        suggestions,
      });
    }
    return;
  }

  const actual = found.count;
  if (actual === stated && (!digits || digits.value === actual)) return;

  // the replacement, in the same form
  const word = phrase.parsed.kind === 'digits' ? sameDigits(actual, phrase.token) : sameWord(actual, phrase, options.language);
  const replacement = word ?? String(actual);
  let fix: Fix;
  if (digits) {
    const between = original.slice(end, digitsStart);
    fix = { range: [start, digitsEnd], text: replacement + between + sameDigits(actual, digits.token) };
  } else {
    fix = { range: [start, end], text: replacement };
  }

  // a Values/Core/Managerial list that is incomplete or outdated: complete the list instead (competency-list)
  let incomplete = false;
  const competency = isCompetencySection(section.id) ? section.id : undefined;
  if (competency && found.scan) incomplete = isIncomplete(analyseCompetencies(competency, found.scan.items));
  const plural = actual === 1 ? '' : 's';
  const form = digits && digits.value !== stated ? `“${phrase.token} (${digits.token})” says ${stated} and ${digits.value}` : `“${phrase.token}” says ${stated}`;
  const message =
    `${form} ${noun}, but ${actual} item${plural} ${actual === 1 ? 'is' : 'are'} listed.` +
    (incomplete ? ' The list itself is incomplete: see competency-list.' : '');
  const suggestion: Suggestion = { desc: `Change the count to “${fix.text}”`, fix };
  options.report({
    message,
    start,
    end,
    ...(incomplete || word === undefined ? {} : { fix }),
    suggestions: [suggestion],
  });
}

/** n written like `sample`: zero padding ("05") keeps its width; "10" → "5". */
function sameDigits(n: number, sample: string): string {
  return sample.length > 1 && sample.startsWith('0') ? String(n).padStart(sample.length, '0') : String(n);
}

/** Feminine counted nouns (folded), for FR "une" / ES "una" when the list has one item. */
const FEMININE_NOUNS = new Set(['valeur', 'valeurs', 'competence', 'competences', 'langue', 'langues', 'competencia', 'competencias', 'lengua', 'lenguas', 'plaza', 'plazas', 'vacante', 'vacantes']);

/** n as a word like the phrase's count: same language and case; FR/ES 1 agrees with the noun's gender. */
function sameWord(n: number, phrase: CountPhrase, fallback: Language): string | undefined {
  const language = phrase.parsed.language ?? fallback;
  if (n === 1 && language !== 'en') {
    const token = phrase.token;
    const upper = token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase();
    const capitalised = !upper && token.charAt(0) !== token.charAt(0).toLowerCase();
    return numberWord(1, language, { gender: FEMININE_NOUNS.has(phrase.noun) ? 'f' : 'm', upper, capitalised });
  }
  return formatCountLike(n, phrase.token, language);
}
