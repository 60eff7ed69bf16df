/**
 * `experience-mismatch` · warning
 *
 * The Experience section states the same years as Education for each degree
 * level (rule book §5). A figure tied to a degree ("five years for bachelor's
 * degree holders") is compared with that degree's alternative; a bare "N
 * years" with the highest degree Education offers (the advanced degree on
 * P/NO posts). "M additional years" in Education counts as the higher
 * degree's years + M.
 *
 * Why: Education and Experience are written separately and drift apart
 * ("Master's + 2" above, "At least five years" below).
 *
 * ok:      [S001:82] "Minimum three years (or five years for bachelor's degree holders)" with
 *          Education "University degree … with two additional years"
 * ok:      000, 003: Experience states no years
 * not ok:  Education asks 2/4, Experience "At least five years of experience"
 *
 * Fix (quick): copy Education's figure into Experience, in the same form
 * (word or digits, in the notice's language).
 */
import { extractRequirements, higherYears, type Alternative } from '../requirements/extract.js';
import { degreeName, figureLike } from '../requirements/format.js';
import { DEGREE_LEVELS, type DegreeLevel } from '../template/eligibility.js';
import { defineRule } from './rule.js';

export default defineRule(
  {
    id: 'experience-mismatch',
    severity: 'warning',
    fixable: 'quick',
    description: 'Experience states years that disagree with Education.',
  },
  ({ tree, report }) => {
    if (tree.data.noticeType === 'volunteer') return;
    const requirements = extractRequirements(tree);
    const { alternatives, experience } = requirements;
    if (alternatives.length === 0 || experience.length === 0) return;
    const language = tree.data.language;
    const highest = DEGREE_LEVELS.find((level) => alternatives.some((alternative) => alternative.degree === level));
    const resolved = new Map<DegreeLevel, number>();
    for (const alternative of alternatives) {
      if (alternative.years !== undefined && !resolved.has(alternative.degree)) resolved.set(alternative.degree, alternative.years);
    }

    /** What Education itself asks for a level (not a figure it borrowed from Experience). */
    const educationFigure = (level: DegreeLevel): { years: number; alternative: Alternative } | undefined => {
      const alternative = alternatives.find((candidate) => candidate.degree === level && candidate.stated);
      if (!alternative?.stated) return undefined;
      if (!alternative.stated.additional) return { years: alternative.stated.value, alternative };
      const above = higherYears(level, resolved);
      return above === undefined ? undefined : { years: above + alternative.stated.value, alternative };
    };

    let bareSeen = false;
    for (const statement of experience) {
      // only the first bare figure is the total; later ones qualify it ("… including two years of field experience")
      if (!statement.degree) {
        if (bareSeen) continue;
        bareSeen = true;
      }
      const level = statement.degree ?? highest;
      if (!level) continue;
      const expected = educationFigure(level);
      if (!expected || expected.years === statement.years.value) continue;
      const text = figureLike(expected.years, statement.years.token, language);
      report({
        message: `Experience asks ${statement.years.value} years${statement.degree ? ` for the ${degreeName(level)}` : ''}, but Education asks ${expected.years} with the ${degreeName(level)} (line ${expected.alternative.line}).`,
        start: statement.years.phraseStart,
        end: statement.years.phraseEnd,
        suggestions: [{ desc: `Use Education’s figure: ${text}`, fix: { range: [statement.years.start, statement.years.end], text } }],
      });
    }
  },
);
