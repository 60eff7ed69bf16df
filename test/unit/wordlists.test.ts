/**
 * No false positives on real words (rule book §7.3 "Letters of other
 * languages"): French, Spanish, German, Polish, Czech and Turkish words from
 * the hunspell dictionaries of the `dictionary-*` devDependencies, expanded
 * with their affixes, in lower case, Title case and UPPER CASE, twelve to a
 * line. The four text rules must report nothing.
 *
 * French, Spanish and German use every stem; Polish, Czech and Turkish (whose
 * expansions run to millions of words) use every 6th, 8th and 4th stem. Only
 * words with a non-ASCII letter are kept: ASCII text cannot be mojibake. The
 * full lists were checked too (0 findings); see the report in the PR.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWordList } from './wordlist-util.js';
import { runRules } from './text-rules-util.js';

const STRIDES: Record<string, number> = { fr: 1, es: 1, de: 1, pl: 6, cs: 8, tr: 4 };

for (const [language, stride] of Object.entries(STRIDES)) {
  test(`word list ${language}: no finding from the text rules`, () => {
    const words = loadWordList(language, { stride }).filter((w) => /[^\u0000-\u007f]/.test(w));
    assert.ok(words.length > 50_000, `${language}: only ${words.length} words`);
    const forms: Record<string, (w: string) => string> = {
      lower: (w) => w,
      title: (w) => w[0].toLocaleUpperCase(language) + w.slice(1),
      upper: (w) => w.toLocaleUpperCase(language),
    };
    let lines = 0;
    for (const [form, change] of Object.entries(forms)) {
      const out: string[] = [];
      for (let i = 0; i < words.length; i += 12) out.push(words.slice(i, i + 12).map(change).join(' '));
      lines += out.length;
      const findings = runRules(out.join('\n'), undefined, {}, language === 'fr' ? 'fr' : language === 'es' ? 'es' : 'en');
      const shown = findings.slice(0, 5).map((f) => `${f.ruleId} line ${f.line}: ${f.message}`);
      assert.deepEqual(shown, [], `${language} ${form}: ${findings.length} findings`);
    }
    console.log(`word list ${language}: ${words.length} words with non-ASCII letters × 3 case forms (${lines} lines), 0 findings`);
  });
}

test('the word-list check can fail: a misread word among real words is reported', () => {
  const words = loadWordList('fr', { limit: 2000 }).filter((w) => /[^\u0000-\u007f]/.test(w)).slice(0, 11);
  const findings = runRules([...words, 'prÃ©sentation'].join(' '));
  assert.deepEqual(findings.map((f) => f.ruleId), ['mojibake']);
});
