/**
 * `grade-experience` · error below a verified minimum; warning below an [A]
 * minimum, or above any minimum by more than `maxYearsAboveMinimum`
 *
 * Checks each degree's years against the grade's minimum (rule book §6.1,
 * config `tables.gradeMinExperience`). The grade is the header's, the
 * title's "(P-4)", the legacy Classification's or config `grade`
 * (tree.data.grade). Silent without a grade (000–002) and for grades without a
 * row (G-1, D-2, UG). Internships: a warning when `internshipMaxYears` (2) or
 * more years are asked [V].
 *
 * Why: a P-4 notice that asks P-2 experience (or the reverse) passes any
 * proofreading of the prose.
 *
 * ok:      003: "Grade : P-4" with Maîtrise + sept / Diplôme universitaire + neuf (7/9)
 * ok:      001 with grade P-2 (3/5 is one year above 2/4; the threshold is 3)
 * not ok:  "Grade : P-4" with "Maîtrise … cinq années ; ou Diplôme universitaire … sept années"
 *
 * Fix (quick): set the figure to the grade's minimum, in the same form.
 */
import { extractRequirements, higherYears } from '../requirements/extract.js';
import { eligibilityTables, rowMinimum } from '../requirements/tables.js';
import { aDegree, figureLike } from '../requirements/format.js';
import type { DegreeLevel } from '../template/eligibility.js';
import { defineRule } from './rule.js';

export default defineRule(
  {
    id: 'grade-experience',
    severity: 'error',
    fixable: 'quick',
    description: 'The years asked do not fit the grade’s minimum experience.',
  },
  ({ tree, report, config }) => {
    const grade = tree.data.grade;
    const type = tree.data.noticeType;
    if (type === 'volunteer' || type === 'consultancy') return;
    const requirements = extractRequirements(tree);
    const tables = eligibilityTables(config);
    const language = tree.data.language;

    if (type === 'internship') {
      for (const alternative of requirements.alternatives) {
        const mention = alternative.mention;
        if (alternative.years === undefined || !mention || alternative.years < tables.internshipMaxYears) continue;
        report({
          message: `An internship asks ${alternative.years} years of experience; internships are for candidates with less than ${tables.internshipMaxYears} years.`,
          start: mention.phraseStart,
          end: mention.phraseEnd,
          severity: 'warning',
        });
      }
      return;
    }
    if (!grade) return;
    const row = tables.gradeMinExperience.get(grade);
    if (!row) return;

    const resolved = new Map<DegreeLevel, number>();
    const seen = new Set<DegreeLevel>();
    for (const alternative of requirements.alternatives) {
      if (alternative.years !== undefined && !resolved.has(alternative.degree)) resolved.set(alternative.degree, alternative.years);
    }
    for (const alternative of requirements.alternatives) {
      const { years, mention } = alternative;
      if (years === undefined || !mention || seen.has(alternative.degree)) continue;
      seen.add(alternative.degree);
      const minimum = rowMinimum(row, alternative.degree);
      if (minimum === undefined) continue;
      const assumed = row.evidence === 'assumed';
      let message: string;
      let severity: 'error' | 'warning';
      if (years < minimum) {
        severity = assumed ? 'warning' : 'error';
        message = `${grade} asks at least ${minimum} years with ${aDegree(alternative.degree)}${assumed ? ' (assumed default)' : ''}; this notice asks ${years}.`;
      } else if (years > minimum + tables.maxYearsAboveMinimum) {
        severity = 'warning';
        message = `${grade} asks ${minimum} years with ${aDegree(alternative.degree)}; ${years} is more than ${tables.maxYearsAboveMinimum} above it and reads as a higher grade.`;
      } else continue;
      // the figure to write: the minimum itself, or for "N additional years" the step that reaches it
      let target = minimum;
      if (alternative.yearsFrom === 'additional') {
        const above = higherYears(alternative.degree, resolved);
        target = above === undefined ? minimum : minimum - above;
      }
      const text = figureLike(target, mention.token, language);
      report({
        message,
        start: mention.phraseStart,
        end: mention.phraseEnd,
        severity,
        suggestions: target >= 1 ? [{ desc: `Ask the ${grade} minimum: ${text}`, fix: { range: [mention.start, mention.end], text } }] : undefined,
      });
    }
  },
);
