/**
 * The stylish report's width shim (server/src/cli/formatters/string-width.ts)
 * answers like the string-width vfile-reporter depends on: every character
 * it measures itself takes one column there, and the rest is handed over.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import width, { ONE_COLUMN_EACH } from '../../server/src/cli/formatters/string-width.js';

/** The string-width vfile-reporter itself resolves (the same package: package.json "overrides"). */
async function vfileReporterStringWidth(): Promise<(text: string) => number> {
  const require = createRequire(__filename);
  const fromReporter = createRequire(require.resolve('vfile-reporter')).resolve('string-width');
  assert.equal(fromReporter, require.resolve('string-width'), 'vfile-reporter and the shim share one string-width');
  return ((await import(pathToFileURL(fromReporter).href)) as { default: (text: string) => number }).default;
}

test('every character the shim measures alone is one column wide for string-width', async () => {
  const real = await vfileReporterStringWidth();
  let checked = 0;
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (!ONE_COLUMN_EACH.test(char)) continue;
    assert.equal(real(char), 1, `U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
    checked++;
  }
  assert.ok(checked > 1400, `${checked} characters checked`);
});

test('messages of every kind measure as string-width measures them', async () => {
  const real = await vfileReporterStringWidth();
  for (const text of [
    '“three” says 3 values, but 5 items are listed.',
    'UTF-8 text read as windows-874: “IOMโ€™s” should read “IOM’s”.',
    'Section “Période d’affichage” — “Formación” ␣␣',
    'Zero\u200Bwidth, soft\u00ADhyphen, combining e\u0301, emoji 👍, wide 漢字, tab\t',
    '',
  ]) {
    assert.equal(width(text), real(text), text);
  }
});
