/**
 * `duplicate-section` · warning
 *
 * The same section appears twice (rule book §5), once wrapper headings are
 * merged: two "Experience" headings, or "Experience" and its French twin
 * "Expérience". Different ids are not duplicates: FR "Compétences" (skills)
 * and "Compétences requises" (the competencies group) [S003:86,105];
 * "Expérience requise" and "Expérience pertinente" [S004:66,77]. Wrapper
 * pairs ("Responsibilities" + "Responsibilities and Accountabilities"
 * [S000:33–35]) are one section.
 *
 * ok:      seed 000 (wrapper pairs), seed 003, seed 004.
 * not ok:  "Experience … Experience": "Section “Experience” appears twice (first at line 12)."
 *
 * Fix (quick): when both sections say the same thing, remove the second one;
 * otherwise merge the second section's body into the first and drop its heading.
 */
import { fold } from '../notice/normalize.js';
import type { Fix } from '../engine/types.js';
import type { NoticeRoot } from '../notice/tree.js';
import { defineRule } from './rule.js';
import {
  contentEndBefore,
  cutBlock,
  MAX_FIXES_PER_RULE,
  windowFix,
  familyOf,
  headingLineEnd,
  headingRange,
  inFamily,
  insertBlock,
  lineOf,
  sectionBlocks,
  sectionLabel,
  trimBlock,
  type SectionBlock,
} from './outline.js';

export default defineRule(
  {
    id: 'duplicate-section',
    severity: 'warning',
    fixable: 'quick',
    description: 'The same section appears twice.',
  },
  ({ tree, report }) => {
    const family = familyOf(tree);
    const first = new Map<string, SectionBlock>();
    const text = tree.data.text;
    const eol = tree.data.eol;
    let fixes = 0;
    for (const block of sectionBlocks(tree)) {
      if (!inFamily(block.section, family)) continue;
      const earlier = first.get(block.section.id);
      if (!earlier) {
        first.set(block.section.id, block);
        continue;
      }
      const name = sectionLabel(tree, block.section);
      const [start, end] = headingRange(tree, block.section);
      const line = lineOf(tree, headingRange(tree, earlier.section)[0]);
      let suggestions: Array<{ desc: string; fix: Fix }> = [];
      if (fixes < MAX_FIXES_PER_RULE) {
        const body = bodyOf(tree, block);
        const identical = !trimBlock(body) || fold(body) === fold(bodyOf(tree, earlier));
        let fix: Fix | undefined;
        let desc: string;
        if (identical) {
          desc = `Remove the repeated “${name}” section`;
          fix = windowFix(text, block.start, block.end, (window, offset) => cutBlock(window, block.start - offset, block.end - offset, eol));
        } else {
          desc = `Merge the second “${name}” section into the first`;
          // the end of the first section's content, before the second section is cut
          const anchor = contentEndBefore(text, earlier.end);
          fix = windowFix(text, anchor, block.end, (window, offset) =>
            insertBlock(cutBlock(window, block.start - offset, block.end - offset, eol), anchor - offset, body, eol),
          );
        }
        if (fix) {
          suggestions = [{ desc, fix }];
          fixes++;
        }
      }
      report({
        message: `Section “${name}” appears twice (first at line ${line}).`,
        start,
        end,
        suggestions,
      });
    }
  },
);

/** The section's body: everything after its heading line up to the next section. */
function bodyOf(tree: NoticeRoot, block: SectionBlock): string {
  const heading = block.section.heading;
  const bodyStart = heading && heading.style !== 'opener' ? headingLineEnd(tree, heading) : block.start;
  return tree.data.text.slice(Math.max(bodyStart, block.start), block.end);
}
