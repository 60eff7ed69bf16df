/**
 * The VS Code settings and the config file mean the same thing: settings go
 * through the config file's validation key by key, defaults ("auto", "", {})
 * leave the file alone, and a notice linted with equivalent settings or file
 * gets the same findings.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfig } from '../../server/src/engine/config.js';
import { lint } from '../../server/src/engine/index.js';
import { mergeConfig, settingsFrom } from '../../server/src/lsp/settings.js';
import { readSeed } from '../helpers.js';

const SHARED = {
  rules: { 'missing-section': 'warn', 'grade-format': ['error', {}], 'missing-field': 'off' },
  language: 'fr',
  noticeType: 'SVN',
  grade: 'p4',
  header: 'required',
  tables: { gradeMinExperience: { 'P-4': { advanced: 8 } } },
} as const;

test('the shared keys validate exactly as in .vnlintrc.json (grade canonicalised too)', () => {
  const fromSettings = settingsFrom({ ...SHARED, run: 'onSave', enable: true, noticeGlobs: ['**/*.txt'] });
  assert.deepEqual(fromSettings.problems, []);
  assert.deepEqual(fromSettings.config, validateConfig(structuredClone(SHARED), '.vnlintrc.json'));
  assert.equal(fromSettings.config.grade, 'P-4');
  assert.equal(fromSettings.run, 'onSave');
});

test('settings at their defaults are no config at all', () => {
  const settings = settingsFrom({ enable: true, run: 'onType', noticeGlobs: [], rules: {}, language: 'auto', noticeType: 'auto', grade: '', header: 'optional', tables: {} });
  assert.deepEqual(settings.config, {});
  assert.deepEqual(settings.problems, []);
});

test('an invalid entry is dropped with the config file’s message; the others still apply', () => {
  const settings = settingsFrom({ rules: { 'missing-section': 'loud', 'no-such-rule': 'warn', 'grade-format': 'info' }, grade: 'P-9', language: 'de' });
  assert.deepEqual(settings.config, { rules: { 'grade-format': 'info' } });
  assert.equal(settings.problems.length, 4);
  assert.match(settings.problems.join('\n'), /rules\.missing-section.*invalid severity "loud"/);
  assert.match(settings.problems.join('\n'), /unknown rule "no-such-rule"/);
  assert.match(settings.problems.join('\n'), /"grade".*P-9/);
  assert.match(settings.problems.join('\n'), /"language"/);
});

test('settings override the file rule by rule, not wholesale', () => {
  const file = validateConfig({ rules: { 'missing-section': 'warn', 'missing-field': 'off' }, language: 'en' }, '.vnlintrc.json');
  const merged = mergeConfig(file, settingsFrom({ rules: { 'missing-section': 'error' }, language: 'auto' }).config);
  assert.deepEqual(merged, { rules: { 'missing-section': 'error', 'missing-field': 'off' }, language: 'en' });
});

test('a notice linted with equivalent settings or config file gets the same findings', () => {
  const raw = { rules: { 'missing-section': 'warn', 'missing-field': 'off' }, grade: 'G-4' };
  for (const seed of ['000', '002', '003']) {
    const text = readSeed(seed);
    assert.deepEqual(lint(text, { config: settingsFrom(raw).config }).messages, lint(text, { config: validateConfig(structuredClone(raw), 'f') }).messages, seed);
  }
});
