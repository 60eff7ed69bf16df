/**
 * Header values that `header-consistency` (rule book §5, optional) compares:
 * Recruiting Type values by grade family (§2), duration words (§2 "Dates":
 * "N months / mois / meses", "1 year / un an / un año", "Up to 9 months /
 * jusqu’à 9 mois"), and the parts of a reference (§2 "References") that carry
 * a year or a country code. Everything [A] here is overridable through the
 * rule's options (docs/rules/header-consistency.md).
 */
import type { Language } from './types.js';
import type { ReferenceKind } from './notice-types.js';
import { RECRUITING_TYPE_EXPECTED } from './fields.js';

export type RecruitingFamily = 'P' | 'D' | 'G' | 'NO';

/**
 * Known Recruiting Type values (§2), by the grade family they belong to. P and
 * D come from RECRUITING_TYPE_EXPECTED; G and NO are the values §2 names as
 * "not checked against a P/D expectation" (General Service, Services
 * généraux, Servicios generales, Administrateur national, …) [A]. A value is
 * recognised when it equals a known value or starts with one ("Professional
 * (international)"); the longest known value wins ("Administrateur national"
 * is NO, not P).
 */
export const RECRUITING_TYPE_VALUES: Record<RecruitingFamily, Record<Language, string[]>> = {
  P: RECRUITING_TYPE_EXPECTED.P,
  D: RECRUITING_TYPE_EXPECTED.D,
  G: {
    en: ['General Service', 'General Services'], // [V] legacy "General Service, Grade G6"
    fr: ['Services généraux', 'Service général'], // [A]
    es: ['Servicios generales', 'Servicios Generales'], // [A]
  },
  NO: {
    en: ['National Officer', 'National Professional Officer'], // [A]
    fr: ['Administrateur national', 'Administrateur recruté sur le plan national'], // §2 [A]
    es: ['Oficial nacional', 'Funcionario nacional'], // [A]
  },
};

/** Which families' Recruiting Type is checked by default: P and D only (§2: G, NO and UG values are not checked) [A]. */
export const RECRUITING_TYPE_CHECKED: RecruitingFamily[] = ['P', 'D'];

/** Duration units (§2 "Durations"); matched on lower-cased text. */
export const DURATION_UNITS: Array<{ pattern: string; months: number }> = [
  { pattern: 'months?|mois|mes(?:es)?', months: 1 },
  { pattern: 'years?|ans?|années?|annees?|años?|anos?', months: 12 },
];

/** Words that make a duration a maximum ("Up to 9 months", "jusqu’à 9 mois", "hasta 9 meses"). */
export const DURATION_UP_TO = ['up to', 'jusqu’à', "jusqu'à", 'jusqu’a', "jusqu'a", 'hasta', 'maximum', 'máximo', 'maximo', 'au plus', 'not exceeding', 'no more than'];

/** "1 year" written as a word: number words 1–20 come from numbers.ts; these articles also mean 1 in "un an" / "un año" / "a year". */
export const DURATION_ONE_WORDS = ['a', 'an', 'one', 'un', 'une', 'uno', 'una'];

/**
 * §2 References: where a reference carries its year and a country code. The
 * `office` group of a legacy reference ("SVN/IOMSO/005/2020", "VN/IOMDZ/012/2025")
 * is a country code only when it reads `IOM` + two letters [A]; the two
 * letters after a CFA number ("CFA-2025-079GT") are read as a country code [A].
 */
export const REFERENCE_PARTS: Array<{ kind: ReferenceKind; pattern: RegExp }> = [
  { kind: 'legacy', pattern: /^(?:VN|SVN|CFA|CFEOI)[/ ]?(?<office>[A-Z0-9]+)\/\d{3}\/(?<year>\d{4})$/ },
  { kind: 'hq', pattern: /^VN(?<year>\d{4})\/\d+(?:\([A-Z]+\))?(?:-[A-Z]+)?$/ },
  { kind: 'country-coded', pattern: /^(?:SVN )?(?<country>[A-Z]{2})\d{3}[-/](?<year>\d{4})$/ },
  { kind: 'CFA', pattern: /^CFA-(?<year>\d{4})-\d{3}(?<country>[A-Z]{2})$/ },
  { kind: 'consultancy', pattern: /^CFCV(?<year>\d{4})\.\d+$/ },
];

/** A legacy office code that names a country ("IOMSO" → SO) [A]. */
export const LEGACY_OFFICE_COUNTRY = /^IOM([A-Z]{2})$/;

/** Reference kinds whose country code is checked against the duty station by default [A]. */
export const REFERENCE_COUNTRY_KINDS: ReferenceKind[] = ['legacy', 'country-coded', 'CFA'];

/** §5: the year in the reference is the closing year ±1. */
export const REFERENCE_YEAR_TOLERANCE = 1;
