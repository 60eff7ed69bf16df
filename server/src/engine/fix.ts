/** Applying fixes: non-overlapping text edits, repeated until stable (ESLint's loop). */
import { lint } from './lint.js';
import type { Fix, LintMessage, LintOptions } from './types.js';

export const MAX_FIX_PASSES = 10;

/**
 * Applies fixes in offset order, skipping any that overlaps one already taken
 * (it is retried on the next pass). Returns the new text and the fixes applied.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { output: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let output = '';
  let cursor = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || start > end || end > text.length) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  return { output: output + text.slice(cursor), applied };
}

export interface FixResult {
  output: string;
  /** True when the output differs from the input. */
  fixed: boolean;
  passes: number;
  /** The messages left after the last pass. */
  messages: LintMessage[];
}

/** Lints, applies every auto fix, and repeats until nothing changes (at most 10 passes). */
export function fixText(text: string, options: LintOptions = {}, filter: (message: LintMessage) => boolean = () => true): FixResult {
  let output = text;
  let passes = 0;
  let messages = lint(output, options).messages;
  while (passes < MAX_FIX_PASSES) {
    const fixes = messages.filter((message) => message.fix && filter(message)).map((message) => message.fix!);
    if (fixes.length === 0) break;
    const result = applyFixes(output, fixes);
    if (result.output === output) break;
    output = result.output;
    passes++;
    messages = lint(output, options).messages;
  }
  return { output, fixed: output !== text, passes, messages };
}
