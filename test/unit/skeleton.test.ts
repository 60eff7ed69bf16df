/**
 * "New vacancy notice from template": for every notice type × language (and
 * several grades) the skeleton is detected as that type and language and
 * lints clean apart from findings on its placeholder lines; its snippet form
 * expands back to the same text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index.js';
import { buildSkeleton, SKELETON_TYPES } from '../../server/src/lsp/skeleton.js';
import type { SkeletonParams } from '../../server/src/lsp/protocol.js';

const LANGUAGES = ['en', 'fr', 'es'] as const;

/** Expands an LSP snippet with each placeholder's default (enough for what buildSkeleton writes). */
function expandSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\') {
      out += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      i = snippet.indexOf(':', i); // ${n:default}
    } else if (c === '$' && /\d/.test(snippet[i + 1]!)) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else if (c === '}') {
      // end of a placeholder (literal } are escaped)
    } else out += c;
  }
  return out;
}

function lineRange(text: string, start: number, end: number): [number, number] {
  const s = text.lastIndexOf('\n', start - 1) + 1;
  const e = text.indexOf('\n', end);
  return [s, e < 0 ? text.length : e];
}

function check(params: SkeletonParams) {
  const skeleton = buildSkeleton(params);
  const { messages, notice } = lint(skeleton.text);
  const label = `${params.noticeType} ${params.language} ${params.grade ?? ''}`;
  assert.equal(notice.data.noticeType, params.noticeType, `${label}: detected type`);
  assert.equal(notice.data.language, params.language, `${label}: detected language`);
  if (params.grade) assert.equal(notice.data.grade, params.grade, `${label}: detected grade`);
  // every finding sits on a line that holds a placeholder
  const placeholderLines = skeleton.placeholders.map(([s, e]) => lineRange(skeleton.text, s, e));
  const stray = messages.filter((m) => !placeholderLines.some(([s, e]) => m.range[0] <= e && m.range[1] >= s));
  assert.deepEqual(stray.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`), [], `${label}: findings outside placeholders`);
  assert.ok(!messages.some((m) => m.ruleId === 'missing-section'), `${label}: no section is missing`);
  assert.equal(expandSnippet(skeleton.snippet), skeleton.text, `${label}: the snippet expands to the text`);
  return skeleton;
}

for (const noticeType of SKELETON_TYPES) {
  for (const language of LANGUAGES) {
    test(`skeleton ${noticeType} ${language} lints clean apart from placeholders`, () => {
      check({ noticeType, language });
    });
  }
}

for (const [noticeType, language, grade] of [
  ['VN', 'en', 'P-2'], ['VN', 'fr', 'P-4'], ['VN', 'es', 'D-1'], ['SVN', 'en', 'G-4'], ['SVN', 'fr', 'NO-B'], ['VN', 'es', 'G-6'],
] as const) {
  test(`skeleton ${noticeType} ${language} ${grade}: the grade is in the header and drives the texts`, () => {
    const skeleton = check({ noticeType, language, grade });
    assert.match(skeleton.text, new RegExp(`^(Grade|Grado): ${grade}$`, 'm'));
  });
}

test('a P-4 English skeleton has the female first-tier text; a G-4 one the national one', () => {
  assert.match(buildSkeleton({ noticeType: 'VN', language: 'en', grade: 'P-4' }).text, /External female candidates/);
  const national = buildSkeleton({ noticeType: 'SVN', language: 'en', grade: 'G-4' }).text;
  assert.match(national, /internal candidates are considered first-tier candidates/);
  assert.doesNotMatch(national, /Managerial Competencies/, 'no managerial section for G-1..G-5');
});

test('CRLF skeletons use CRLF only', () => {
  const { text } = buildSkeleton({ noticeType: 'VN', language: 'fr', grade: 'P-3', eol: '\r\n' });
  assert.ok(text.includes('\r\n'));
  assert.doesNotMatch(text, /[^\r]\n/);
  assert.deepEqual(lint(text).messages.filter((m) => m.ruleId === 'missing-section'), []);
});

test('placeholders become numbered tab stops and literal $ } \\ are escaped', () => {
  const { snippet, placeholders } = buildSkeleton({ noticeType: 'VN', language: 'en', grade: 'P-3' });
  const stops = [...snippet.matchAll(/(?<!\\)\$\{(\d+):/g)].map((m) => Number(m[1]));
  assert.equal(stops.length, placeholders.length);
  assert.deepEqual(stops, stops.map((_, i) => i + 1));
  assert.ok(snippet.endsWith('$0'));
});
