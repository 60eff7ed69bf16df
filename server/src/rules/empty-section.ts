/**
 * `empty-section` · warning
 *
 * A heading has no content before the next heading or the end of the file
 * (rule book §5). Blank lines, whitespace- or NBSP-only lines and job-board
 * noise don't count as content. Group headings (Qualifications, Required
 * Competencies, Critères d’éligibilité, Exigences liées à la mission) and
 * wrapper headings ("Job Description") are never empty.
 *
 * ok:      [S004:61–62] "Critères d’éligibilité" directly followed by "Âge" (a group heading).
 * not ok:  "Experience" directly followed by "Skills": "Section “Experience” is empty."
 * Seed 004:115 "Permis de conduire." followed only by the noise line "POSTULER ICI"
 * is reported (the rule book's §5 "Bad" example), once `job-board-noise` classifies 117.
 *
 * Fix (quick): insert the section's standard text (§4) under the heading, when
 * the template has one in the notice's language.
 */
import { sectionById } from '../template/sections.js';
import { standardText } from '../template/texts.js';
import { defineRule } from './rule.js';
import { fillTemplate, lineEndOf, listStyle, sectionsOf } from './structure.js';
import { familyOf, headingLineEnd, inFamily, MAX_FIXES_PER_RULE, sectionLabel } from './outline.js';

export default defineRule(
  {
    id: 'empty-section',
    severity: 'warning',
    fixable: 'quick',
    description: 'A section heading has no content.',
  },
  ({ tree, report }) => {
    const family = familyOf(tree);
    const { text, eol, language } = tree.data;
    const sections = sectionsOf(tree);
    let fixes = 0;
    sections.forEach((section, index) => {
      const def = sectionById(section.id);
      if (!def || def.kind === 'group' || !inFamily(section, family)) return;
      const heading = section.heading;
      if (!heading || heading.style === 'opener') return;
      if (section.children.some((child) => child.type !== 'paragraph' || !child.noise)) return;
      const name = sectionLabel(tree, section);
      const body = fixes >= MAX_FIXES_PER_RULE ? undefined : standardText(section.id, language, { category: tree.data.category, grade: tree.data.grade, list: listStyle(tree) });
      const suggestions = [];
      if (body && body.lines.length) {
        const at = headingLineEnd(tree, heading);
        const lineEnd = lineEndOf(tree, at);
        const nextLineStart = text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
        const nextLineBlank = lineEnd >= text.length || /^[ \t\u00A0]*(\r\n|\r|\n|$)/.test(text.slice(nextLineStart, nextLineStart + 200));
        const inserted = eol + eol + fillTemplate(tree, body.lines.join(eol)) + (nextLineBlank ? '' : eol);
        suggestions.push({ desc: `Insert the standard “${name}” text`, fix: { range: [lineEnd, lineEnd] as [number, number], text: inserted } });
        fixes++;
      }
      report({
        message: `Section “${name}” is empty: nothing follows its heading before ${sections[index + 1] ? `“${sectionLabel(tree, sections[index + 1])}”` : 'the end of the notice'}.`,
        start: heading.span.start,
        end: heading.span.end,
        suggestions,
      });
    });
  },
);
