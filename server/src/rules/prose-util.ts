/**
 * Shared helpers of the prose rules (repeated-word, quote-style,
 * french-spacing, indefinite-article, inclusive-title, gendered-wording):
 * running a retext plugin on a prose block with the text-keyed cache, and
 * reading rule options. Not a rule.
 */
import { VFile } from 'vfile';
import type { Root as NlcstRoot } from 'nlcst';
import { blockProse, blockMemo, type ProseBlock } from '../notice/prose.js';
import { LastTreeCache } from '../notice/tree-cache.js';

/** A retext plugin's finding with offsets relative to the block's text. */
export interface PluginFinding {
  start: number;
  end: number;
  reason: string;
  actual?: string;
  expected?: string[];
  ruleId?: string;
}

type Transformer = (tree: NlcstRoot, file: VFile) => void;

/**
 * Longest block given to retext. A real paragraph or list item is a few
 * hundred characters (the longest in the seeds, a run of lines whose breaks
 * were lost, is under 1,500 characters); a longer one is pasted data, and parsing it would
 * blow the editor's time budget. Such blocks still get the linear checks.
 */
export const MAX_RETEXT_CHARS = 20_000;

/**
 * Runs `transformer` (a retext plugin's transform) on the block's nlcst and
 * returns its messages with relative offsets. Memoised by `kind`, language and
 * text: an unchanged paragraph costs a map look-up on the next keystroke.
 */
export function runRetext(kind: string, block: ProseBlock, transformer: Transformer): PluginFinding[] {
  if (block.value.length > MAX_RETEXT_CHARS) return [];
  return blockMemo(block, kind, () => {
    const file = new VFile();
    transformer(blockProse(block), file);
    const findings: PluginFinding[] = [];
    for (const message of file.messages) {
      const place = message.place && 'start' in message.place ? message.place : undefined;
      if (!place || place.start.offset === undefined || place.end.offset === undefined) continue;
      findings.push({
        start: place.start.offset,
        end: place.end.offset,
        reason: message.reason,
        actual: message.actual ?? undefined,
        expected: message.expected ?? undefined,
        ruleId: message.ruleId ?? undefined,
      });
    }
    return findings;
  });
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const frenchSpaceCache = new LastTreeCache<object, '\u00A0' | '\u202F'>(); // not a WeakMap: see notice/tree-cache.ts

/**
 * The no-break space the notice already uses in French typography: U+202F
 * (narrow) when it is the more frequent before ; : ! ? » and after «, else
 * U+00A0.
 */
export function frenchSpaceOf(tree: { data: { view: { text: string } } }): '\u00A0' | '\u202F' {
  const cached = frenchSpaceCache.get(tree);
  if (cached) return cached;
  const text = tree.data.view.text;
  let narrow = 0;
  let wide = 0;
  for (const match of text.matchAll(/[\u00A0\u202F](?=[;:!?»])|(?<=«)[\u00A0\u202F]/gu)) {
    if (match[0] === '\u202F') narrow++;
    else wide++;
  }
  const space = narrow > wide ? '\u202F' : '\u00A0';
  frenchSpaceCache.set(tree, space);
  return space;
}

/** True for a letter (any script). */
export function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}
