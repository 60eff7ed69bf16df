/**
 * `unknown-heading` · info
 *
 * A short line that looks like a heading matches no section of the template
 * (rule book §3.1, §3.2). The parser keeps it as body text of the section it
 * sits in — it is not silently turned into a section — and this rule tells
 * the author, who may have misspelt a heading ("Responsabilites" is matched;
 * "Duties and Reponsibilities" is not) or added a section the template lacks.
 *
 * Heading-like: a Markdown `#` line or a line wrapped in `**`; or a one-line
 * paragraph of at most 8 words and 60 characters, starting with a capital
 * letter, with no comma, no ";", "!", "?" and no ":" inside (a trailing ":" is
 * allowed; a trailing "." makes it a sentence), followed by body text (a paragraph or a list) of its section.
 * Not reported: free-text sub-headings inside Context and Responsibilities
 * (and the volunteer Contexte / Description de la tâche), which are body text
 * per §3.1 [S001:43,49,56,61]; the lead-in lines of the tier paragraph
 * ("Second-tier candidates include:" [S000:21]); the preamble (title, header, job-board lines);
 * job-board chrome and noise; known header labels.
 *
 * ok:      [S001:43] "Project Management and Coordination" inside Responsibilities.
 * not ok:  "Benefits Package" followed by a paragraph, inside Education.
 *
 * No fix: the right heading depends on what the author meant.
 */
import { CHROME_HEADINGS, WRAPPER_HEADINGS } from '../template/sections.js';
import { HEADER_EXTRA_LINES } from '../template/fields.js';
import { fold, stripHeadingMarkup } from '../notice/normalize.js';
import type { BlockNode } from '../notice/tree.js';
import { defineRule } from './rule.js';
import { sectionsOf } from './structure.js';

/** Sections whose free-text sub-headings are body text (§3.1). */
const BODY_HEADING_SECTIONS = new Set(['tier', 'context', 'responsibilities', 'vol-context', 'vol-task']);
const KNOWN = new Set([...CHROME_HEADINGS, ...WRAPPER_HEADINGS, ...HEADER_EXTRA_LINES].map((entry) => fold(entry.text)));

export default defineRule(
  {
    id: 'unknown-heading',
    severity: 'info',
    description: 'A heading-like line matches no section of the template.',
  },
  ({ tree, report }) => {
    const text = tree.data.text;
    for (const section of sectionsOf(tree)) {
      if (BODY_HEADING_SECTIONS.has(section.id)) continue;
      const children = section.children;
      children.forEach((child, index) => {
        if (child.type !== 'paragraph' || child.noise) return;
        if (/[\r\n]/.test(child.value)) return;
        const verdict = headingLike(child.value, children[index + 1]);
        if (!verdict) return;
        const start = child.position.start.offset!;
        const end = child.position.end.offset!;
        report({
          message: `“${verdict}” looks like a heading but matches no section of the template; it is read as text of “${section.heading?.text ?? section.id}”.`,
          start,
          end: Math.min(end, text.length),
        });
      });
    }
  },
);

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’()/&-]*/gu;

/** The heading text when `line` looks like a heading, else undefined. */
export function headingLike(line: string, next: BlockNode | undefined): string | undefined {
  const stripped = stripHeadingMarkup(line);
  const value = stripped.text;
  if (!value) return undefined;
  const verdict = headingShaped(line, value, stripped.atx, next);
  // (the known lines are looked up last: folding every paragraph of a notice first cost more than all the rest)
  return verdict !== undefined && !KNOWN.has(fold(value)) ? verdict : undefined;
}

function headingShaped(line: string, value: string, atx: boolean, next: BlockNode | undefined): string | undefined {
  const marked = atx || /^\s*(\*\*|__)/.test(line);
  if (marked) return value.length <= 120 ? value : undefined;
  if (!next || (next.type !== 'paragraph' && next.type !== 'list')) return undefined;
  if (value.length > 60) return undefined;
  if (!/^\p{Lu}/u.test(value)) return undefined;
  if (/[,;!?]/.test(value) || /[:.]\s*\S/.test(value) || /[“”"«»]/.test(value)) return undefined;
  const words = value.match(WORDS) ?? [];
  if (words.length === 0 || words.length > 8) return undefined;
  // a line ending with "." reads as a sentence ("Seuls les candidats présélectionnés seront contactés.")
  if (/\.\s*$/.test(line)) return undefined;
  return value;
}
