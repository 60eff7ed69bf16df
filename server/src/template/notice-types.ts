/**
 * Notice types (rule book §1): labels in EN/FR/ES, reference prefixes and
 * title keywords used by type detection. [C]/[A] marks as in the rule book.
 */
import type { Language, NoticeType } from './types.js';
import { uniformShapes } from './shape.js';

export const NOTICE_TYPE_LABELS: Array<{ type: NoticeType; text: string; language: Language; assumed?: boolean }> = uniformShapes([
  { type: 'VN', text: 'Vacancy Notice', language: 'en' }, // [C]
  { type: 'VN', text: 'Avis de vacance de poste', language: 'fr' }, // [S003:15]
  { type: 'VN', text: 'Anuncio de vacante', language: 'es', assumed: true },
  { type: 'SVN', text: 'Special Vacancy Notice', language: 'en' }, // [C]
  { type: 'SVN', text: 'Avis spécial de vacance de poste', language: 'fr' }, // [C]
  { type: 'SVN', text: 'Anuncio especial de vacante', language: 'es', assumed: true },
  { type: 'CFA', text: 'Call for Applications', language: 'en', assumed: true },
  { type: 'CFA', text: 'Appel à candidatures', language: 'fr' }, // [C]
  { type: 'CFA', text: 'Convocatoria', language: 'es' }, // [V]
  { type: 'CFEOI', text: 'Call for Expression of Interest', language: 'en' }, // [C]
  { type: 'consultancy', text: 'Consultant', language: 'en' }, // [C]
  { type: 'consultancy', text: 'Consultant(e)', language: 'fr' }, // [C]
  { type: 'consultancy', text: 'Consultoría', language: 'es' }, // [V]
  { type: 'internship', text: 'Internship Programme', language: 'en' }, // [C]
  { type: 'volunteer', text: 'Volontariat', language: 'fr' }, // [S004:1]
]);

/** Reference prefixes, checked in order (SVN before VN). */
export const REFERENCE_PREFIXES: Array<{ type: NoticeType; pattern: RegExp }> = [
  { type: 'SVN', pattern: /^SVN\b/i },
  { type: 'CFEOI', pattern: /^CFEOI/i },
  { type: 'CFA', pattern: /^CFA\b/i },
  { type: 'consultancy', pattern: /^CFCV/i },
  { type: 'VN', pattern: /^VN/i },
];

/** §1 rule 5: words in the title that give the type (matched on folded text). */
export const TYPE_TITLE_KEYWORDS: Array<{ type: NoticeType; pattern: RegExp }> = [
  { type: 'volunteer', pattern: /\b(volunteer|volontaire|volontariat|voluntari[oa]|voluntariado)\b/ },
  { type: 'internship', pattern: /\b(intern|internship|stagiaire|stage|pasante|pasant[ií]a)\b/ },
];

// ---------------------------------------------------------------------------
// §1 table details and §2 "References"
// ---------------------------------------------------------------------------

export interface NoticeTypeInfo {
  type: NoticeType;
  /** Display label per language (first §1 label; [A] where the rule book has none). */
  names: Record<Language, string>;
  /** §1 contract column. */
  contract: string;
  /** The type carries a grade (§1: CFA is UG; consultancy, internship, volunteer have none). */
  graded: boolean;
}

export const NOTICE_TYPES: NoticeTypeInfo[] = [
  {
    type: 'VN',
    names: { en: 'Vacancy Notice', fr: 'Avis de vacance de poste', es: 'Anuncio de vacante' },
    contract: 'fixed-term, 1 year, with possibility of extension',
    graded: true,
  },
  {
    type: 'SVN',
    names: { en: 'Special Vacancy Notice', fr: 'Avis spécial de vacance de poste', es: 'Anuncio especial de vacante' },
    contract: 'special short-term graded, 3–9 months',
    graded: true,
  },
  {
    type: 'CFA',
    names: { en: 'Call for Applications', fr: 'Appel à candidatures', es: 'Convocatoria' },
    contract: 'Grade UG (ungraded)',
    graded: true,
  },
  {
    type: 'CFEOI',
    // FR/ES: not in the rule book (project labels).
    names: { en: 'Call for Expression of Interest', fr: 'Appel à manifestation d’intérêt', es: 'Convocatoria de expresiones de interés' },
    contract: 'D-1 rotational posts',
    graded: true,
  },
  {
    type: 'consultancy',
    names: { en: 'Consultant', fr: 'Consultant(e)', es: 'Consultoría' },
    contract: 'no grade; Category A/B',
    graded: false,
  },
  {
    type: 'internship',
    // FR/ES: not in the rule book (project labels).
    names: { en: 'Internship Programme', fr: 'Programme de stages', es: 'Programa de pasantías' },
    contract: 'no grade; age band; < 2 years’ experience',
    graded: false,
  },
  {
    type: 'volunteer',
    // EN/ES: not in the rule book (project labels).
    names: { en: 'Volunteer', fr: 'Volontariat', es: 'Voluntariado' },
    contract: 'no grade; §3.5 layout',
    graded: false,
  },
];

export type ReferenceKind = 'current' | 'legacy' | 'hq' | 'country-coded' | 'CFA' | 'consultancy';

/** §2 References. `type` is the notice type the reference implies, when it implies one. */
export const REFERENCE_PATTERNS: Array<{ kind: ReferenceKind; pattern: RegExp; example: string; type?: NoticeType; assumed?: boolean }> = uniformShapes([
  { kind: 'current', pattern: /^\d{5}$/, example: '17281' }, // [S003:8]
  { kind: 'legacy', pattern: /^(VN|SVN|CFA|CFEOI)[/ ]?[A-Z0-9]+\/\d{3}\/\d{4}$/, example: 'SVN/IOMSO/005/2020' }, // [V]
  { kind: 'hq', pattern: /^VN\d{4}\/\d+(?:\([A-Z]+\))?(?:-[A-Z]+)?$/, example: 'VN2019/123(P)-EX', type: 'VN', assumed: true },
  { kind: 'country-coded', pattern: /^(SVN )?[A-Z]{2}\d{3}[-/]\d{4}$/, example: 'SVN MX038/2025' }, // MX002/2024 [V]
  { kind: 'CFA', pattern: /^CFA-\d{4}-\d{3}[A-Z]{2}$/, example: 'CFA-2025-079GT', type: 'CFA' }, // [C]
  { kind: 'consultancy', pattern: /^CFCV\d{4}\.\d+$/, example: 'CFCV2021.51', type: 'consultancy' }, // [C]
]);

/** The §2 reference kind of a value, or undefined. */
export function referenceKind(reference: string): ReferenceKind | undefined {
  const value = reference.trim();
  return REFERENCE_PATTERNS.find((entry) => entry.pattern.test(value))?.kind;
}

/**
 * §1 rule 4 "consultancy fields mean consultancy": header labels that only
 * consultancies use [C]/[V]. They map to the keys reference / classification /
 * appointmentType / orgUnit in FIELDS; match the label text, not the key.
 */
export const CONSULTANCY_LABELS: Array<{ text: string; language: Language; key: string }> = [
  { text: 'CFCV No.', language: 'en', key: 'reference' },
  { text: 'Organizational Unit', language: 'en', key: 'orgUnit' },
  { text: 'IOM Classification', language: 'en', key: 'classification' },
  { text: 'Tipo de consultoría', language: 'es', key: 'classification' },
  { text: 'Duración de la consultoría', language: 'es', key: 'appointmentType' },
];

/** Field values that mean consultancy ("IOM Classification: Consultant" [C]). */
export const CONSULTANCY_VALUE = /\bconsult(?:ant|ante|ancy|or[ií]a)\b/i;

/** §1 type detection keywords, as the rule book lists them (TYPE_TITLE_KEYWORDS is the matcher). */
export const TYPE_KEYWORDS: Record<'volunteer' | 'internship', Record<Language, string[]>> = {
  volunteer: { en: ['volunteer'], fr: ['volontaire'], es: ['voluntario'] },
  internship: { en: ['intern'], fr: ['stagiaire'], es: ['pasante'] },
};

/** §1 Category without a grade: a "(P)" title suffix means international. */
export const PROFESSIONAL_TITLE_SUFFIX = /\(P\)\s*$/;

/** §1 table, reference column "—": types whose notices carry no reference number. */
export const TYPES_WITHOUT_REFERENCE: NoticeType[] = ['internship', 'volunteer'];
