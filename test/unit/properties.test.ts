/**
 * Property tests (fast-check) of the engine's invariants, over every rule:
 * for any text the engine never throws, every range lies inside the document
 * and matches its line/column, fixes of one pass never overlap after the
 * engine's filtering, and fixing converges within 10 passes. Inputs mix
 * random Unicode with pieces of real notices, so rules get exercised. Bounded
 * (numRuns) to keep the suite fast; `npm run fuzz` soaks longer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/engine/lint.js';
import { applyFixes, fixText, MAX_FIX_PASSES } from '../../server/src/engine/fix.js';
import { readSeed, SEED_IDS } from '../helpers.js';

const SEED_LINES = SEED_IDS.flatMap((id) => readSeed(id).split('\n'));
const PIECES = [
  'Education', 'Éducation', 'Experience', '## Notes', '**Values:**', 'Core Competencies – behavioural indicators Level 2',
  '1. ', '2) ', 'a) ', '- ', '  • ', '<!-- vnlint-disable -->', 'Grade: P4', 'Grade : P-4', 'Closing date: 31 February 2025',
  'these three values:', 'ces cinq valeurs :', 'estos dos valores:', 'Master’s degree with seven years', 'RĂ©fĂ©rence', 'IOMโ€™s',
  'Ã©', '\u00A0', '\u200B', '\u00AD', '\uFFFD', '\r\n', '\r', '\n', '\uFEFF', '𝗗𝗶𝘀𝗰𝗼𝘃𝗲𝗿', '📲 Rejoins notre chaîne Telegram.',
];

const noticeLike = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SEED_LINES) },
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    ),
    { maxLength: 60 },
  )
  .chain((parts) => fc.constantFrom('\n', '\r\n', '', ' ').map((separator) => parts.join(separator)));

function lineColumn(text: string, offset: number) {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

test('the engine never throws and every range lies inside the document', () => {
  fc.assert(
    fc.property(noticeLike, (text) => {
      const { messages } = lint(text);
      for (const message of messages) {
        const [start, end] = message.range;
        assert.ok(0 <= start && start <= end && end <= text.length, `${message.ruleId} range ${start}-${end} outside 0-${text.length}`);
        assert.deepEqual({ line: message.line, column: message.column }, lineColumn(text, start), `${message.ruleId} start position`);
        assert.deepEqual({ line: message.endLine, column: message.endColumn }, lineColumn(text, end), `${message.ruleId} end position`);
        for (const fix of [message.fix, ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)]) {
          if (!fix) continue;
          assert.ok(0 <= fix.range[0] && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length, `${message.ruleId} fix range`);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('applying fixes never produces overlapping edits and fixing converges within 10 passes', () => {
  fc.assert(
    fc.property(noticeLike, (text) => {
      const fixes = lint(text).messages.flatMap((message) => (message.fix ? [message.fix] : []));
      const { applied } = applyFixes(text, fixes);
      for (let index = 1; index < applied.length; index++) {
        assert.ok(applied[index].range[0] >= applied[index - 1].range[1], 'applied fixes overlap');
      }
      const result = fixText(text);
      assert.ok(result.passes <= MAX_FIX_PASSES);
      // after the loop, no automatic fix is left that would still change the text
      const again = fixText(result.output);
      assert.equal(again.output, result.output, 'fixing a fixed text changes it again (no fixed point)');
    }),
    { numRuns: 120 },
  );
});

test('every quick fix applies cleanly on its own', () => {
  fc.assert(
    fc.property(noticeLike, (text) => {
      for (const message of lint(text).messages) {
        for (const suggestion of message.suggestions ?? []) {
          const { applied } = applyFixes(text, [suggestion.fix]);
          assert.equal(applied.length, 1, `${message.ruleId} suggestion could not be applied`);
        }
      }
    }),
    { numRuns: 100 },
  );
});
