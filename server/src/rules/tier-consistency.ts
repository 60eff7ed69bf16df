/**
 * `tier-consistency` · error (T1–T3); warning (T4–T5); info (T6)
 *
 * The first-tier / second-tier paragraph must not contradict itself (rule
 * book §4.2, §5):
 *   T1  external female candidates are first-tier exactly when the second-tier
 *       sentence excludes them ("…and female candidates" / "…et des candidates");
 *   T2  NRMS candidates are first-tier exactly when the second-tier sentence excludes them;
 *   T3  "the following are considered first-tier candidates:" has items, and
 *       the NRMS item has its country list;
 *   T4  the international form (NRMS list, "particularly qualified female
 *       candidates") on a G/NO or locally recruited post, or the national form
 *       on a P/D post;
 *   T5  female first-tier on P-1…P-3 is a warning; its absence on P-4+ is info
 *       (iom.int, April 2022);
 *   T6  mixed vocabulary ("premier niveau" with "prioritaires" [S003:25,27]): info.
 * Not run on volunteer notices.
 *
 * Why: the tiers decide whose application is read first; a paragraph that
 * says two things is a recruitment error.
 *
 * ok:      [S003:25–35] female and NRMS on both sides (T6 info only); [S000:13–23] female on
 *          neither side; [S002:7] the national form
 * not ok:  first tier "1. Internal candidates 2. External female candidates 3. …", second tier
 *          "All external candidates, except candidates from non-represented member states of IOM."
 *
 * Fix (quick): add or drop "and female candidates" / "et des candidates" /
 * "y las candidatas"; replace the word "prioritaires" with "candidats de
 * premier niveau"; or replace the paragraph with the §4.2 form for the post.
 */
import { tierFacts, type TierFacts } from '../requirements/tier.js';
import { FEMALE_EXCLUSION_TEXT, TIER_PATTERNS } from '../template/eligibility.js';
import { FEMALE_FIRST_TIER_FROM, professionalRank } from '../template/grades.js';
import { standardText, type TierVariant } from '../template/texts.js';
import type { NoticeRoot } from '../notice/tree.js';
import type { Suggestion } from '../engine/types.js';
import { fillTemplate, listStyle } from './structure.js';
import { defineRule } from './rule.js';

export default defineRule(
  {
    id: 'tier-consistency',
    severity: 'error',
    fixable: 'quick',
    description: 'The first-tier / second-tier paragraph contradicts itself or the post.',
  },
  ({ tree, report }) => {
    if (tree.data.noticeType === 'volunteer' || tree.data.noticeType === 'internship') return;
    const facts = tierFacts(tree);
    if (!facts) return;
    const language = tree.data.language;
    const grade = tree.data.grade;
    const rank = grade ? professionalRank(grade) : undefined;
    const national = tree.data.category === 'national';
    const firstFemale = facts.items.some((item) => item.female);
    const firstNrms = facts.items.some((item) => item.nrms);
    const international = Boolean(facts.listSentence) || firstNrms;
    const femaleFrom = professionalRank(FEMALE_FIRST_TIER_FROM)!;

    // T1
    const second = facts.except ?? facts.secondTier;
    if (facts.listSentence && second && firstFemale !== facts.excludesFemale) {
      const suggestions: Suggestion[] = [];
      if (firstFemale && facts.exceptInsertAt !== undefined) {
        suggestions.push({
          desc: `Exclude female candidates from the second tier (“${FEMALE_EXCLUSION_TEXT[language].trim()}”)`,
          fix: { range: [facts.exceptInsertAt, facts.exceptInsertAt], text: FEMALE_EXCLUSION_TEXT[language] },
        });
      } else if (!firstFemale && facts.femaleExclusionPhrase) {
        suggestions.push({
          desc: `Drop “${facts.femaleExclusionPhrase.text.trim()}” from the second tier`,
          fix: { range: [facts.femaleExclusionPhrase.start, facts.femaleExclusionPhrase.end], text: '' },
        });
      }
      suggestions.push(...replaceParagraph(tree, facts));
      report({
        message: firstFemale
          ? 'External female candidates are first-tier, but the second-tier sentence does not exclude them.'
          : 'The second-tier sentence excludes female candidates, but they are not listed as first-tier candidates.',
        start: second.start,
        end: second.end,
        suggestions,
      });
    }

    // T2
    if (facts.listSentence && second && firstNrms !== facts.excludesNrms) {
      report({
        message: firstNrms
          ? 'Candidates from non-represented member states are first-tier, but the second-tier sentence does not exclude them.'
          : 'The second-tier sentence excludes candidates from non-represented member states, but they are not listed as first-tier candidates.',
        start: second.start,
        end: second.end,
        suggestions: replaceParagraph(tree, facts),
      });
    }

    // T3
    if (facts.listSentence && facts.items.length === 0) {
      report({
        message: 'The first-tier sentence announces a list, but no candidates follow it.',
        start: facts.listSentence.start,
        end: facts.listSentence.end,
        suggestions: replaceParagraph(tree, facts),
      });
    }
    const nrmsItem = facts.items.find((item) => item.nrms);
    if (nrmsItem && !facts.nrmsList) {
      report({
        message: 'The non-represented member states item has no country list.',
        start: nrmsItem.start,
        end: nrmsItem.end,
        suggestions: replaceParagraph(tree, facts),
      });
    }

    // T4
    if (national && (firstNrms || facts.femaleWelcome)) {
      const where = nrmsItem ?? facts.femaleWelcome!;
      report({
        message: 'This is a national (locally recruited) post, but the tier paragraph uses the international form (non-represented member states, female candidates).',
        start: where.start,
        end: where.end,
        severity: 'warning',
        suggestions: replaceParagraph(tree, facts, 'national'),
      });
    } else if (rank !== undefined && facts.nationalForm && !international) {
      report({
        message: `This is a ${grade} post, but the tier paragraph uses the national form (internal candidates only).`,
        start: facts.nationalForm.start,
        end: facts.nationalForm.end,
        severity: 'warning',
        suggestions: replaceParagraph(tree, facts),
      });
    }

    // T5
    if (rank !== undefined && facts.listSentence && !national) {
      if (rank < femaleFrom && firstFemale) {
        const item = facts.items.find((candidate) => candidate.female)!;
        report({
          message: `External female candidates are first-tier on a ${grade} post; that applies from ${FEMALE_FIRST_TIER_FROM} upward.`,
          start: item.start,
          end: item.end,
          severity: 'warning',
          suggestions: replaceParagraph(tree, facts, 'international'),
        });
      } else if (rank >= femaleFrom && !firstFemale) {
        report({
          message: `On a ${grade} post, external female candidates are usually first-tier candidates (${FEMALE_FIRST_TIER_FROM} and above).`,
          start: facts.listSentence.start,
          end: facts.listSentence.end,
          severity: 'info',
          suggestions: replaceParagraph(tree, facts, 'international-female'),
        });
      }
    }

    // T6
    if (facts.tierTerm && facts.otherTerm) {
      const replacement = TIER_PATTERNS[language].otherTermFix;
      report({
        message: `Mixed tier vocabulary: “${facts.otherTerm.text}” here, “${facts.tierTerm.text}” elsewhere in the paragraph.`,
        start: facts.otherTerm.start,
        end: facts.otherTerm.end,
        severity: 'info',
        suggestions: replacement ? [{ desc: `Write “${replacement}”`, fix: { range: [facts.otherTerm.start, facts.otherTerm.end], text: replacement } }] : undefined,
      });
    }
  },
);

/** The §4.2 paragraph for this post, replacing the whole tier paragraph. */
function replaceParagraph(tree: NoticeRoot, facts: TierFacts, variant?: TierVariant): Suggestion[] {
  const text = standardText('tier', tree.data.language, variant ?? { category: tree.data.category, grade: tree.data.grade, list: listStyle(tree) });
  if (!text) return [];
  const body = fillTemplate(tree, text.lines.join(tree.data.eol));
  return [{ desc: 'Replace the paragraph with the standard tier text', fix: { range: [facts.start, facts.end], text: body } }];
}
