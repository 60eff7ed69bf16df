/**
 * `missing-field` · error (info when there is no header at all)
 *
 * The header fields rule book §2 requires are present and not empty: per
 * layout (current: reference, title, city, country, grade, contract,
 * recruiting type, vacancy type, duration, closing date; legacy: title,
 * vacancy number, duty station, classification, type of appointment, closing
 * date; volunteer [S004]: title, duty station, closing date) and per type
 * (§1: no grade on consultancies, internships and volunteers; no reference on
 * internships and volunteers; Vacancy Type on a UG notice is a warning only).
 * Volunteer fields are an assumption [A]: warnings.
 *
 * A body-only draft (seeds 000–002) gets ONE info finding; config
 * `header: "required"` turns that into one error per missing field.
 * Malformed values are left to `grade-format` and `date-format`; a value still
 * holding the fix's placeholder counts as present.
 *
 * ok:      [S003:8–17], all ten current-layout fields.
 * not ok:  an FR header without "Date limite de candidature": "Header field “Date limite de candidature” is missing."
 *
 * Fix (quick): insert the missing `Label : [placeholder]` line at its place in
 * the layout's field order, in the notice's language and separator style; for
 * an empty value, insert the placeholder; for a body-only draft, insert the
 * whole current-layout header.
 */
import type { Fix } from '../engine/types.js';
import type { FieldNode, NoticeRoot } from '../notice/tree.js';
import type { FieldDef } from '../template/types.js';
import { defineRule, type Report } from './rule.js';
import { lineEndOf, lineStartOf, sectionsOf } from './structure.js';
import {
  FIELD_ORDER,
  fieldDisplayName,
  fieldLine,
  fieldSeparator,
  fieldsRequired,
  headerFields,
  headerLayoutOf,
  placeholderOf,
  type HeaderLayout,
} from './header-fields.js';

export default defineRule(
  {
    id: 'missing-field',
    severity: 'error',
    fixable: 'quick',
    description: 'A required header field is missing or empty.',
  },
  ({ tree, report, config }) => {
    const fields = headerFields(tree);
    const language = tree.data.language;
    const eol = tree.data.eol;
    const layout = headerLayoutOf(tree);
    const required = fieldsRequired(tree, layout);

    if (fields.length === 0) {
      const point = headerInsertionPoint(tree);
      const separator = fieldSeparator(tree, []);
      if (config.header === 'required') {
        for (const field of required) {
          report({
            message: `Header field “${fieldDisplayName(field, language)}” is missing.`,
            start: point.reportStart,
            end: point.reportEnd,
            severity: 'error',
            suggestions: [
              { desc: `Insert “${fieldDisplayName(field, language)}”`, fix: { range: [point.offset, point.offset], text: point.wrap(fieldLine(tree, field, layout, separator)) } },
            ],
          });
        }
        return;
      }
      const block = required.map((field) => fieldLine(tree, field, layout, separator)).join(eol);
      report({
        message: `The notice has no header (body-only draft): ${required.map((field) => fieldDisplayName(field, language)).join(', ')} are not stated.`,
        start: point.reportStart,
        end: point.reportEnd,
        severity: 'info',
        suggestions: [{ desc: 'Insert a header with placeholders', fix: { range: [point.offset, point.offset], text: point.wrap(block) } }],
      });
      return;
    }

    const separator = fieldSeparator(tree, fields);
    const present = new Map<string, FieldNode>();
    for (const field of fields) if (!present.has(field.key)) present.set(field.key, field);

    for (const def of required) {
      const severity = severityOf(tree, def, layout);
      const name = fieldDisplayName(def, language);
      const field = present.get(def.key);
      if (field) {
        if (field.fieldValue.value.trim() !== '') continue;
        const at = field.fieldValue.start;
        const before = tree.data.text[at - 1];
        const text = (before === ' ' || before === '\u00A0' || before === '\t' ? '' : ' ') + placeholderOf(def, language);
        report({
          message: `Header field “${field.label.value.trim()}” has no value.`,
          start: field.label.start,
          end: Math.max(field.fieldValue.end, field.label.end),
          severity,
          suggestions: [{ desc: `Insert a placeholder value for “${field.label.value.trim()}”`, fix: { range: [at, at], text } }],
        });
        continue;
      }
      const fix = insertField(tree, def, layout, present, separator);
      const result: Report = {
        message: `Header field “${name}” is missing.`,
        start: fix.reportStart,
        end: fix.reportEnd,
        severity,
        suggestions: [{ desc: `Insert “${name}”`, fix: fix.fix }],
      };
      report(result);
    }
  },
);

function severityOf(tree: NoticeRoot, def: FieldDef, layout: HeaderLayout): 'error' | 'warning' {
  if (def.assumedRequiredIn?.includes(layout)) return 'warning';
  if (def.warnOnlyForGrades && (def.warnOnlyForGrades.includes(tree.data.grade ?? '') || (tree.data.noticeType === 'CFA' && def.warnOnlyForGrades.includes('UG')))) {
    return 'warning';
  }
  return 'error';
}

/** A missing field goes after the field that precedes it in the layout's order, else before the first field. */
function insertField(tree: NoticeRoot, def: FieldDef, layout: HeaderLayout, present: Map<string, FieldNode>, separator: string) {
  const eol = tree.data.eol;
  const order = FIELD_ORDER[layout];
  const index = order.indexOf(def.key);
  const line = fieldLine(tree, def, layout, separator);
  for (let previous = index - 1; previous >= 0; previous--) {
    const field = present.get(order[previous]);
    if (!field) continue;
    const end = lineEndOf(tree, field.position.end.offset ?? field.fieldValue.end);
    return { fix: { range: [end, end], text: eol + line } as Fix, reportStart: lineStartOf(tree, end), reportEnd: end };
  }
  const all = [...present.values()].sort((a, b) => (a.position.start.offset ?? 0) - (b.position.start.offset ?? 0));
  const first = all[0];
  const start = lineStartOf(tree, first.position.start.offset ?? first.label.start);
  return { fix: { range: [start, start], text: line + eol } as Fix, reportStart: start, reportEnd: lineEndOf(tree, start) };
}

/**
 * Where a body-only draft's header goes: after a bare title line that opens
 * the file [S002:1], else before the first content line.
 */
function headerInsertionPoint(tree: NoticeRoot) {
  const { text, eol, lineStarts, noiseLines } = tree.data;
  const eolLength = eol.length;
  let first = -1;
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line];
    if (!noiseLines.has(line) && /[^\s\u00A0\uFEFF]/.test(text.slice(start, lineEndOf(tree, start)))) {
      first = line;
      break;
    }
  }
  if (first === -1) {
    return { offset: text.length, reportStart: 0, reportEnd: 0, wrap: (block: string) => (text.trim() ? eol + eol + block : block) };
  }
  const firstStart = lineStarts[first];
  const firstEnd = lineEndOf(tree, firstStart);
  const firstSection = sectionsOf(tree)[0];
  const sectionOffset = firstSection ? lineStartOf(tree, firstSection.position.start.offset ?? 0) : text.length;
  const wrapperOffset = firstSection?.wrappers[0]?.span.start;
  const firstIsSection = firstStart >= Math.min(sectionOffset, wrapperOffset ?? sectionOffset);
  if (firstIsSection) {
    return { offset: firstStart, reportStart: firstStart, reportEnd: firstEnd, wrap: (block: string) => block + eol + eol };
  }
  // a title line: the header goes after it
  const after = firstEnd;
  const nextBlank = after >= text.length || /^(\r\n|\r|\n)[ \t\u00A0]*(\r\n|\r|\n)/.test(text.slice(after, after + 50 + eolLength));
  return {
    offset: after,
    reportStart: firstStart,
    reportEnd: firstEnd,
    wrap: (block: string) => eol + eol + block + (nextBlank ? '' : eol),
  };
}
