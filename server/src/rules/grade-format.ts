/**
 * `grade-format` · warning (optional rule, rule book §5)
 *
 * A grade is written in its canonical form (§2 "Grade"): `P-1`…`P-5`, `D-1`,
 * `D-2`, `NO-A`…`NO-D` (`NO-E` [A]), `G-1`…`G-7`, `UG`. Checked in the Grade
 * field (current layout), in a legacy "Classification:" value (only the token
 * after "Grade": "General Service, Grade G6" → `G6`), and in a "(P2)" grade
 * suffix of the title [C]. A Grade value that is no grade at all ("P-9",
 * "senior") is reported too, without a fix. `missing-field` reports absent
 * and empty fields; this rule reports malformed ones, so nothing is reported
 * twice.
 *
 * ok:      [S003:12] "Grade : P-4"; "Classification: General Service, Grade G-6".
 * not ok:  "Grade: P4" → "Grade “P4” is not in the canonical form “P-4”."
 *
 * Fix (auto): rewrite the grade token only ("P4" → "P-4", "NOB" → "NO-B").
 */
import { parseGrade } from '../template/grades.js';
import { defineRule } from './rule.js';
import { headerFields, isPlaceholder } from './header-fields.js';

const TITLE_GRADE = /\((?:P|D|G|NO)[ \u00A0-]?[0-9A-E]\)/gi;

export default defineRule(
  {
    id: 'grade-format',
    severity: 'warning',
    fixable: 'auto',
    type: 'suggestion',
    description: 'A grade is not written in its canonical form (P-4, NO-B, G-6, UG).',
  },
  ({ tree, report }) => {
    for (const field of headerFields(tree)) {
      const value = field.fieldValue;
      if (!value.value.trim() || isPlaceholder(value.value)) continue;
      if (field.key === 'grade') {
        const parsed = parseGrade(value.value);
        if (!parsed) {
          report({
            message: `Grade “${value.value.trim()}” is not a valid grade (P-1…P-5, D-1, D-2, NO-A…NO-D, G-1…G-7 or UG).`,
            start: value.start,
            end: value.end,
          });
          continue;
        }
        check(parsed, value.start, value.value);
      } else if (field.key === 'classification') {
        if (!/(?:^|[\s,;:(])grad[eo]\b/i.test(value.value)) continue;
        const parsed = parseGrade(value.value);
        if (!parsed) {
          report({ message: `The grade in “${value.value.trim()}” is not a valid grade.`, start: value.start, end: value.end });
          continue;
        }
        check(parsed, value.start, value.value);
      } else if (field.key === 'title') {
        for (const match of value.value.matchAll(TITLE_GRADE)) {
          const parsed = parseGrade(match[0]);
          if (parsed) check(parsed, value.start + match.index!, match[0]);
        }
      }
    }

    /** Reports a non-canonical token; offsets are the view value's, mapped by the value's start (a grade has no mojibake). */
    function check(parsed: NonNullable<ReturnType<typeof parseGrade>>, valueStart: number, _value: string) {
      if (parsed.canonicalForm) return;
      const start = valueStart + parsed.tokenStart;
      const end = valueStart + parsed.tokenEnd;
      if (tree.data.text.slice(start, end) !== parsed.token) return; // the value was repaired: offsets differ
      report({
        message: `Grade “${parsed.token}” is not in the canonical form “${parsed.canonical}”.`,
        start,
        end,
        fix: { range: [start, end], text: parsed.canonical },
      });
    }
  },
);
