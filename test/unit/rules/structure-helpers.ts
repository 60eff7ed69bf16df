/**
 * Helpers of the structure-rule tests: lint with some rules, and check that a
 * fix, applied, removes its own finding and introduces no other one.
 */
import assert from 'node:assert/strict';
import { lint, applyFixes } from '../../../server/src/engine/index.js';
import type { Fix, LintMessage, LintOptions } from '../../../server/src/engine/types.js';

export const STRUCTURE_RULES = [
  'missing-section',
  'section-order',
  'duplicate-section',
  'empty-section',
  'missing-field',
  'grade-format',
  'date-format',
  'unknown-heading',
  'run-in-heading',
  'heading-language',
] as const;

export function findings(text: string, rule: string, options: LintOptions = {}): LintMessage[] {
  return lint(text, { ...options, only: [rule] }).messages;
}

/** The findings of every structure rule, as "rule line" strings. */
export function structure(text: string, options: LintOptions = {}): string[] {
  return lint(text, { ...options, only: [...STRUCTURE_RULES] }).messages.map((message) => `${message.ruleId} ${message.line}`);
}

function key(message: LintMessage): string {
  // line numbers inside messages move with the fix
  return `${message.ruleId}|${message.severity}|${message.message.replace(/\b(?:lines?|ligne) \d+/g, 'line N')}`;
}

function multiset(messages: LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(key(message), (counts.get(key(message)) ?? 0) + 1);
  return counts;
}

/**
 * Applies `fix` (of `message`) to `text`, re-lints with every registered rule
 * and asserts that `message` disappeared and nothing new appeared. Returns
 * the fixed text.
 */
export function assertFixIsClean(text: string, message: LintMessage, fix: Fix, options: LintOptions = {}): string {
  const before = lint(text, options).messages;
  const output = applyFixes(text, [fix]).output;
  assert.notEqual(output, text, `the fix of “${message.message}” changes the text`);
  const after = lint(output, options).messages;
  const expected = multiset(before);
  const gone = key(message);
  assert.ok(expected.get(gone), `the finding “${message.message}” is among the findings before the fix`);
  expected.set(gone, expected.get(gone)! - 1);
  if (expected.get(gone) === 0) expected.delete(gone);
  const actual = multiset(after);
  // nothing new appeared (other findings may go away with the fixed one: a removed heading takes its remarks along)
  const extra = [...actual].filter(([k, n]) => (expected.get(k) ?? 0) < n).map(([k]) => k);
  const stillThere = (actual.get(gone) ?? 0) > (expected.get(gone) ?? 0);
  assert.deepEqual({ extra, stillThere }, { extra: [], stillThere: false }, `fix “${JSON.stringify(fix).slice(0, 300)}” of “${message.message}”\n--- output ---\n${output}`);
  return output;
}

/** Every fix of one message: its auto fix and each quick fix. */
export function fixesOf(message: LintMessage): Fix[] {
  return [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)];
}

/** Checks every fix of every finding of `rule` in `text`; returns how many fixes were checked. */
export function assertAllFixesClean(text: string, rule: string, options: LintOptions = {}): number {
  let checked = 0;
  for (const message of findings(text, rule, options)) {
    for (const fix of fixesOf(message)) {
      assertFixIsClean(text, message, fix, options);
      checked++;
    }
  }
  return checked;
}
