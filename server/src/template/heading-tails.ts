/**
 * Level tails of the competency headings, for headings a fix writes when the
 * §4.6 heading has no `${level}` (ES: no reference text, rule book §4) [A].
 * EN and FR follow 000:105 and 003:117; the ES wording is the project's.
 */
import type { Language } from './types.js';

export const LEVEL_TAIL: Record<Language, string> = {
  en: ' – behavioural indicators Level ${level}',
  fr: '\u00A0– indicateurs comportementaux Niveau ${level}',
  es: ' – indicadores de comportamiento Nivel ${level}', // [A]
};

/** Sections whose heading carries a behavioural-indicator level (§3.1 "Headings with a tail"). */
export const LEVELLED_SECTIONS: ReadonlySet<string> = new Set(['core', 'managerial']);
