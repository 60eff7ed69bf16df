/** Helpers shared by the list rules' tests (count-mismatch, list-numbering, competency-list). */
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/engine/lint.js';
import { applyFixes, fixText } from '../../../server/src/engine/fix.js';
import type { LintMessage, VnlintConfig } from '../../../server/src/engine/types.js';
import { repairedView } from '../../../server/src/notice/view.js';
import { readSeed } from '../../helpers.js';

export const LIST_RULES = ['count-mismatch', 'list-numbering', 'competency-list'];

export function findings(text: string, id: string, config?: VnlintConfig): LintMessage[] {
  return lint(text, { only: [id], config }).messages.filter((message) => message.ruleId === id);
}

export function listFindings(text: string, config?: VnlintConfig): LintMessage[] {
  return lint(text, { only: LIST_RULES, config }).messages;
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
  return line;
}

/** Applies the auto fixes of the list rules until stable. */
export function fixLists(text: string, config?: VnlintConfig): string {
  return fixText(text, { only: LIST_RULES, config }).output;
}

export function applySuggestion(text: string, message: LintMessage, index = 0): string {
  const suggestion = message.suggestions?.[index];
  assert.ok(suggestion, `no suggestion ${index} on: ${message.message}`);
  return applyFixes(text, [suggestion.fix]).output;
}

/**
 * The seeds' repaired view, simulated with the README's repair table until the
 * mojibake library lands (then the raw seeds are tested directly as well).
 */
export function repairSeed002(text: string): string {
  return text.replace(/ย\u00A0/g, '\u00A0').replace(/โ€™/g, '’').replace(/โ€ข/g, '•').replace(/โ€“/g, '–');
}

export function repairSeed003(text: string): string {
  const table: Array<[string, string]> = [
    ['Ă©', 'é'], ['Ă\u00A0', 'à'], ['Ĺ“', 'œ'], ['Ă®', 'î'], ['ĂŞ', 'ê'], ['â€“', '–'], ['Ăą', 'ù'], ['Ă´', 'ô'], ['Ă»', 'û'], ['Â»', '»'],
  ];
  for (const [bad, good] of table) text = text.split(bad).join(good);
  return text;
}

/** True once the mojibake library repairs seed 002 in the notice's view. */
export const MOJIBAKE_LANDED = repairedView(readSeed('002')).repaired;

/** Asserts that `after` equals `before` with exactly `[start, end)` replaced by `text`. */
export function assertOnlyChanged(before: string, after: string, start: number, end: number, text: string): void {
  assert.equal(after.slice(0, start), before.slice(0, start), 'text before the fix changed');
  assert.equal(after.slice(start, start + text.length), text);
  assert.equal(after.slice(start + text.length), before.slice(end), 'text after the fix changed');
}
