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
 * The two dates of a Posting period ("From 02.04.2020 to 15.04.2020" [V],
 * "Du 2 avril 2020 au 15 avril 2020", "Del 2 al 15 de abril de 2026") get
 * the same checks, except that a part that is no date is left alone; and
 * (info) a window shorter than `minPostingDays` (7 [A]) days; (warning) a
 * period that ends before it starts.
 *
 * ok:      [S003:17] "9 novembre 2025".
 * not ok:  [S004:9] "Date de Soumission : 19/11/2025" (info); "Closing date: 30 February 2025" (warning).
 *
 * Fix (quick): the month in the notice language; the FR month in lower case
 * with its accent; an unambiguous numeric date (FR/ES D/M/Y, ISO) written out.
 */
import { DATE_FORMATS, monthName, parseMonth } from '../template/months.js';
import { SECTIONS } from '../template/sections.js';
import type { Language, NoticeRoot, ParagraphNode } from '../notice/tree.js';
import { fold } from '../notice/normalize.js';
import { defineRule, type Report } from './rule.js';
import { headerFields, isPlaceholder } from './header-fields.js';
import { sectionsOf } from './structure.js';

const WRITTEN_DMY = /^(\d{1,2})(?:er|º|°)?[ \u00A0]+(?:de[ \u00A0]+)?(\p{L}+\.?),?[ \u00A0]+(?:de[ \u00A0]+|del[ \u00A0]+)?(\d{4})$/u;
const WRITTEN_MDY = /^(\p{L}+\.?)[ \u00A0]+(\d{1,2}),?[ \u00A0]+(\d{4})$/u;
const NUMERIC_DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const DATE_KEYS = new Set(['closing', 'startDate']);

/** Default of the `minPostingDays` option [A]: a posting window under a week is remarked on. */
export const MIN_POSTING_DAYS = 7;

/** "From X to Y", "Du X au Y", "Del X al Y", "X – Y": the two parts of a posting period. */
const PERIOD = /^(?:(?:from|du|des|del|desde|de)[ \u00A0]+)?(.+?)[ \u00A0]+(?:to|until|au|jusqu(?:'|’)au|al|hasta(?:[ \u00A0]+el)?|[-–—])[ \u00A0]+(.+?)[ \u00A0]*[.;]?$/iu;

const POSTING_LABELS = SECTIONS.find((section) => section.id === 'postingPeriod')!.variants.map((variant) => fold(variant.text));

export default defineRule(
  {
    id: 'date-format',
    severity: 'warning',
    fixable: 'quick',
    description: 'A header date is not a written-out date in the notice language.',
  },
  ({ tree, report, options }) => {
    const language = tree.data.language;
    const text = tree.data.text;
    for (const field of headerFields(tree)) {
      if (!DATE_KEYS.has(field.key)) continue;
      const raw = field.fieldValue.value;
      const value = raw.trim();
      if (!value || isPlaceholder(value)) continue;
      if (field.key === 'startDate' && !/\d/.test(value)) continue; // "As soon as possible"
      const start = field.fieldValue.start + (raw.length - raw.trimStart().length);
      const finding = checkDate(value, language, field.label.value.trim());
      if (finding) report(reportOf(finding, value, start, text));
    }
    const minDays = typeof options.minPostingDays === 'number' ? options.minPostingDays : MIN_POSTING_DAYS;
    for (const period of postingPeriods(tree)) checkPeriod(period, language, text, minDays, report);
  },
);

/**
 * The report of a finding on `value`, which stands at `start` in the original text; with its quick fix
 * when the offsets are exact (no repaired mojibake run inside the value).
 */
function reportOf(finding: DateFinding, value: string, start: number, text: string): Report {
  const end = start + value.length;
  const result: Report = { message: finding.message, start, end, severity: finding.severity };
  if (finding.replacement !== undefined && text.slice(start, end) === value) {
    const range: [number, number] = finding.part ? [start + finding.part[0], start + finding.part[1]] : [start, end];
    result.suggestions = [{ desc: finding.desc ?? `Write “${finding.replacement}”`, fix: { range, text: finding.replacement } }];
  }
  return result;
}

interface PostingPeriod {
  label: string;
  /** The period's text and its offset in the original text. */
  value: string;
  start: number;
}

/** The Posting period: the first paragraph of its section, or a "Posting period: …" line anywhere. */
function postingPeriods(tree: NoticeRoot): PostingPeriod[] {
  const periods: PostingPeriod[] = [];
  const text = tree.data.text;
  const add = (paragraph: ParagraphNode, label: string, from: number, to: number) => {
    const start = paragraph.position.start.offset! + from;
    const raw = paragraph.value.slice(from, to);
    const value = raw.trim();
    const at = start + (raw.length - raw.trimStart().length);
    // offsets are exact only where no repaired run lies inside
    if (value && text.slice(at, at + value.length) === value) periods.push({ label, value, start: at });
  };
  for (const section of sectionsOf(tree)) {
    if (section.id === 'postingPeriod') {
      const first = section.children[0];
      if (first?.type === 'paragraph') add(first, section.heading?.text ?? 'Posting period', 0, first.value.indexOf('\n') >>> 0);
      continue;
    }
    for (const block of section.children) {
      if (block.type !== 'paragraph' || !block.value.includes(':')) continue;
      // a "Posting period: …" line, alone or inside a paragraph
      for (let lineStart = 0; lineStart < block.value.length; ) {
        const lineEnd = block.value.indexOf('\n', lineStart) >>> 0;
        const colon = block.value.indexOf(':', lineStart);
        if (colon >= 0 && colon < Math.min(lineEnd, lineStart + 40) && POSTING_LABELS.includes(fold(block.value.slice(lineStart, colon)))) {
          add(block, block.value.slice(lineStart, colon).trim(), colon + 1, lineEnd);
        }
        lineStart = lineEnd + 1;
      }
    }
  }
  return periods;
}

function checkPeriod(period: PostingPeriod, language: Language, text: string, minDays: number, report: (report: Report) => void): void {
  const match = PERIOD.exec(period.value);
  if (!match) return;
  const [, fromText, toText] = match;
  const fromAt = period.start + period.value.indexOf(fromText);
  const toAt = period.start + period.value.lastIndexOf(toText);
  // in English "02.04.2020 to 15.04.2020" is day/month: the other part tells
  const order = numericOrder(fromText) ?? numericOrder(toText);
  const to = parseDate(toText, language, order);
  // "Del 2 al 15 de abril de 2026", "du 2 au 15 avril 2026": the first part borrows the month and year
  const from = parseDate(fromText, language, order) ?? (to && /^\d{1,2}$/.test(fromText) ? { ...to, day: Number(fromText) } : undefined);
  if (language === 'en' && order && NUMERIC_DMY.test(fromText) && NUMERIC_DMY.test(toText) && from && to) {
    // one finding for both: written out one at a time, the other would turn ambiguous again
    const span = text.slice(fromAt, toAt + toText.length);
    if (span === period.value.slice(fromAt - period.start, toAt + toText.length - period.start)) {
      const [fromWritten, toWritten] = [writtenDate(from.day, from.month, from.year, language), writtenDate(to.day, to.month, to.year, language)];
      const replacement = fromWritten + span.slice(fromText.length, span.length - toText.length) + toWritten;
      report({
        start: fromAt,
        end: toAt + toText.length,
        severity: 'info',
        message: `“${period.label}”: “${fromText}” and “${toText}” are numeric dates; write them as ${DATE_FORMATS.en.pattern} (“${fromWritten}”, “${toWritten}”).`,
        suggestions: [{ desc: `Write “${replacement}”`, fix: { range: [fromAt, toAt + toText.length], text: replacement } }],
      });
    }
  } else for (const [part, at, date] of [[fromText, fromAt, from], [toText, toAt, to]] as const) {
    if (!/\d{4}/.test(part)) continue; // a partial date ("Del 2 al 5 de abril") or no date: nothing to say
    const finding = checkDate(part, language, period.label, order);
    if (!finding || (!date && finding.kind === 'not-a-date')) continue;
    report(reportOf(finding, part, at, text));
  }
  if (!from || !to) return;
  const days = Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
  const where = { start: fromAt, end: toAt + toText.length };
  if (days < 0) report({ ...where, severity: 'warning', message: `“${period.label}”: the period ends (${toText}) before it starts (${fromText}).` });
  else if (days < minDays) {
    report({ ...where, severity: 'info', message: `“${period.label}”: the notice is posted for ${days} day${days === 1 ? '' : 's'}, under the usual ${minDays}.` });
  }
}

/** The order of a numeric date whose first or second number is over 12. */
function numericOrder(value: string): 'dmy' | 'mdy' | undefined {
  const numeric = NUMERIC_DMY.exec(value);
  if (!numeric) return undefined;
  return Number(numeric[1]) > 12 ? 'dmy' : Number(numeric[3]) > 12 ? 'mdy' : undefined;
}

interface DateValue {
  day: number;
  month: number;
  year: number;
}

/** The day, month word and year of a written-out date ("9 novembre 2025", "April 15, 2020"). */
function writtenParts(value: string): { dayText: string; monthWord: string; yearText: string } | undefined {
  const dmy = WRITTEN_DMY.exec(value);
  if (dmy) return { dayText: dmy[1]!, monthWord: dmy[2]!, yearText: dmy[3]! };
  const mdy = WRITTEN_MDY.exec(value);
  return mdy ? { dayText: mdy[2]!, monthWord: mdy[1]!, yearText: mdy[3]! } : undefined;
}

/**
 * A date the notice's readers can read without doubt: written out, FR/ES D/M/Y, ISO; EN numeric in the
 * given order, or else only when one reading is valid.
 */
export function parseDate(value: string, language: Language, order?: 'dmy' | 'mdy'): DateValue | undefined {
  const written = writtenParts(value);
  if (written) {
    const { dayText, monthWord, yearText } = written;
    const month = parseMonth(monthWord, language);
    const date = month && { day: Number(dayText), month: month.month, year: Number(yearText) };
    return date && validDay(date.day, date.month, date.year) ? date : undefined;
  }
  const numeric = NUMERIC_DMY.exec(value);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    const dmy = validDay(first, second, year) ? { day: first, month: second, year } : undefined;
    const mdy = validDay(second, first, year) ? { day: second, month: first, year } : undefined;
    if (language !== 'en' || order === 'dmy') return dmy;
    if (order === 'mdy') return mdy;
    return dmy && mdy && first !== second ? undefined : (dmy ?? mdy);
  }
  const iso = ISO.exec(value);
  if (iso) {
    const date = { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) };
    return validDay(date.day, date.month, date.year) ? date : undefined;
  }
  return undefined;
}

interface DateFinding {
  kind?: 'not-a-date';
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

export function checkDate(value: string, language: Language, label: string, order?: 'dmy' | 'mdy'): DateFinding | undefined {
  const format = DATE_FORMATS[language];
  const written = writtenParts(value);
  if (written) {
    const { dayText, monthWord, yearText } = written;
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
    if (language === 'en' && order) {
      const [day, month] = order === 'dmy' ? [Number(first), Number(second)] : [Number(second), Number(first)];
      if (!validDay(day, month, year)) return { message: `“${label}”: “${value}” is not a valid date.`, severity: 'warning' };
      const replacement = writtenDate(day, month, year, language);
      return { message: `“${label}”: “${value}” is a numeric date; write it as ${format.pattern} (“${replacement}”).`, severity: 'info', replacement };
    }
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
  return { kind: 'not-a-date', message: `“${label}”: “${value}” is not a date in the form ${format.pattern} (“${format.example}”).`, severity: 'warning' };
}

function languageName(language: Language): string {
  return language === 'en' ? 'English' : language === 'fr' ? 'French' : 'Spanish';
}
