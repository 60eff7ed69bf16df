/**
 * `header-consistency` · warning, no fix (optional rule, rule book §5)
 *
 * The header's values agree with each other. Each check is its own finding,
 * on the value that disagrees; a value that cannot be read (an unknown
 * contract wording, "6 à 9 mois", a non-country duty station) gives no
 * finding:
 * - `type-contract`: the vacancy type (Vacancy Type field, else the
 *   reference prefix "VN/…", "SVN …", "CFA-…") and the contract kind: VN =
 *   fixed-term (1 year), SVN = special short-term graded (≤ 9 months), CFA =
 *   ungraded [V] (§1);
 * - `type-duration`: the initial duration and the type (VN 12 months, SVN at
 *   most 9); without a duration field (legacy), the period the contract
 *   states ("Type of Appointment: … one year …") stands for it;
 * - `contract-duration`: the initial duration and the period the contract
 *   states ("Up to 9 months", "1 year"; else its kind's), when no type is
 *   stated or the type agreed with both (no finding twice for one defect);
 * - `grade-contract`: grade UG with a graded contract, or a graded grade with
 *   an ungraded contract ("UG means ungraded / non classé");
 * - `recruiting-type`: from grade to value (§2): a P grade expects
 *   Professional / Professionnel / Administrateur / Profesional, a D grade
 *   Director; G, NO and UG values are not checked [A]; a value the table does
 *   not know gives no finding;
 * - `title-suffix`: a "(P)" title suffix on a G or NO grade;
 * - `title-grade`: a grade in the title ("(P-3)", "(P3)") differs from the
 *   Grade field (or the legacy Classification grade);
 * - `reference-year`: the year in the reference ("SVN/IOMSO/005/2020",
 *   "MX002/2024", "CFA-2025-079GT") is the closing year ±1;
 * - `reference-country`: the country code in the reference ("MX002/2024",
 *   legacy "VN/IOMDZ/…", "CFA-…GT") is the duty station's (ISO table in
 *   template/countries.ts).
 *
 * Why: a header copied from another notice keeps a contract, a duration or a
 * reference that no longer fits; candidates read the header first.
 *
 * ok:      an EN header "Grade: P-2 / Contract Type: Fixed-term (1 year with possibility of
 *          extension) / Recruiting Type: Professional / Vacancy Type: Vacancy Notice /
 *          Initial duration: 12 months".
 * not ok:  [S003:13–16] "Avis de vacance de poste" (VN) with "CDD spécial (jusqu’à 9 mois)"
 *          and "6 mois": two findings, on 13 (contract) and 16 (duration).
 *
 * Options (all [A] values are configurable): `skip` (check ids), `durations`
 * ({VN: {months: 12}, SVN: {maxMonths: 9}}), `recruitingTypes` ({P: [...],
 * D: [...]}; adding G or NO turns their check on), `contracts` ([{text,
 * kind}]), `referenceYearTolerance` (1), `referenceCountryKinds` (["legacy",
 * "country-coded", "CFA"]), `countries` ({"XK": ["Kosovo"]}).
 *
 * Fix: none: which of two disagreeing values is wrong is the author's call.
 */
import type { FieldNode, NoticeRoot, Span } from '../notice/tree.js';
import { contractKind, TYPE_CONTRACT, type ContractKind } from '../template/fields.js';
import { parseGrade, type ParsedGrade } from '../template/grades.js';
import { NOTICE_TYPE_LABELS, PROFESSIONAL_TITLE_SUFFIX, REFERENCE_PREFIXES, type ReferenceKind } from '../template/notice-types.js';
import { parseNumberWord } from '../template/numbers.js';
import {
  DURATION_ONE_WORDS,
  DURATION_UNITS,
  DURATION_UP_TO,
  LEGACY_OFFICE_COUNTRY,
  RECRUITING_TYPE_CHECKED,
  RECRUITING_TYPE_VALUES,
  REFERENCE_COUNTRY_KINDS,
  REFERENCE_PARTS,
  REFERENCE_YEAR_TOLERANCE,
  type RecruitingFamily,
} from '../template/header-values.js';
import { buildCountryIndex, DEFAULT_COUNTRY_INDEX, type CountryIndex } from '../template/countries.js';
import { looseCountryName as looseName } from '../template/nrms.js';
import { foldLoose } from '../notice/normalize.js';
import { defineRule } from './rule.js';
import { headerFields, isPlaceholder } from './header-fields.js';

// --- patterns, compiled once ------------------------------------------------

const TITLE_GRADE = /\((?:P|D|G|NO)[ \u00A0-]?[0-9A-E]\)/gi;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const UNIT_SOURCE = DURATION_UNITS.map((unit) => `(${unit.pattern})`).join('|');
const DURATION = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}|\\p{L}+(?:-\\p{L}+)?)[ \\t\\u00A0]+(?:${UNIT_SOURCE})(?!\\p{L})`, 'gu');
const TOKENS = /[\p{L}\d]+(?:-[\p{L}]+)?/gu;
const DIGITS = /^\d{1,3}$/;
const UP_TO = new RegExp(`(?:${DURATION_UP_TO.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*$`);
const ONE_WORDS = new Set(DURATION_ONE_WORDS);
const REFERENCE_PARTS_D = REFERENCE_PARTS.map((part) => ({ kind: part.kind, pattern: new RegExp(part.pattern.source, 'd') }));
const SEGMENT_SPLIT = /[,;/|()]|\s[-–—]\s/;
const TRAILING_PUNCTUATION = /[\s.:;,]+$/;

/** Vacancy Type labels (§1), folded, → type. */
const TYPE_BY_LABEL = new Map(NOTICE_TYPE_LABELS.map((label) => [foldLoose(label.text), label.type]));

const CHECKS = ['type-contract', 'type-duration', 'contract-duration', 'grade-contract', 'recruiting-type', 'title-suffix', 'title-grade', 'reference-year', 'reference-country'] as const;
type CheckId = (typeof CHECKS)[number];

const KIND_TEXT: Record<ContractKind, string> = {
  'fixed-term': 'a fixed-term contract',
  'special-short-term': 'a special short-term (graded) contract',
  'special-short-term-ungraded': 'an ungraded (special short-term ungraded) contract',
};

interface Duration {
  months: number;
  upTo: boolean;
}

interface Expectation {
  months?: number;
  maxMonths?: number;
}

const DEFAULT_DURATIONS: Record<string, Expectation> = {};
for (const [type, value] of Object.entries(TYPE_CONTRACT)) if (value) DEFAULT_DURATIONS[type] = { months: value.months, maxMonths: value.maxMonths };

const DEFAULT_RECRUITING = recruitingTable(undefined);

export default defineRule(
  {
    id: 'header-consistency',
    severity: 'warning',
    description: 'Header values contradict each other (vacancy type, contract, duration, grade, recruiting type, title, reference).',
  },
  ({ tree, report, options }) => {
    const fields = headerFields(tree);
    if (fields.length < 2) return;
    const byKey = new Map<string, FieldNode>();
    for (const field of fields) {
      if (byKey.has(field.key)) continue;
      const value = field.fieldValue.value.trim();
      if (!value || isPlaceholder(value)) continue;
      byKey.set(field.key, field);
    }
    const skip = new Set(stringList(options.skip));
    const on = (check: CheckId) => !skip.has(check);
    const text = (field: FieldNode | undefined) => (field ? field.fieldValue.value.trim() : '');

    // --- what the header states ---
    const gradeField = byKey.get('grade') ?? byKey.get('classification');
    const grade = gradeField ? gradeOf(gradeField) : undefined;
    const typeSource = statedType(byKey);
    const contractField = byKey.get('contract') ?? byKey.get('appointmentType');
    const kind = contractField ? kindOf(text(contractField), options.contracts) : undefined;
    const contractPeriod = contractField ? parseDuration(text(contractField)) : undefined;
    const durationField = byKey.get('duration');
    const duration = durationField ? parseDuration(text(durationField)) : undefined;
    const durations = durationTable(options.durations);

    // --- type / contract / duration ---
    let typeDurationAgreed = true;
    let contractReported = false;
    if (typeSource && TYPE_CONTRACT[typeSource.type as 'VN' | 'SVN' | 'CFA']) {
      const expected = TYPE_CONTRACT[typeSource.type as 'VN' | 'SVN' | 'CFA']!;
      if (on('type-contract') && contractField && kind && kind !== expected.kind) {
        contractReported = true;
        reportValue(contractField, `The contract “${text(contractField)}” is ${KIND_TEXT[kind]}, but the vacancy type “${typeSource.text}” (${typeSource.type}) goes with ${KIND_TEXT[expected.kind]}${periodText(durations[typeSource.type])}.`);
      }
      const expectation = durations[typeSource.type];
      const measured = duration ?? (durationField ? undefined : contractPeriod && !contractPeriod.upTo ? contractPeriod : undefined);
      const measuredField = duration ? durationField : contractField;
      if (expectation && measured && measuredField && !fits(measured, expectation)) {
        typeDurationAgreed = false;
        if (on('type-duration')) {
          reportValue(measuredField, `The initial duration “${text(measuredField)}” does not fit the vacancy type “${typeSource.text}” (${typeSource.type}), which goes with an initial duration${periodText(expectation)}.`);
        }
      }
    }
    if (on('contract-duration') && typeDurationAgreed && !contractReported && duration && durationField && contractField && kind) {
      const expectation: Expectation | undefined = contractPeriod
        ? contractPeriod.upTo
          ? { maxMonths: contractPeriod.months }
          : { months: contractPeriod.months }
        : kind === 'fixed-term'
          ? durations.VN
          : kind === 'special-short-term'
            ? durations.SVN
            : undefined;
      if (expectation && !fits(duration, expectation)) {
        reportValue(durationField, `The initial duration “${text(durationField)}” does not fit the contract “${text(contractField)}”, which ${expectationText(expectation)}.`);
      }
    }

    // --- grade / contract (UG = ungraded) ---
    if (on('grade-contract') && !contractReported && grade && gradeField && contractField && kind) {
      const ungradedContract = kind === 'special-short-term-ungraded';
      if (grade.family === 'UG' && !ungradedContract) {
        reportValue(contractField, `The grade is UG (ungraded), but the contract “${text(contractField)}” is ${KIND_TEXT[kind]}.`);
      } else if (grade.family !== 'UG' && ungradedContract) {
        reportValue(contractField, `The contract “${text(contractField)}” is ungraded, but the grade is ${grade.canonical}.`);
      }
    }

    // --- grade → Recruiting Type (§2) ---
    const recruitingField = byKey.get('recruitingType');
    if (on('recruiting-type') && grade && recruitingField && grade.family !== 'UG') {
      const table = options.recruitingTypes === undefined ? DEFAULT_RECRUITING : recruitingTable(options.recruitingTypes);
      const family = grade.family as RecruitingFamily;
      if (table.checked.has(family)) {
        const value = foldValue(text(recruitingField));
        const actual = classify(value, table.known);
        if (actual && actual !== family) {
          const expected = table.custom.has(family) ? table.expected.get(family)! : RECRUITING_TYPE_VALUES[family][tree.data.language];
          reportValue(recruitingField, `The Recruiting Type “${text(recruitingField)}” does not fit the grade ${grade.canonical}, which expects ${expected.map((name) => `“${name}”`).join(' or ')}.`);
        }
      }
    }

    // --- title ---
    const titleField = byKey.get('title');
    if (titleField && grade) {
      const title = titleField.fieldValue.value;
      if (on('title-suffix') && (grade.family === 'G' || grade.family === 'NO')) {
        const suffix = PROFESSIONAL_TITLE_SUFFIX.exec(title);
        if (suffix) {
          const [start, end] = spanOffsets(tree, titleField.fieldValue, suffix.index, suffix.index + 3);
          report({ message: `The title ends in “(P)” (Professional recruitment), but the grade is ${grade.canonical}, a national (${grade.family}) grade.`, start, end });
        }
      }
      if (on('title-grade') && title.includes('(')) {
        TITLE_GRADE.lastIndex = 0;
        for (let match = TITLE_GRADE.exec(title); match; match = TITLE_GRADE.exec(title)) {
          const inTitle = parseGrade(match[0]);
          if (!inTitle || inTitle.canonical === grade.canonical) continue;
          const [start, end] = spanOffsets(tree, titleField.fieldValue, match.index, match.index + match[0].length);
          report({ message: `The title gives the grade ${inTitle.canonical}, but the ${gradeField!.key === 'grade' ? 'Grade field' : 'Classification'} says ${grade.canonical}.`, start, end });
        }
      }
    }

    // --- reference: year and country code ---
    const referenceField = byKey.get('reference');
    if (!referenceField) return;
    const reference = referenceOf(text(referenceField));
    if (!reference) return;
    const leading = referenceField.fieldValue.value.length - referenceField.fieldValue.value.trimStart().length;
    const closingField = byKey.get('closing');
    if (on('reference-year') && reference.year && closingField) {
      const closingYear = singleYear(text(closingField));
      const tolerance = typeof options.referenceYearTolerance === 'number' && options.referenceYearTolerance >= 0 ? options.referenceYearTolerance : REFERENCE_YEAR_TOLERANCE;
      if (closingYear !== undefined && Math.abs(reference.year.value - closingYear) > tolerance) {
        const [start, end] = spanOffsets(tree, referenceField.fieldValue, leading + reference.year.start, leading + reference.year.end);
        report({ message: `The reference “${reference.text}” carries the year ${reference.year.value}, but the closing date “${text(closingField)}” is in ${closingYear} (allowed: ±${tolerance}).`, start, end });
      }
    }
    if (on('reference-country') && reference.country) {
      const kinds = options.referenceCountryKinds === undefined ? REFERENCE_COUNTRY_KINDS : (stringList(options.referenceCountryKinds) as ReferenceKind[]);
      if (!kinds.includes(reference.kind)) return;
      const index = countryIndex(options.countries);
      const code = reference.country.value;
      const station = byKey.get('country') ?? byKey.get('dutyStation');
      if (!station || !index.byCode.has(code)) return;
      const codes = countryCodesIn(text(station), index);
      if (codes.size === 0 || codes.has(code)) return;
      const [start, end] = spanOffsets(tree, referenceField.fieldValue, leading + reference.country.start, leading + reference.country.end);
      const name = index.byCode.get(code)!.names[tree.data.language][0] ?? code;
      const stated = [...codes].map((other) => `${index.byCode.get(other)?.names[tree.data.language][0] ?? other} (${other})`).join(', ');
      report({ message: `The reference “${reference.text}” carries the country code ${code} (${name}), but the duty station “${text(station)}” is ${stated}.`, start, end });
    }

    function reportValue(field: FieldNode, message: string) {
      const raw = field.fieldValue.value;
      const lead = raw.length - raw.trimStart().length;
      const [start, end] = spanOffsets(tree, field.fieldValue, lead, lead + raw.trim().length);
      report({ message, start, end });
    }
  },
);

// --- helpers -----------------------------------------------------------------

/** Original offsets of [from, to) inside a span's (view) value. */
function spanOffsets(tree: NoticeRoot, span: Span, from: number, to: number): [number, number] {
  const view = tree.data.view;
  if (!view.repaired) return [span.start + from, span.start + to];
  const base = view.toView(span.start);
  return [view.toOriginal(base + from), view.toOriginal(base + to)];
}

function gradeOf(field: FieldNode): ParsedGrade | undefined {
  const value = field.fieldValue.value;
  if (field.key === 'classification' && !/(?:^|[\s,;:(])grad[eo]\b/i.test(value)) return undefined;
  return parseGrade(value);
}

/** The type the header states: the Vacancy Type value (a §1 label), else the reference prefix. */
function statedType(byKey: Map<string, FieldNode>): { type: string; text: string } | undefined {
  const vacancy = byKey.get('vacancyType');
  if (vacancy) {
    const value = vacancy.fieldValue.value.trim();
    const type = TYPE_BY_LABEL.get(foldValue(value));
    return type ? { type, text: value } : undefined;
  }
  const reference = byKey.get('reference');
  if (!reference) return undefined;
  const value = reference.fieldValue.value.trim();
  const prefix = REFERENCE_PREFIXES.find((entry) => entry.pattern.test(value));
  return prefix ? { type: prefix.type, text: value } : undefined;
}

function kindOf(value: string, extra: unknown): ContractKind | undefined {
  if (Array.isArray(extra)) {
    const folded = foldValue(value);
    for (const entry of extra) {
      if (!entry || typeof entry !== 'object') continue;
      const { text, kind } = entry as { text?: unknown; kind?: unknown };
      if (typeof text === 'string' && (kind === 'fixed-term' || kind === 'special-short-term' || kind === 'special-short-term-ungraded') && foldValue(text) === folded) return kind;
    }
  }
  return contractKind(value);
}

/** "6 mois" → 6; "1 year" / "un an" → 12; "Up to 9 months" → ≤ 9. Undefined when the value holds another number ("6 à 9 mois"). */
export function parseDuration(value: string): Duration | undefined {
  const lower = value.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");
  DURATION.lastIndex = 0;
  let found: { months: number; index: number; numberToken: string } | undefined;
  for (let match = DURATION.exec(lower); match; match = DURATION.exec(lower)) {
    const token = match[1]!;
    const count = DIGITS.test(token) ? Number(token) : ONE_WORDS.has(token) ? 1 : numberWord(token);
    if (count === undefined) continue;
    if (found) return undefined; // two durations
    const unit = DURATION_UNITS.findIndex((_, i) => match![2 + i] !== undefined);
    found = { months: count * DURATION_UNITS[unit]!.months, index: match.index, numberToken: token };
  }
  if (!found) return undefined;
  // another number in the value ("3–9 mois", "six to nine months") makes it a range: not read
  let numbers = 0;
  for (const token of lower.match(TOKENS) ?? []) {
    if (DIGITS.test(token) || numberWord(token) !== undefined) numbers++;
  }
  if (numbers > (DIGITS.test(found.numberToken) || numberWord(found.numberToken) !== undefined ? 1 : 0)) return undefined;
  return { months: found.months, upTo: UP_TO.test(lower.slice(0, found.index)) };
}

function numberWord(token: string): number | undefined {
  const parsed = parseNumberWord(token);
  return parsed && !parsed.article ? parsed.value : undefined;
}

function fits(duration: Duration, expectation: Expectation): boolean {
  if (expectation.months !== undefined) return duration.months === expectation.months;
  if (expectation.maxMonths !== undefined) return duration.months <= expectation.maxMonths;
  return true;
}

function expectationText(expectation: Expectation): string {
  if (expectation.months !== undefined) return `states ${monthsText(expectation.months)}`;
  if (expectation.maxMonths !== undefined) return `allows at most ${monthsText(expectation.maxMonths)}`;
  return 'states no period';
}

function periodText(expectation: Expectation | undefined): string {
  if (!expectation) return '';
  if (expectation.months !== undefined) return ` of ${monthsText(expectation.months)}`;
  if (expectation.maxMonths !== undefined) return ` of at most ${monthsText(expectation.maxMonths)}`;
  return '';
}

function monthsText(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 year (12 months)' : `${months / 12} years (${months} months)`;
  return `${months} month${months === 1 ? '' : 's'}`;
}

function durationTable(option: unknown): Record<string, Expectation> {
  if (!option || typeof option !== 'object') return DEFAULT_DURATIONS;
  const table: Record<string, Expectation> = { ...DEFAULT_DURATIONS };
  for (const [type, value] of Object.entries(option as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const { months, maxMonths } = value as { months?: unknown; maxMonths?: unknown };
    table[type] = {
      months: typeof months === 'number' ? months : undefined,
      maxMonths: typeof maxMonths === 'number' ? maxMonths : undefined,
    };
  }
  return table;
}

function foldValue(value: string): string {
  return foldLoose(value).replace(TRAILING_PUNCTUATION, '');
}

interface RecruitingTable {
  /** Folded known value → family, longest first. */
  known: Array<[string, RecruitingFamily]>;
  expected: Map<RecruitingFamily, string[]>;
  checked: Set<RecruitingFamily>;
  /** Families the option sets. */
  custom: Set<RecruitingFamily>;
}

/** The Recruiting Type table, with the option's families added (and checked). */
function recruitingTable(option: unknown): RecruitingTable {
  const expected = new Map<RecruitingFamily, string[]>();
  for (const family of Object.keys(RECRUITING_TYPE_VALUES) as RecruitingFamily[]) {
    const names = RECRUITING_TYPE_VALUES[family];
    expected.set(family, [...names.en, ...names.fr, ...names.es]);
  }
  const checked = new Set<RecruitingFamily>(RECRUITING_TYPE_CHECKED);
  const custom = new Set<RecruitingFamily>();
  if (option && typeof option === 'object') {
    for (const [family, names] of Object.entries(option as Record<string, unknown>)) {
      if (!['P', 'D', 'G', 'NO'].includes(family)) continue;
      const list = stringList(names);
      if (!list.length) continue;
      expected.set(family as RecruitingFamily, list);
      checked.add(family as RecruitingFamily);
      custom.add(family as RecruitingFamily);
    }
  }
  const known: Array<[string, RecruitingFamily]> = [];
  const seen = new Set<string>();
  for (const [family, names] of expected) {
    for (const name of names) {
      const folded = foldValue(name);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      known.push([folded, family]);
    }
  }
  known.sort((a, b) => b[0].length - a[0].length);
  return { known, expected, checked, custom };
}

/** The family of a folded Recruiting Type value: the longest known value it equals or starts with. */
function classify(value: string, known: Array<[string, RecruitingFamily]>): RecruitingFamily | undefined {
  for (const [name, family] of known) {
    if (value === name) return family;
    if (value.startsWith(name) && /[\s(,\-–]/.test(value.charAt(name.length))) return family;
  }
  return undefined;
}

interface ReferenceParts {
  text: string;
  kind: ReferenceKind;
  year?: { value: number; start: number; end: number };
  country?: { value: string; start: number; end: number };
}

function referenceOf(value: string): ReferenceParts | undefined {
  for (const part of REFERENCE_PARTS_D) {
    const match = part.pattern.exec(value);
    if (!match) continue;
    const groups = match.groups ?? {};
    const indices = match.indices?.groups ?? {};
    const result: ReferenceParts = { text: value, kind: part.kind };
    if (groups.year && indices.year) result.year = { value: Number(groups.year), start: indices.year[0], end: indices.year[1] };
    if (groups.country && indices.country) result.country = { value: groups.country, start: indices.country[0], end: indices.country[1] };
    else if (groups.office && indices.office) {
      const office = LEGACY_OFFICE_COUNTRY.exec(groups.office);
      if (office) result.country = { value: office[1]!, start: indices.office[1] - 2, end: indices.office[1] };
    }
    return result;
  }
  return undefined;
}

/** The one year a closing date names; undefined when there is none or more than one. */
function singleYear(value: string): number | undefined {
  const years = value.match(YEAR);
  if (!years) return undefined;
  const distinct = new Set(years);
  return distinct.size === 1 ? Number(years[0]) : undefined;
}

let lastCountriesOption: unknown;
let lastCountryIndex: CountryIndex = DEFAULT_COUNTRY_INDEX;

function countryIndex(option: unknown): CountryIndex {
  if (option === undefined || option === null || typeof option !== 'object') return DEFAULT_COUNTRY_INDEX;
  if (option !== lastCountriesOption) {
    lastCountriesOption = option;
    lastCountryIndex = buildCountryIndex(option as Record<string, string[]>);
  }
  return lastCountryIndex;
}

/** ISO codes of the countries a duty station names: the whole value, else its segments ("Dakar, Sénégal", "Bamako (Mali)"). */
function countryCodesIn(value: string, index: CountryIndex): Set<string> {
  const codes = new Set<string>();
  const whole = index.byName.get(looseName(value));
  if (whole) return codes.add(whole);
  for (const segment of value.split(SEGMENT_SPLIT)) {
    if (!segment.trim()) continue;
    const code = index.byName.get(looseName(segment));
    if (code) codes.add(code);
  }
  return codes;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
