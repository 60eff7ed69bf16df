/**
 * Incremental sync (property test): a document edited the way the editor
 * sends it — many small range edits applied with TextDocument.update, as the
 * language server's document store does — lints (through the server's
 * per-version LintCache) exactly like a fresh lint of the final text: same
 * text, same notice tree, same findings. Edits include line breaks (LF and
 * CRLF, and one half of a CRLF), accented and astral characters, deletions
 * across lines and whole-line pastes from real notices.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine/lint.js';
import { LintCache } from '../../server/src/lsp/documents.js';
import { readSeed, SEED_IDS } from '../helpers.js';

const SEEDS = SEED_IDS.map((id) => readSeed(id));
const SEED_LINES = SEEDS.flatMap((text) => text.split('\n')).filter((line) => line.trim());
const INSERTS = ['\n', '\r\n', '\r', ' ', '\u00A0', 'é', 'Ã©', '𝗗', '1. ', '- ', '## ', 'Education', ':', '\n\n', 'five', 'cinq'];

/** Plain-string reference: the text after replacing [start, end) by `text`. */
function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Everything of the tree but functions (the view's offset mapper) — what a fresh parse must reproduce. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 400 })),
  insert: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...INSERTS) },
    { weight: 2, arbitrary: fc.constantFrom(...SEED_LINES).map((line) => `${line}\n`) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constant('') },
  ),
});

test('a document edited incrementally lints like a fresh lint of its final text', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (seedIndex, batches) => {
      const uri = 'file:///fuzz/notice.vn.md';
      let document = TextDocument.create(uri, 'vacancy-notice', 1, SEEDS[seedIndex]!);
      let expected = SEEDS[seedIndex]!;
      const cache = new LintCache();
      cache.get(document, {}); // the server lints every version it sees
      for (const batch of batches) {
        // one didChange: several changes, each relative to the text after the previous one
        const changes = [];
        for (const { at, length, insert } of batch) {
          // LSP positions cannot point between the CR and the LF of a CRLF: editors never split one
          const start = offCrlf(expected, Math.floor(at * expected.length));
          const end = offCrlf(expected, Math.min(expected.length, start + length));
          const range = { start: positionAt(expected, start), end: positionAt(expected, end) };
          changes.push({ range, text: insert });
          expected = splice(expected, start, end, insert);
        }
        document = TextDocument.update(document, changes, document.version + 1);
        assert.equal(document.getText(), expected, 'TextDocument.update and the plain splice disagree');
        const incremental = cache.get(document, {}).result;
        const fresh = lint(expected);
        assert.deepEqual(incremental.messages, fresh.messages, 'findings of the edited document differ from a fresh lint');
        assert.deepEqual(plain(incremental.notice), plain(fresh.notice), 'the notice tree of the edited document differs from a fresh parse');
      }
    }),
    { numRuns: 15 },
  );
});

test('the cache never serves a stale version: a result is for the exact text of its version', () => {
  const uri = 'file:///fuzz/stale.vn.md';
  const cache = new LintCache();
  const v1 = TextDocument.create(uri, 'vacancy-notice', 1, SEEDS[0]!);
  const first = cache.get(v1, {}).result;
  // delete the Education heading's line: the findings must change
  const at = SEEDS[0]!.indexOf('\nEducation\n');
  assert.ok(at > 0, 'seed 000 has an Education heading');
  const v2 = TextDocument.update(v1, [{ range: { start: v1.positionAt(at + 1), end: v1.positionAt(at + '\nEducation\n'.length) }, text: '' }], 2);
  const second = cache.get(v2, {}).result;
  assert.notDeepEqual(second.messages, first.messages);
  assert.deepEqual(second.messages, lint(v2.getText()).messages);
});

/** LSP position of an offset, computed independently of TextDocument (CR, LF and CRLF end lines). */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 === offset) return { line, character: i - lineStart }; // inside a CRLF: clamp to the line end
      i++;
      line++;
      lineStart = i + 1;
    } else if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function offCrlf(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}
