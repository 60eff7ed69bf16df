/**
 * `section-order` · warning
 *
 * Sections follow the template order (rule book §3.4 for staff notices, §3.5
 * for volunteers). The longest run of sections already in order is kept, and
 * each section outside it is reported once: moving Languages before Education
 * gives one finding on Languages, not a cascade on everything after it.
 * Repeated sections are left to `duplicate-section` (only the first counts).
 *
 * ok:      Introduction, tier, Context, Responsibilities, Education, Experience, Languages… (seeds 000–004)
 * not ok:  Languages before Education: "Section “Languages” is out of order: the template puts it after “Experience”."
 *
 * Fix (quick): move the section, from its heading to the next heading, to its
 * place (before the next in-order section that follows it in the template).
 */
import { defineRule } from './rule.js';
import { orderOf } from './structure.js';
import { cutBlock, familyOf, windowFix, inFamily, insertBlock, sectionBlocks, sectionLabel, headingRange, type SectionBlock } from './outline.js';

export default defineRule(
  {
    id: 'section-order',
    severity: 'warning',
    fixable: 'quick',
    description: 'A section stands out of the template order.',
  },
  ({ tree, report }) => {
    const family = familyOf(tree);
    const seen = new Set<string>();
    const blocks = sectionBlocks(tree).filter((block) => {
      if (!inFamily(block.section, family) || seen.has(block.section.id)) return false;
      seen.add(block.section.id);
      return true;
    });
    if (blocks.length < 2) return;
    const kept = longestInOrder(blocks.map((block) => orderOf(block.section.id)));
    const keptBlocks = blocks.filter((_, index) => kept.has(index));
    const text = tree.data.text;
    const eol = tree.data.eol;
    const allBlocks = sectionBlocks(tree);

    blocks.forEach((block, index) => {
      if (kept.has(index)) return;
      const order = orderOf(block.section.id);
      const before = keptBlocks.filter((other) => orderOf(other.section.id) < order).pop();
      const after = keptBlocks.find((other) => orderOf(other.section.id) > order);
      const name = sectionLabel(tree, block.section);
      const where = before ? `after “${sectionLabel(tree, before.section)}”` : `before “${sectionLabel(tree, after!.section)}”`;
      const [start, end] = headingRange(tree, block.section);
      const moved = blockText(text, block);
      const target = after ? after.start : (nextBlockAfter(allBlocks, before!, block) ?? text.length);
      const fix = windowFix(text, Math.min(block.start, target), Math.max(block.end, target), (window, offset) => {
        const without = cutBlock(window, block.start - offset, block.end - offset, eol);
        const local = target - offset;
        const shifted = local >= block.end - offset ? local - (window.length - without.length) : local;
        return insertBlock(without, shifted, moved, eol);
      });
      report({
        message: `Section “${name}” is out of order: the template puts it ${where}.`,
        start,
        end,
        suggestions: fix ? [{ desc: `Move “${name}” ${where}`, fix }] : [],
      });
    });
  },
);

/** Where the block after `anchor` starts (skipping the moved block), or undefined at the end. */
function nextBlockAfter(blocks: SectionBlock[], anchor: SectionBlock, moved: SectionBlock): number | undefined {
  const index = blocks.findIndex((block) => block.section === anchor.section);
  for (let next = index + 1; next < blocks.length; next++) {
    if (blocks[next].section !== moved.section) return blocks[next].start;
  }
  return undefined;
}

function blockText(text: string, block: SectionBlock): string {
  return text.slice(block.start, block.end);
}

/**
 * Indexes of a longest strictly increasing subsequence of `orders` (patience
 * sorting, O(n log n)); ties prefer the earliest sections.
 */
export function longestInOrder(orders: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(orders.length).fill(-1);
  for (let index = 0; index < orders.length; index++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (orders[tails[mid]] < orders[index]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1];
    tails[lo] = index;
  }
  const kept = new Set<number>();
  let cursor = tails.length ? tails[tails.length - 1] : -1;
  while (cursor !== -1) {
    kept.add(cursor);
    cursor = previous[cursor];
  }
  return kept;
}
