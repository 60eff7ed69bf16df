/**
 * `inclusive-title` · info · fix: quick
 *
 * A French or Spanish position title written only in the masculine:
 * "Chargé de programme" → "Chargé(e) de programme", "Coordinador de proyecto"
 * → "Coordinador(a) de proyecto". Epicene titles ("Spécialiste",
 * "Responsable", "Oficial de Programas", "Asistente") need nothing. The title
 * is the header field `title`, else the first line of the notice.
 *
 * Words are checked in the head of the title (before "de", "du", "en", …), so
 * "Assistant du directeur" reports "Assistant" only. A word already in an
 * inclusive form ("Chargé(e)", "Chargé·e", "Coordinador/a") or spelled in both
 * genders ("Coordinateur/Coordinatrice") is fine. An "H/F"-style suffix
 * ("H/F", "F/H", "(M/F)") marks the whole title as inclusive; option
 * `genderSuffix: "report"` asks for the inclusive form anyway. When the header
 * title and the first line both carry a suffix, they must spell it the same.
 *
 * ok:      "Chargé(e) de programme principal(e) (PAP)" (seed 003)
 * ok:      "Oficial de Programas", "Spécialiste de la protection"
 * not ok:  "Chargé de programme" → "Chargé(e) de programme"
 * not ok:  "Coordinador de Proyecto" → "Coordinador(a) de Proyecto"
 *
 * Fix (quick): the inclusive form of the word. Agreement of later words
 * ("principal" → "principal(e)") is left to the writer, so it is not automatic.
 */
import { firstLineTitle, noticeTitle } from '../notice/prose.js';
import { GENDER_SUFFIX, INCLUSIVE_MARK, TITLE_PREPOSITIONS, titleWords, type TitleWord } from '../template/inclusive-titles.js';
import { defineRule } from './rule.js';

const WORD = /\p{L}[\p{L}’'-]*/gu;

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/**
 * fold(masculine) → the first title word with that folded masculine form (what `words.find(…)` returns), per word
 * list. Why: the search folded every listed word again for every word of every title.
 */
const byFoldedMasculine = new WeakMap<readonly TitleWord[], Map<string, TitleWord>>();
function titleWordIndex(words: readonly TitleWord[]): Map<string, TitleWord> {
  let index = byFoldedMasculine.get(words);
  if (!index) {
    index = new Map();
    for (const word of words) {
      const key = fold(word.masculine);
      if (!index.has(key)) index.set(key, word);
    }
    byFoldedMasculine.set(words, index);
  }
  return index;
}

export default defineRule(
  {
    id: 'inclusive-title',
    severity: 'info',
    fixable: 'quick',
    description: 'A French or Spanish position title without its inclusive form.',
  },
  ({ tree, report, options }) => {
    const language = tree.data.language;
    if (language !== 'fr' && language !== 'es') return;
    const title = noticeTitle(tree);
    if (!title) return;
    const view = tree.data.view;
    const toOriginal = (relative: number) => (view.repaired ? view.toOriginal(title.viewStart + relative) : title.start + relative);

    // "H/F" suffixes: the same spelling in the header title and the first line
    const suffix = GENDER_SUFFIX.exec(title.value);
    const firstLine = title.source === 'field' ? firstLineTitle(tree) : undefined;
    if (suffix && firstLine) {
      const other = GENDER_SUFFIX.exec(firstLine.value);
      if (other && normalizeSuffix(other[0]) !== normalizeSuffix(suffix[0])) {
        report({
          message: `The title marks gender as “${suffix[0]}” here and as “${other[0]}” on the first line; use one spelling.`,
          start: toOriginal(suffix.index),
          end: toOriginal(suffix.index + suffix[0].length),
        });
      }
    }
    if (suffix && options.genderSuffix !== 'report') return;

    const words = titleWords(language);
    const prepositions = new Set(TITLE_PREPOSITIONS[language]);
    const text = title.value;
    const folded = fold(text);
    for (const match of text.matchAll(WORD)) {
      const raw = match[0].replace(/[’'-]+$/, '');
      const lower = raw.toLowerCase();
      if (prepositions.has(lower.replace(/[’']$/, '')) || /^d[’']/.test(lower)) break;
      const entry = titleWordIndex(words).get(fold(lower));
      if (!entry) continue;
      const at = match.index!;
      const after = text.slice(at + raw.length);
      if (INCLUSIVE_MARK.test(after)) continue;
      // the feminine form written too: "Coordinateur/Coordinatrice", "Coordinatrice ou coordinateur"
      if (folded.includes(fold(entry.feminine))) continue;
      const inclusive = matchCase(raw, entry.inclusive);
      const start = toOriginal(at);
      const end = toOriginal(at + raw.length);
      report({
        message: `The position title is masculine only: write “${inclusive}”${entry.kind === 'noun' ? ' (and make the words that agree with it inclusive too)' : ''}.`,
        start,
        end,
        suggestions: [{ desc: `Replace with “${inclusive}”`, fix: { range: [start, end], text: inclusive } }],
      });
    }
  },
);

function normalizeSuffix(text: string): string {
  return text.replace(/[()\s]/g, '').toUpperCase();
}

/** Keeps the written word's case: "CHARGÉ" → "CHARGÉ(E)", "Chargé" → "Chargé(e)". */
function matchCase(written: string, form: string): string {
  if (written === written.toUpperCase()) return form.toUpperCase();
  if (written[0] === written[0].toUpperCase()) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}
