/**
 * `repeated-word` · warning · fix: auto
 *
 * A word written twice in a row ("the the", "de de", "la la"), in English,
 * French and Spanish prose, found by retext-repeated-words on the notice's
 * paragraphs and list items. Recruitment reviewers send notices back for it.
 *
 * Not reported: words that legitimately occur twice ("had had", "that that";
 * French "nous nous", "vous vous" as in "nous nous engageons"), capitalised
 * names ("Bora Bora"), initials, and anything inside a URL, an e-mail
 * address, `code`, a quoted official name or the non-represented member
 * states list. Option `allow`: more words that may repeat.
 *
 * ok:      "Performs such other duties as may be assigned."
 * not ok:  "Provide technical guidance to the the team." → "to the team."
 * not ok:  "Appui à la la coordination" → "Appui à la coordination"
 *
 * Fix (auto): remove the second occurrence and the space before it.
 */
import retextRepeatedWords from 'retext-repeated-words';
import { blockOffset, isProtected, blockMemo, proseBlocks, type ProseBlock } from '../notice/prose.js';
import type { Language } from '../notice/tree.js';
import { defineRule } from './rule.js';
import { runRetext, stringList } from './prose-util.js';

/** Words that may legitimately follow themselves, per language (the plugin knows English "had had", "that that"). */
const ALLOWED: Record<Language, string[]> = {
  en: [],
  fr: ['nous', 'vous'],
  es: [],
};

const transform = retextRepeatedWords() as unknown as Parameters<typeof runRetext>[2];
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const BETWEEN = /^[\s\u00A0\u202F]+$/u;

/** A cheap scan for two equal words separated by white space only: the retext parse runs only then. */
function hasCandidate(block: ProseBlock): boolean {
  return blockMemo(block, 'repeated-prefilter', () => {
    let previous: { word: string; end: number } | undefined;
    for (const match of block.value.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      if (previous && previous.word === word && BETWEEN.test(block.value.slice(previous.end, match.index))) return true;
      previous = { word, end: match.index! + match[0].length };
    }
    return false;
  });
}

export default defineRule(
  {
    id: 'repeated-word',
    severity: 'warning',
    fixable: 'auto',
    type: 'problem',
    description: 'A word is repeated ("the the").',
  },
  ({ tree, report, options }) => {
    const extra = new Set(stringList(options.allow).map((word) => word.toLowerCase()));
    for (const block of proseBlocks(tree)) {
      if (block.countryList || !hasCandidate(block)) continue;
      for (const finding of runRetext('repeated-word', block, transform)) {
        const actual = finding.actual ?? block.value.slice(finding.start, finding.end);
        const space = actual.search(/[\s\u00A0\u202F]/u);
        if (space <= 0) continue;
        const word = actual.slice(0, space);
        const lower = word.toLowerCase();
        if (ALLOWED[block.language].includes(lower) || extra.has(lower)) continue;
        if (isProtected(block, finding.start, finding.end)) continue;
        const start = blockOffset(tree, block, finding.start);
        const end = blockOffset(tree, block, finding.end);
        const removeFrom = blockOffset(tree, block, finding.start + word.length);
        report({
          message: `Repeated word “${word}”: remove one occurrence.`,
          start,
          end,
          fix: { range: [removeFrom, end], text: '' },
        });
      }
    }
  },
);
