/** Writing figures back in the notice's own form (rule book §8): words stay words, in the notice's language. */
import type { Language } from '../notice/tree.js';
import { formatCountLike } from '../template/numbers.js';
import type { DegreeLevel } from '../template/eligibility.js';

/** `n` written like `sample` ("two" → "four", "2" → "4", "sept" → "neuf"); digits when no word exists. */
export function figureLike(n: number, sample: string, language: Language): string {
  if (n >= 1) {
    const formatted = formatCountLike(n, sample, language);
    if (formatted !== undefined) return formatted;
  }
  return String(n);
}

const DEGREE_NAMES: Record<DegreeLevel, string> = {
  advanced: 'advanced degree',
  'first-level': 'first-level degree',
  secondary: 'secondary diploma',
};
export function degreeName(level: DegreeLevel): string {
  return DEGREE_NAMES[level];
}

/** "an advanced degree", "a first-level degree", "a secondary diploma". */
export function aDegree(level: DegreeLevel): string {
  const name = DEGREE_NAMES[level];
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}
