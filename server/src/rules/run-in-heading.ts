/**
 * `run-in-heading` · warning (optional rule, rule book §3.1, §5)
 *
 * A copy that lost its line breaks keeps section headings inside paragraphs,
 * between NBSP runs. The parser splits them out (§3.1: the heading starts the
 * line or follows sentence-final punctuation plus a space/NBSP run, and is
 * followed by the end of the line, an NBSP run or a capitalised word); this
 * rule reports each split so the author can restore the layout.
 *
 * ok:      a heading on its own line.
 * not ok:  [S002:35] "…Database.␣␣Experience"; [S002:57] "Required Competencies" and
 *          "Values - all IOM staff members…"; [S002:59] "Core Competencies – behavioural
 *          indicators (Level 1)" and "Notes" (5 findings in seed 002).
 *
 * Fix (auto): put the heading on its own line with a blank line before and
 * after it, dropping the space/NBSP separators around it.
 */
import { defineRule } from './rule.js';
import { lineEndOf, sectionsOf } from './structure.js';

const SEPARATOR = /[ \t\u00A0\u202F]/;

export default defineRule(
  {
    id: 'run-in-heading',
    severity: 'warning',
    fixable: 'auto',
    type: 'layout',
    description: 'A section heading is run into a paragraph instead of standing on its own line.',
  },
  ({ tree, report }) => {
    const { text, eol, view } = tree.data;
    const viewText = view.text;
    for (const section of sectionsOf(tree)) {
      const heading = section.heading;
      if (!heading || heading.style !== 'run-in' || !heading.data) continue;
      // the separators around the heading, found in the repaired view ("ย␣" is an NBSP there)
      let before = heading.data.viewStart;
      while (before > 0 && SEPARATOR.test(viewText[before - 1])) before--;
      let after = heading.data.viewEnd;
      while (after < viewText.length && SEPARATOR.test(viewText[after])) after++;
      const start = view.toOriginal(before);
      const end = view.toOriginal(after);
      const headingText = text.slice(heading.span.start, heading.span.end);
      const atLineEnd = after >= viewText.length || viewText[after] === '\n' || viewText[after] === '\r';
      let replacement = eol + eol + headingText;
      if (!atLineEnd) replacement += eol + eol;
      else if (!nextLineBlank(text, lineEndOf(tree, end))) replacement += eol;
      report({
        message: `Heading “${heading.text}” is run into the paragraph; put it on its own line.`,
        start: heading.span.start,
        end: heading.span.end,
        fix: { range: [start, end], text: replacement },
      });
    }
  },
);

function nextLineBlank(text: string, lineEnd: number): boolean {
  if (lineEnd >= text.length) return true;
  const next = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
  return /^[ \t\u00A0]*(?:\r\n|\r|\n|$)/.test(text.slice(next, next + 200));
}
