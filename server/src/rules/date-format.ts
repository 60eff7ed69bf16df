/**
 * `date-format` · warning (optional rule, rule book §2 "Dates", §5)
 *
 * Header dates (Closing date, and Estimated Start Date when it holds a date)
 * are written out in the notice language: EN "23 November 2025" (also
 * "November 23, 2025" and "15 April, 2020"), FR "9 novembre 2025", ES "13 de
 * marzo de 2024".
 * - warning: a closing date that is not a date, an impossible date
 *   ("31 février 2025", "32/13/2025"), a month named in another language;
 * - info: an FR month capitalised or without its accent, a numeric date
 *   ([S004:9] "19/11/2025"; in EN a numeric date is ambiguous).
 * Written-out dates get no other finding. `missing-field` reports absent and
 * empty dates; a value still holding its placeholder is skipped.
 *
 * ok:      [S003:17] "9 novembre 2025".
 * not ok:  [S004:9] "Date de Soumission : 19/11/2025" (info); "Closing date: 30 February 2025" (warning).
 *
 * Fix (quick): the month in the notice language; the FR month in lower case
 * with its accent; an unambiguous numeric date (FR/ES D/M/Y, ISO) written out.
 */
import { DATE_FORMATS, monthName, parseMonth } from '../template/months.js';
import type { FieldNode, Language } from '../notice/tree.js';
import { defineRule, type Report } from './rule.js';
import { headerFields, isPlaceholder } from './header-fields.js';

const WRITTEN_DMY = /^(\d{1,2})(?:er|º|°)?[ \u00A0]+(?:de[ \u00A0]+)?(\p{L}+\.?),?[ \u00A0]+(?:de[ \u00A0]+|del[ \u00A0]+)?(\d{4})$/u;
const WRITTEN_MDY = /^(\p{L}+\.?)[ \u00A0]+(\d{1,2}),?[ \u00A0]+(\d{4})$/u;
const NUMERIC_DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const DATE_KEYS = new Set(['closing', 'startDate']);

export default defineRule(
  {
    id: 'date-format',
    severity: 'warning',
    fixable: 'quick',
    description: 'A header date is not a written-out date in the notice language.',
  },
  ({ tree, report }) => {
    const language = tree.data.language;
    const text = tree.data.text;
    for (const field of headerFields(tree)) {
      if (!DATE_KEYS.has(field.key)) continue;
      const raw = field.fieldValue.value;
      const value = raw.trim();
      if (!value || isPlaceholder(value)) continue;
      if (field.key === 'startDate' && !/\d/.test(value)) continue; // "As soon as possible"
      const start = field.fieldValue.start + (raw.length - raw.trimStart().length);
      const end = start + value.length;
      const same = text.slice(start, end) === value; // offsets are exact (no repaired run inside)
      const finding = checkDate(value, language, field);
      if (!finding) continue;
      const result: Report = { message: finding.message, start, end, severity: finding.severity };
      if (finding.replacement !== undefined && same) {
        const range: [number, number] = finding.part ? [start + finding.part[0], start + finding.part[1]] : [start, end];
        result.suggestions = [{ desc: finding.desc ?? `Write “${finding.replacement}”`, fix: { range, text: finding.replacement } }];
      }
      report(result);
    }
  },
);

interface DateFinding {
  message: string;
  severity: 'warning' | 'info';
  replacement?: string;
  /** Offsets of the replaced part inside the value (the month word); whole value when absent. */
  part?: [number, number];
  desc?: string;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDay(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  return day <= max;
}

/** The date written out in a language's canonical form (§2). */
export function writtenDate(day: number, month: number, year: number, language: Language, width = 1): string {
  const dayText = String(day).padStart(width, '0');
  const name = monthName(month, language)!;
  if (language === 'es') return `${dayText} de ${name} de ${year}`;
  return `${dayText} ${name} ${year}`;
}

export function checkDate(value: string, language: Language, field: FieldNode): DateFinding | undefined {
  const label = field.label.value.trim();
  const format = DATE_FORMATS[language];
  let match = WRITTEN_DMY.exec(value);
  let dayText: string | undefined;
  let monthWord: string | undefined;
  let yearText: string | undefined;
  if (match) [, dayText, monthWord, yearText] = match;
  else if ((match = WRITTEN_MDY.exec(value))) [, monthWord, dayText, yearText] = match;
  if (dayText && monthWord && yearText) {
    const month = parseMonth(monthWord, language);
    if (!month) return notADate(value, label, format);
    const day = Number(dayText);
    const year = Number(yearText);
    if (!validDay(day, month.month, year)) {
      return { message: `“${label}”: “${value}” is not a valid date (there is no day ${day} in that month).`, severity: 'warning' };
    }
    const wordStart = value.indexOf(monthWord);
    const part: [number, number] = [wordStart, wordStart + monthWord.length];
    if (month.language !== language) {
      const replacement = monthName(month.month, language)!;
      return {
        message: `“${label}”: the month “${monthWord}” is not ${languageName(language)}; write “${replacement}”.`,
        severity: 'warning',
        replacement,
        part,
      };
    }
    if (language === 'fr' && (month.issues.includes('capitalised') || month.issues.includes('missing-accent'))) {
      const replacement = month.canonical;
      const what = month.issues.includes('missing-accent') ? 'is missing its accent' : 'is capitalised';
      return { message: `“${label}”: the month “${monthWord}” ${what}; French months are written “${replacement}”.`, severity: 'info', replacement, part };
    }
    return undefined;
  }
  const numeric = NUMERIC_DMY.exec(value);
  if (numeric) {
    const [, first, , second, yearText2] = numeric;
    const year = Number(yearText2);
    if (language === 'en') {
      const dmy = validDay(Number(first), Number(second), year);
      const mdy = validDay(Number(second), Number(first), year);
      if (!dmy && !mdy) return { message: `“${label}”: “${value}” is not a valid date.`, severity: 'warning' };
      return { message: `“${label}”: “${value}” is a numeric date, ambiguous in English (day/month or month/day); write it as ${format.pattern} (“${format.example}”).`, severity: 'info' };
    }
    const day = Number(first);
    const month = Number(second);
    if (!validDay(day, month, year)) return { message: `“${label}”: “${value}” is not a valid date (day/month/year).`, severity: 'warning' };
    const replacement = writtenDate(day, month, year, language, first.length === 2 && first.startsWith('0') ? 2 : 1);
    return { message: `“${label}”: “${value}” is a numeric date; write it as ${format.pattern} (“${replacement}”).`, severity: 'info', replacement };
  }
  const iso = ISO.exec(value);
  if (iso) {
    const [, yearText3, monthText, dayText3] = iso;
    const day = Number(dayText3);
    const month = Number(monthText);
    const year = Number(yearText3);
    if (!validDay(day, month, year)) return { message: `“${label}”: “${value}” is not a valid date.`, severity: 'warning' };
    const replacement = writtenDate(day, month, year, language);
    return { message: `“${label}”: “${value}” is a numeric date; write it as ${format.pattern} (“${replacement}”).`, severity: 'info', replacement };
  }
  return notADate(value, label, format);
}

function notADate(value: string, label: string, format: { pattern: string; example: string }): DateFinding {
  return { message: `“${label}”: “${value}” is not a date in the form ${format.pattern} (“${format.example}”).`, severity: 'warning' };
}

function languageName(language: Language): string {
  return language === 'en' ? 'English' : language === 'fr' ? 'French' : 'Spanish';
}
