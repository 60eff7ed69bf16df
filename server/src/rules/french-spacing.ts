/**
 * `french-spacing` · warning · fix: auto
 *
 * French typography: a no-break space before the high punctuation marks
 * ":" ";" "?" "!" and inside guillemets ("«␣…␣»"). Without it a line may break
 * before the colon, and reviewers send the notice back. Checked only in French
 * paragraphs (a French notice may quote an English paragraph; an English notice
 * may hold a French one), never in URLs, e-mail addresses, `code`, times
 * ("9:30"), ratios ("1:2"), "?!" pairs, or the non-represented member states list.
 *
 * By default an ordinary space is accepted in place of the no-break space (the
 * seeds use both); option `strict: true` reports it too.
 *
 * ok:      "Lieu d’affectation␣: Bamako", "«␣Initiative conjointe␣»", "(9:30)"
 * not ok:  "Lieu d’affectation: Bamako" → "Lieu d’affectation␣: Bamako"
 * not ok:  "«Initiative conjointe»" → "«␣Initiative conjointe␣»"
 *
 * Fix (auto): insert U+00A0 (U+202F when the notice already uses narrow
 * no-break spaces), or turn the ordinary space into one (strict).
 */
import { blockOffset, isProtected, blockMemo, proseBlocks, type ProseBlock } from '../notice/prose.js';
import { defineRule } from './rule.js';
import { frenchSpaceOf, isLetter } from './prose-util.js';

interface SpacingIssue {
  /** Relative offset of the mark. */
  at: number;
  mark: string;
  /** `missing`: no space at all; `ordinary`: a plain space where a no-break one belongs. */
  kind: 'missing' | 'ordinary';
  /** Relative offset where the space goes (or of the ordinary space). */
  spaceAt: number;
}

const MARKS = /[;:!?«»]/g;
const NO_BREAK = /[\u00A0\u202F]/u;
const ORDINARY = /[ \t]/;

function issuesOf(block: ProseBlock): SpacingIssue[] {
  return blockMemo(block, 'french-spacing', () => {
    const text = block.value;
    const issues: SpacingIssue[] = [];
    for (const match of text.matchAll(MARKS)) {
      const at = match.index!;
      const mark = match[0];
      if (isProtected(block, at, at + 1)) continue;
      const before = text[at - 1];
      const after = text[at + 1];
      if (mark === '«') {
        if (after === undefined || after === '\n' || after === '\r' || (isLetter(before) && isLetter(after)) || before === 'Â' || before === 'Ă') continue;
        if (NO_BREAK.test(after)) continue;
        issues.push({ at, mark, kind: ORDINARY.test(after) ? 'ordinary' : 'missing', spaceAt: at + 1 });
        continue;
      }
      if (before === undefined || before === '\n' || before === '\r') continue;
      if (NO_BREAK.test(before)) continue;
      if (mark === '»') {
        if ((isLetter(before) && isLetter(after)) || before === 'Â' || before === 'Ă' || before === '€') continue;
      } else {
        if ((mark === '!' || mark === '?') && (before === '!' || before === '?')) continue;
        if (/[;:!?]/.test(before)) continue;
        if (mark === ':' && (after === '/' || (/\d/.test(before) && after !== undefined && /\d/.test(after)))) continue;
        if (mark === ';' && /&#?\w+$/.test(text.slice(Math.max(0, at - 10), at))) continue;
        // emoticons and "::" are no prose
        if (mark === ':' && after !== undefined && /[()]/.test(after) && !/\s/.test(text[at + 2] ?? ' ')) continue;
      }
      if (ORDINARY.test(before)) {
        issues.push({ at, mark, kind: 'ordinary', spaceAt: at - 1 });
        continue;
      }
      issues.push({ at, mark, kind: 'missing', spaceAt: at });
    }
    return issues;
  });
}

export default defineRule(
  {
    id: 'french-spacing',
    severity: 'warning',
    fixable: 'auto',
    type: 'layout',
    description: 'French typography: no-break space before : ; ? ! and inside « ».',
  },
  ({ tree, report, options }) => {
    const strict = options.strict === true;
    let space: string | undefined;
    for (const block of proseBlocks(tree)) {
      if (block.language !== 'fr' || block.countryList) continue;
      for (const issue of issuesOf(block)) {
        if (issue.kind === 'ordinary' && !strict) continue;
        space ??= frenchSpaceOf(tree);
        const name = space === '\u202F' ? 'narrow no-break space (U+202F)' : 'no-break space (U+00A0)';
        const where = issue.mark === '«' ? 'after “«”' : `before “${issue.mark}”`;
        const markStart = blockOffset(tree, block, issue.at);
        const markEnd = blockOffset(tree, block, issue.at + 1);
        if (issue.kind === 'missing') {
          const at = blockOffset(tree, block, issue.spaceAt);
          report({
            message: `Missing ${name} ${where} (French typography).`,
            start: markStart,
            end: markEnd,
            fix: { range: [at, at], text: space },
          });
        } else {
          const spaceStart = blockOffset(tree, block, issue.spaceAt);
          const spaceEnd = blockOffset(tree, block, issue.spaceAt + 1);
          report({
            message: `Use a ${name} ${where}, not an ordinary space (French typography).`,
            start: Math.min(spaceStart, markStart),
            end: Math.max(spaceEnd, markEnd),
            fix: { range: [spaceStart, spaceEnd], text: space },
          });
        }
      }
    }
  },
);
