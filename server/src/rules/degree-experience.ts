/**
 * `degree-experience` · warning
 *
 * Inside Education (and Experience, when it restates the choices), each
 * alternative pairs a degree level with years of experience. A first-level
 * degree needs the advanced degree's years + 2 (`firstDegreeExtraYears`), a
 * secondary diploma the first-level years + 2 (`secondaryExtraYears`), both
 * verified (rule book §5, §6.1). "M additional years" means the higher
 * degree's years + M [S001:76], so M must be the step itself.
 *
 * Why: a reviewer reads "seven years … eight years" as plausible; the step
 * rule makes the slip visible.
 *
 * ok:      "Master's degree … with two years …; or University degree … with four years" [S000:59–60]
 * ok:      "Maîtrise … et sept années … ; ou Diplôme universitaire … et neuf années" [S003:71–72]
 * ok:      "University degree … with two additional years" + "Minimum three years (or five years
 *          for bachelor's degree holders)" [S001:76,82]
 * not ok:  "Master's degree … seven years; or University degree … eight years" (nine expected)
 *
 * Fix (quick, two suggestions): set the first-level figure to advanced + 2, or
 * the advanced figure to first-level − 2; when the grade is known, the one that
 * lands on the grade's minimum comes first. Number words stay words, in the
 * notice's language (§8).
 */
import { extractRequirements, type Alternative } from '../requirements/extract.js';
import { eligibilityTables, rowMinimum } from '../requirements/tables.js';
import { degreeName, figureLike } from '../requirements/format.js';
import type { DegreeLevel } from '../template/eligibility.js';
import type { Suggestion } from '../engine/types.js';
import { defineRule } from './rule.js';

export default defineRule(
  {
    id: 'degree-experience',
    severity: 'warning',
    fixable: 'quick',
    description: 'A lower degree must ask the higher degree’s years plus the step (2 by default).',
  },
  ({ tree, report, config }) => {
    if (tree.data.noticeType === 'volunteer') return;
    const requirements = extractRequirements(tree);
    const tables = eligibilityTables(config);
    const language = tree.data.language;
    const row = tree.data.grade ? tables.gradeMinExperience.get(tree.data.grade) : undefined;
    const steps: Array<[DegreeLevel, DegreeLevel, number]> = [
      ['advanced', 'first-level', tables.firstDegreeExtraYears],
      ['first-level', 'secondary', tables.secondaryExtraYears],
    ];
    // Education's alternative for a level; else Experience restating it ("(or five years for bachelor's degree holders)")
    const first = (level: DegreeLevel): Pick<Alternative, 'years' | 'mention' | 'yearsFrom'> | undefined => {
      const alternative = requirements.alternatives.find((candidate) => candidate.degree === level && candidate.years !== undefined && candidate.mention);
      if (alternative) return alternative;
      const statement = requirements.experience.find((candidate) => candidate.degree === level);
      return statement ? { years: statement.years.value, mention: statement.years, yearsFrom: 'experience' } : undefined;
    };

    for (const [upperLevel, lowerLevel, step] of steps) {
      const upper = first(upperLevel);
      const lower = first(lowerLevel);
      if (!upper || !lower || upper.years === undefined || lower.years === undefined) continue;
      const lowerMention = lower.mention!;
      if (lower.yearsFrom === 'additional') {
        if (lowerMention.value === step) continue;
        report({
          message: `The ${degreeName(lowerLevel)} asks “${lowerMention.token}” additional years over the ${degreeName(upperLevel)}; the step is ${step}.`,
          start: lowerMention.phraseStart,
          end: lowerMention.phraseEnd,
          suggestions: [
            {
              desc: `Ask ${figureLike(step, lowerMention.token, language)} additional years`,
              fix: { range: [lowerMention.start, lowerMention.end], text: figureLike(step, lowerMention.token, language) },
            },
          ],
        });
        continue;
      }
      const expected = upper.years + step;
      if (lower.years === expected) continue;
      const upperMention = upper.mention!;
      const suggestions: Suggestion[] = [];
      const setLower: Suggestion = {
        desc: `Set the ${degreeName(lowerLevel)} years to ${figureLike(expected, lowerMention.token, language)} (${degreeName(upperLevel)} + ${step})`,
        fix: { range: [lowerMention.start, lowerMention.end], text: figureLike(expected, lowerMention.token, language) },
      };
      suggestions.push(setLower);
      const upperExpected = lower.years - step;
      if (upperExpected >= 0 && (upperMention.start !== lowerMention.start || upperMention.end !== lowerMention.end)) {
        const setUpper: Suggestion = {
          desc: `Set the ${degreeName(upperLevel)} years to ${figureLike(upperExpected, upperMention.token, language)} (${degreeName(lowerLevel)} − ${step})`,
          fix: { range: [upperMention.start, upperMention.end], text: figureLike(upperExpected, upperMention.token, language) },
        };
        // §5: if the grade is known, prefer the pair at its minimum
        const minimum = row ? rowMinimum(row, upperLevel) : undefined;
        if (minimum !== undefined && minimum === upperExpected) suggestions.unshift(setUpper);
        else suggestions.push(setUpper);
      }
      report({
        message: `The ${degreeName(lowerLevel)} asks ${lower.years} years where the ${degreeName(upperLevel)} asks ${upper.years}: expected ${expected} (${degreeName(upperLevel)} + ${step}).`,
        start: lowerMention.phraseStart,
        end: lowerMention.phraseEnd,
        suggestions,
      });
    }
  },
);
