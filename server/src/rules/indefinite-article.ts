/**
 * `indefinite-article` · warning · fix: auto
 *
 * "a" or "an" that does not match the sound of the next word ("a MHPSS
 * officer", "an UN agency", "a inclusive workplace"), found by
 * retext-indefinite-article. English paragraphs only (French and Spanish have
 * no such alternation). Not reported inside URLs, e-mail addresses, `code`,
 * quoted official names or the non-represented member states list.
 *
 * ok:      "an MHPSS officer", "a UN agency", "a one-year contract", "an hour"
 * not ok:  "a inclusive workplace" → "an inclusive workplace"
 * not ok:  "an university degree" → "a university degree"
 *
 * Fix (auto): replace the article, keeping its capitalisation.
 */
import retextIndefiniteArticle from 'retext-indefinite-article';
import { blockOffset, isProtected, blockMemo, proseBlocks, type ProseBlock } from '../notice/prose.js';
import { defineRule } from './rule.js';
import { runRetext } from './prose-util.js';

const transform = retextIndefiniteArticle() as unknown as Parameters<typeof runRetext>[2];
const ARTICLE = /(?<![\p{L}\p{N}'’-])(an?)[\s\u00A0]+["“‘'(\[]?([\p{L}\p{N}])/giu;

/**
 * A cheap scan for an article the plugin could object to: "a" before a vowel,
 * "h", a digit or a capital that may be spelled out ("a MHPSS"), "an" before
 * anything but a, e, i. The retext parse runs only for such blocks.
 */
function hasCandidate(block: ProseBlock): boolean {
  return blockMemo(block, 'article-prefilter', () => {
    for (const match of block.value.matchAll(ARTICLE)) {
      const an = match[1].length === 2;
      const next = match[2];
      if (an ? !/[aeiAEI]/.test(next) : /[aeiouhAEIOUH\dFLMNRSX]/.test(next)) return true;
    }
    return false;
  });
}

export default defineRule(
  {
    id: 'indefinite-article',
    severity: 'warning',
    fixable: 'auto',
    type: 'problem',
    description: '"a"/"an" does not match the next word’s sound (English).',
  },
  ({ tree, report }) => {
    for (const block of proseBlocks(tree)) {
      if (block.language !== 'en' || block.countryList || !hasCandidate(block)) continue;
      for (const finding of runRetext('indefinite-article', block, transform)) {
        const expected = finding.expected?.[0];
        if (!expected) continue;
        // the word after the article must not be protected either
        const next = /^[\s\u00A0]+["“‘'(\[]?([^\s\u00A0]+)/u.exec(block.value.slice(finding.end));
        const nextEnd = next ? finding.end + next[0].length : finding.end;
        if (isProtected(block, finding.start, nextEnd)) continue;
        const actual = block.value.slice(finding.start, finding.end);
        const start = blockOffset(tree, block, finding.start);
        const end = blockOffset(tree, block, finding.end);
        report({
          message: `Use “${expected}” before “${next?.[1] ?? ''}”, not “${actual}”.`,
          start,
          end,
          fix: { range: [start, end], text: expected },
        });
      }
    }
  },
);
