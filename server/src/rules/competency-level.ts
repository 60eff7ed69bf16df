/**
 * `competency-level` · warning (error for impossible levels)
 *
 * The behavioural-indicator level of Core and Managerial Competencies
 * ("Level 2", "(Level 1)", "Niveau 3", "nivel 2") must fit the grade (rule
 * book §5, §6.2, config `tables.competencyLevelByGrade`):
 *   - levels are 1–3; any other level is an error;
 *   - Values carry no level: a level there is an error [V, IOM Competency Framework];
 *   - warning when the level differs from the grade's, when Core and
 *     Managerial differ (no grade), or when Core has no level.
 * The grade table rests on [A] entries except G-6 → 2 and P-4 → 3, so every
 * table-based finding is a warning. The rule does not run on volunteers.
 *
 * Why: a G-4 post with level 3 indicators, or a P-4 post with level 2 ones,
 * asks the wrong behaviours.
 *
 * ok:      [S003:117,125] "Niveau 3" on a P-4; [S002:59] "(Level 1)"; [S000:105,113] Level 2 (no grade)
 * not ok:  "Grade : P-4" with "Compétences fondamentales – … Niveau 2"
 * not ok:  "Values – Level 2"; "Core Competencies – behavioural indicators Level 4"
 *
 * Fix (quick): set the level to the grade's level (or, without a grade, to
 * Core's); drop a level from Values; add the missing Core level.
 */
import { extractRequirements, type LevelMention } from '../requirements/extract.js';
import { eligibilityTables } from '../requirements/tables.js';
import { LEVEL_WORDS } from '../template/eligibility.js';
import { COMPETENCY_LEVELS } from '../template/grades.js';
import type { NoticeRoot, SectionNode } from '../notice/tree.js';
import type { Suggestion } from '../engine/types.js';
import { defineRule } from './rule.js';

const NAMES = { core: 'Core Competencies', managerial: 'Managerial Competencies', values: 'Values' } as const;

export default defineRule(
  {
    id: 'competency-level',
    severity: 'warning',
    fixable: 'quick',
    description: 'The behavioural-indicator level does not fit the grade (Values carry no level).',
  },
  ({ tree, report, config }) => {
    if (tree.data.noticeType === 'volunteer') return;
    const requirements = extractRequirements(tree);
    const { levels, has } = requirements;
    const tables = eligibilityTables(config);
    const grade = tree.data.grade;
    const expected = grade ? tables.competencyLevelByGrade.get(grade) : undefined;
    const valid = (mention: LevelMention | undefined) => mention !== undefined && (COMPETENCY_LEVELS as readonly number[]).includes(mention.level);
    const setLevel = (mention: LevelMention, level: number): Suggestion => ({
      desc: `Set the level to ${level}`,
      fix: { range: [mention.start, mention.end], text: String(level) },
    });

    if (levels.values) {
      const values = levels.values;
      const start = tree.data.text.slice(0, values.phraseStart).match(/[ \t\u00A0]*(?:[-–—,:][ \t\u00A0]*)?$/)![0].length;
      report({
        message: 'Values are not levelled: remove the level from the Values heading.',
        start: values.phraseStart,
        end: values.phraseEnd,
        severity: 'error',
        suggestions: [{ desc: 'Remove the level', fix: { range: [values.phraseStart - start, values.phraseEnd], text: '' } }],
      });
    }

    for (const key of ['core', 'managerial'] as const) {
      const mention = levels[key];
      if (!mention || valid(mention)) continue;
      const target = expected?.level ?? (key === 'managerial' && valid(levels.core) ? levels.core!.level : undefined);
      report({
        message: `${NAMES[key]}: level ${mention.level} does not exist (behavioural indicators have levels 1–3).`,
        start: mention.phraseStart,
        end: mention.phraseEnd,
        severity: 'error',
        suggestions: target !== undefined ? [setLevel(mention, target)] : undefined,
      });
    }

    if (expected) {
      for (const key of ['core', 'managerial'] as const) {
        const mention = levels[key];
        if (!mention || !valid(mention) || mention.level === expected.level) continue;
        report({
          message: `${NAMES[key]} are at level ${mention.level}; ${grade} posts use level ${expected.level}${expected.evidence === 'assumed' ? ' (assumed default)' : ''}.`,
          start: mention.phraseStart,
          end: mention.phraseEnd,
          suggestions: [setLevel(mention, expected.level)],
        });
      }
    } else if (valid(levels.core) && valid(levels.managerial) && levels.core!.level !== levels.managerial!.level) {
      const managerial = levels.managerial!;
      report({
        message: `Managerial Competencies are at level ${managerial.level} but Core Competencies at level ${levels.core!.level}.`,
        start: managerial.phraseStart,
        end: managerial.phraseEnd,
        suggestions: [setLevel(managerial, levels.core!.level)],
      });
    }

    if (has.core && !levels.core) {
      const core = tree.children.find((child): child is SectionNode => child.type === 'section' && child.id === 'core')!;
      const heading = core.heading;
      if (!heading || heading.style === 'opener') return;
      const target = expected?.level ?? (valid(levels.managerial) ? levels.managerial!.level : undefined);
      const end = headingTextEnd(tree, core);
      const word = LEVEL_WORDS[tree.data.language][0]!;
      const insert = `${heading.tail ? '' : ' –'} ${word.charAt(0).toUpperCase()}${word.slice(1)} ${target ?? ''}`.replace(/ $/, '');
      report({
        message: `Core Competencies state no behavioural-indicator level${target !== undefined ? ` (expected level ${target})` : ''}.`,
        start: heading.span.start,
        end: end ?? heading.span.end,
        suggestions: target !== undefined && end !== undefined ? [{ desc: `Add “${insert.trim()}”`, fix: { range: [end, end], text: insert } }] : undefined,
      });
    }
  },
);

/** Original offset of the end of a heading's text (before trailing spaces). */
function headingTextEnd(tree: NoticeRoot, section: SectionNode): number | undefined {
  const heading = section.heading!;
  const viewEnd = (heading as { viewEnd?: number }).viewEnd;
  if (viewEnd === undefined) return undefined;
  const value = heading.span.value;
  const trimmed = value.replace(/[\s\u00A0:]+$/, '');
  return tree.data.view.toOriginal(viewEnd - (value.length - trimmed.length));
}
