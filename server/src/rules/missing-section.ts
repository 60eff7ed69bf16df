/**
 * `missing-section` · error (warning for conditional sections and assumed columns)
 *
 * A section the template requires for this notice type is absent (rule book
 * §3.3, §5). Sections are found as headings, run-in headings, or (for the
 * introduction and the tier paragraph) by their opening sentence. The finding
 * sits where the section belongs: on the heading of the section that should
 * follow it, or on the last line when it belongs at the end.
 *
 * Conditional: Managerial Competencies are required when Responsibilities
 * describe supervision by the incumbent (§3.3).
 *
 * ok:      Introduction … Notes, every required heading present (seed 003).
 * not ok:  seed 000 ends after the Managerial list: "Section “Notes” is missing".
 * not ok:  seed 002 lists duties under “Context”: the Responsibilities heading
 *          is missing before the first duty.
 *
 * Fix (quick): insert the heading and its standard text (§4) in the notice's
 * language, at its place in the template order, in the file's heading style
 * and line endings. When duties sit under Context, insert only the heading,
 * before the first duty.
 */
import { sectionById, SECTIONS } from '../template/sections.js';
import { describesSupervision, isAssumedColumn, requirementColumn, requirementFor } from '../template/requirements.js';
import { standardText } from '../template/texts.js';
import { FIELD_PLACEHOLDER } from '../template/fields.js';
import type { Language, NoticeRoot, SectionNode } from '../notice/tree.js';
import type { SectionDef } from '../template/types.js';
import { defineRule } from './rule.js';
import { fillTemplate, headingLine, insertionPoint, listStyle, sectionsOf } from './structure.js';

export default defineRule(
  {
    id: 'missing-section',
    severity: 'error',
    fixable: 'quick',
    description: 'A section the template requires for this notice type is missing.',
  },
  ({ tree, report }) => {
    const data = tree.data;
    const family = data.noticeType === 'volunteer' ? 'volunteer' : 'staff';
    const column = requirementColumn(data.noticeType, data.grade, data.category);
    const layout = data.layout;
    const sections = sectionsOf(tree);
    const present = new Set(sections.map((section) => section.id));
    const language = data.language;

    for (const def of SECTIONS) {
      if (def.family !== family || present.has(def.id)) continue;
      const requirement = requirementFor(def.id, column, layout);
      let severity: 'error' | 'warning' = isAssumedColumn(column) ? 'warning' : 'error';
      if (requirement === 'C') {
        if (def.id !== 'managerial' || !supervises(tree, sections, language)) continue;
        severity = 'warning';
      } else if (requirement !== 'R') continue;

      const name = def.names[language];
      // Duties listed under Context: the Responsibilities heading goes before the first duty.
      if (def.id === 'responsibilities') {
        const duties = dutiesUnderContext(sections);
        if (duties) {
          const heading = headingLine(tree, def, language);
          report({
            message: `Section “${name}” is missing: the duties below sit under “${sectionTitle(sections, 'context')}”. Add the “${name}” heading before them.`,
            start: duties.start,
            end: duties.end,
            severity,
            suggestions: [{ desc: `Insert the “${name}” heading`, fix: { range: [duties.start, duties.start], text: heading + data.eol + data.eol } }],
          });
          continue;
        }
      }

      const point = insertionPoint(tree, sections, def);
      const text = sectionText(tree, def, language);
      report({
        message: `Section “${name}” is missing; the template expects it ${point.where}.`,
        start: point.reportStart,
        end: point.reportEnd,
        severity,
        suggestions: [{ desc: `Insert the “${name}” section`, fix: { range: [point.offset, point.offset], text: point.wrap(text) } }],
      });
    }
  },
);

function supervises(tree: NoticeRoot, sections: readonly SectionNode[], language: Language): boolean {
  const responsibilities = sections.find((section) => section.id === 'responsibilities');
  if (!responsibilities) return false;
  const text = tree.data.view.text.slice(
    (responsibilities.data as { viewStart: number }).viewStart,
    (responsibilities.data as { viewEnd: number }).viewEnd,
  );
  return describesSupervision(text, language);
}

function dutiesUnderContext(sections: readonly SectionNode[]): { start: number; end: number } | undefined {
  const context = sections.find((section) => section.id === 'context');
  const list = context?.children.find((child) => child.type === 'list' && child.ordered);
  if (!list || list.type !== 'list' || list.children.length < 3) return undefined;
  const first = list.children[0];
  return { start: first.marker.start, end: first.content.end };
}

function sectionTitle(sections: readonly SectionNode[], id: string): string {
  return sections.find((section) => section.id === id)?.heading?.text ?? sectionById(id)?.names.en ?? id;
}

/** Heading plus standard text, lines joined with the file's line ending. */
function sectionText(tree: NoticeRoot, def: SectionDef, language: Language): string {
  const eol = tree.data.eol;
  const parts: string[] = [];
  if (!def.noHeading) parts.push(headingLine(tree, def, language));
  const body = standardText(def.id, language, { category: tree.data.category, grade: tree.data.grade, list: listStyle(tree) });
  if (body && body.lines.length) parts.push(fillTemplate(tree, body.lines.join(eol)));
  // no standard text (§4: ES, and sections whose text is the post's own): a placeholder the author must fill,
  // so that the inserted heading is not an empty section
  else parts.push(FIELD_PLACEHOLDER[language]);
  return parts.join(eol + eol);
}
