/**
 * Month names (rule book §2 "Dates").
 * - EN: January…December and their 3-letter abbreviations.
 * - FR: lower case with accents; a capitalised month or a missing accent is info.
 * - ES: enero…diciembre; septiembre and setiembre.
 */
import type { Language } from './types.js';

/** Canonical name first, then accepted alternatives; index 0 = January. */
export const MONTHS: Record<Language, string[][]> = {
  en: [
    ['January', 'Jan'], ['February', 'Feb'], ['March', 'Mar'], ['April', 'Apr'],
    ['May'], ['June', 'Jun'], ['July', 'Jul'], ['August', 'Aug'],
    ['September', 'Sep'], ['October', 'Oct'], ['November', 'Nov'], ['December', 'Dec'],
  ],
  fr: [
    ['janvier'], ['février'], ['mars'], ['avril'],
    ['mai'], ['juin'], ['juillet'], ['août'],
    ['septembre'], ['octobre'], ['novembre'], ['décembre'],
  ],
  es: [
    ['enero'], ['febrero'], ['marzo'], ['abril'],
    ['mayo'], ['junio'], ['julio'], ['agosto'],
    ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre'],
  ],
};

/** Canonical date patterns per language (§2 Dates), for messages and fixes. */
export const DATE_FORMATS: Record<Language, { pattern: string; example: string }> = {
  en: { pattern: 'D Month YYYY', example: '23 November 2025' },
  fr: { pattern: 'D mois YYYY', example: '9 novembre 2025' },
  es: { pattern: 'D de mes de YYYY', example: '13 de marzo de 2024' },
};

export interface ParsedMonth {
  /** 1–12. */
  month: number;
  language: Language;
  /** The canonical name in that language. */
  canonical: string;
  /** Remarks (§2): an FR/ES month capitalised, an FR month without its accent, an EN abbreviation. */
  issues: Array<'capitalised' | 'missing-accent' | 'abbreviation'>;
}

const strip = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/**
 * Parse a month name (case-insensitive, accents optional, trailing "." allowed
 * after EN abbreviations). With `lang`, that language is tried first; a month
 * found only in another language is still returned (the rule reports it).
 */
export function parseMonth(word: string, lang?: Language): ParsedMonth | undefined {
  const raw = word.trim().replace(/\.$/, '');
  const key = strip(raw);
  const order: Language[] = lang ? [lang, ...(['en', 'fr', 'es'] as Language[]).filter((l) => l !== lang)] : ['en', 'fr', 'es'];
  for (const language of order) {
    for (let i = 0; i < 12; i++) {
      const forms = MONTHS[language][i]!;
      const hit = forms.find((form) => strip(form) === key);
      if (!hit) continue;
      const canonical = forms[0]!;
      const issues: ParsedMonth['issues'] = [];
      if (language !== 'en' && raw.charAt(0) !== raw.charAt(0).toLowerCase()) issues.push('capitalised');
      if (language === 'fr' && raw.toLowerCase().normalize('NFC') !== hit.normalize('NFC')) issues.push('missing-accent');
      if (language === 'en' && hit !== canonical) issues.push('abbreviation');
      return { month: i + 1, language, canonical, issues };
    }
  }
  return undefined;
}

/** Month name for 1–12 in a language (canonical form). */
export function monthName(month: number, lang: Language): string | undefined {
  return MONTHS[lang][month - 1]?.[0];
}
