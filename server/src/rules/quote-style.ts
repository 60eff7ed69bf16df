/**
 * `quote-style` · warning · fix: auto
 *
 * One quotation-mark style per notice: curly (“ ”), straight (" ") or French
 * guillemets (« », with no-break spaces inside). A notice pasted together
 * from several sources mixes them, and reviewers send it back. The notice's
 * dominant style wins (ties: « » in French and Spanish, “ ” in English);
 * option `style` ("curly" | "straight" | "guillemets") imposes one.
 *
 * Apostrophes are not quotation marks: ' and ’ (and ‘ ’ pairs, which cannot
 * be told from apostrophes reliably) are never reported. Quotation marks
 * nested inside another quotation (“ ” inside « », the French convention) are
 * not counted. Marks inside URLs, e-mail addresses and `code` are ignored, as
 * are mojibake sequences that contain a quote character ("â€œ", "Ĺ“").
 *
 * ok:      «␣Initiative conjointe␣» … «␣Chef de mission␣» (one style)
 * not ok:  “Chief of Mission” … "Head of Office" (curly dominant) → “Head of Office”
 *
 * Fix (auto): rewrite the quotation's marks in the dominant style, keeping
 * its text (« » get no-break spaces inside, curly and straight quotes lose them).
 */
import { blockOffset, isProtected, blockMemo, proseBlocks, type ProseBlock } from '../notice/prose.js';
import type { Language } from '../notice/tree.js';
import { defineRule } from './rule.js';
import { frenchSpaceOf, isLetter } from './prose-util.js';

type Style = 'curly' | 'straight' | 'guillemets';

interface Quotation {
  style: Style;
  /** Relative offsets of the opening mark (undefined when unmatched) and the closing mark. */
  open?: number;
  close?: number;
}

const PREFERRED: Record<Language, Style> = { en: 'curly', fr: 'guillemets', es: 'guillemets' };
const MARK = /["“”«»]/g;
const SPACE = /[\s\u00A0\u202F]/u;

/** The block's top-level quotations (nested ones left out). Relative offsets; memoised by text. */
function quotationsOf(block: ProseBlock): Quotation[] {
  return blockMemo(block, 'quote-style', () => {
    const text = block.value;
    const result: Quotation[] = [];
    const stack: Array<{ style: Style; at: number }> = [];
    for (const match of text.matchAll(MARK)) {
      const at = match.index!;
      const mark = match[0];
      const before = text[at - 1];
      const after = text[at + 1];
      if (isProtected(block, at, at + 1)) continue;
      // mojibake: "â€œ", "โ€œ", "Ĺ“", "Â»", "Ă»"; a mark between two letters is no quotation mark
      if (before === '€' || (isLetter(before) && isLetter(after)) || ((mark === '»' || mark === '«') && (before === 'Â' || before === 'Ă'))) continue;
      const style: Style = mark === '"' ? 'straight' : mark === '«' || mark === '»' ? 'guillemets' : 'curly';
      let opening: boolean;
      if (mark === '“' || mark === '«') opening = true;
      else if (mark === '”' || mark === '»') opening = false;
      else {
        const top = stack[stack.length - 1];
        const canOpen = (before === undefined || SPACE.test(before) || /[([{—–\-/]/.test(before)) && after !== undefined && !SPACE.test(after);
        opening = canOpen && !(top && top.style === 'straight');
      }
      if (opening) {
        stack.push({ style, at });
        continue;
      }
      // closing: match the innermost opening of the same style
      let index = stack.length - 1;
      while (index >= 0 && stack[index].style !== style) index--;
      if (index < 0) {
        if (stack.length === 0) result.push({ style, close: at });
        continue;
      }
      const open = stack[index];
      stack.length = index;
      if (stack.length === 0) result.push({ style, open: open.at, close: at });
    }
    // unmatched openings at top level
    if (stack.length) result.push({ style: stack[0].style, open: stack[0].at });
    return result.sort((a, b) => (a.open ?? a.close!) - (b.open ?? b.close!));
  });
}

export default defineRule(
  {
    id: 'quote-style',
    severity: 'warning',
    fixable: 'auto',
    type: 'layout',
    description: 'The notice mixes quotation-mark styles (curly, straight, « »).',
  },
  ({ tree, report, options }) => {
    const all: Array<{ block: ProseBlock; quotation: Quotation }> = [];
    const counts: Record<Style, number> = { curly: 0, straight: 0, guillemets: 0 };
    for (const block of proseBlocks(tree)) {
      if (block.countryList) continue;
      for (const quotation of quotationsOf(block)) {
        all.push({ block, quotation });
        counts[quotation.style]++;
      }
    }
    const used = (Object.keys(counts) as Style[]).filter((style) => counts[style] > 0);
    const configured = options.style === 'curly' || options.style === 'straight' || options.style === 'guillemets' ? (options.style as Style) : undefined;
    if (!configured && used.length < 2) return;
    const preferred = PREFERRED[tree.data.language];
    const target =
      configured ?? used.reduce((best, style) => (counts[style] > counts[best] || (counts[style] === counts[best] && style === preferred) ? style : best), used[0]);
    const total = all.length;
    const text = tree.data.text;
    const nbsp = frenchSpaceOf(tree);
    const [openMark, closeMark] = target === 'curly' ? ['“', '”'] : target === 'straight' ? ['"', '"'] : [`«${nbsp}`, `${nbsp}»`];
    const name = target === 'curly' ? '“ ”' : target === 'straight' ? '" "' : '« »';
    for (const { block, quotation } of all) {
      if (quotation.style === target) continue;
      const relStart = quotation.open ?? quotation.close!;
      const relEnd = (quotation.close ?? quotation.open!) + 1;
      const start = blockOffset(tree, block, relStart);
      const end = blockOffset(tree, block, relEnd);
      let fixText: string;
      if (quotation.open !== undefined && quotation.close !== undefined) {
        const inner = text.slice(blockOffset(tree, block, quotation.open + 1), blockOffset(tree, block, quotation.close));
        fixText = openMark + inner.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/gu, '') + closeMark;
      } else if (quotation.open !== undefined) {
        const after = block.value[quotation.open + 1];
        fixText = openMark;
        if (target === 'guillemets' && after !== undefined && SPACE.test(after)) fixText = '«';
      } else {
        const before = block.value[quotation.close! - 1];
        fixText = closeMark;
        if (target === 'guillemets' && before !== undefined && SPACE.test(before)) fixText = '»';
      }
      const why = configured ? 'the configured style' : `the notice's style (${counts[target]} of ${total} quotations)`;
      report({
        message: `Quotation marks ${styleName(quotation.style)} differ from ${why}: use ${name}.`,
        start,
        end,
        fix: { range: [start, end], text: fixText },
      });
    }
  },
);

function styleName(style: Style): string {
  return style === 'curly' ? '“ ”' : style === 'straight' ? '" "' : '« »';
}
