/**
 * Header fields (rule book §2): current (2024+), legacy and volunteer layouts.
 *
 * Labels are written without their colon (the colon is optional, §2
 * "Matching labels"); matching ignores case, treats ’ and ' as equal and runs
 * after mojibake repair. Some texts are shared by two keys in different
 * layouts (FR "Lieu d’affectation" is `city` in the current layout and
 * `dutyStation` in the legacy one): pick by layout.
 */
import type { FieldDef, Language } from './types.js';
import { uniformShapes } from './shape.js';

/** Placeholder inserted by the missing-field fix (`Label : ${value}`). */
export const FIELD_PLACEHOLDER: Record<Language, string> = {
  en: '[to be completed]',
  fr: '[à compléter]',
  es: '[por completar]',
};

const P = FIELD_PLACEHOLDER;

export const FIELDS: FieldDef[] = uniformShapes([
  // --- Current layout (§2 first table; EN [C], ES [A]); also legacy/volunteer where shared ---
  {
    key: 'reference',
    names: { en: 'Reference', fr: 'Référence', es: 'Referencia' },
    requiredIn: ['current', 'legacy'],
    placeholder: P,
    labels: [
      { text: 'Job Identification (Reference Number)', language: 'en', layout: 'current', source: 'C' },
      { text: 'Référence du poste', language: 'fr', layout: 'current', source: 'S003:8' },
      { text: 'Identification du poste (numéro de référence)', language: 'fr', layout: 'current', source: 'C' },
      { text: 'Identificación del puesto (número de referencia)', language: 'es', layout: 'current', assumed: true, source: 'A' },
      // Legacy "Vacancy Number" (§2 second table).
      { text: 'Vacancy Number', language: 'en', layout: 'legacy', source: 'V' },
      { text: 'CFCV No.', language: 'en', layout: 'legacy', source: 'C' }, // consultancies
      { text: 'Numéro de l’avis de vacance', language: 'fr', layout: 'legacy', assumed: true, source: 'A' },
      { text: 'Código de Referencia', language: 'es', layout: 'legacy', source: 'V' },
    ],
  },
  {
    key: 'title',
    names: { en: 'Position Title', fr: 'Intitulé du poste', es: 'Título del puesto' },
    requiredIn: ['current', 'legacy', 'volunteer'],
    assumedRequiredIn: ['volunteer'],
    placeholder: P,
    labels: [
      { text: 'Position Title', language: 'en', layout: 'current', source: 'C' },
      { text: 'Intitulé du poste', language: 'fr', layout: 'current', source: 'S003:9' },
      { text: 'Título del puesto', language: 'es', layout: 'current', assumed: true, source: 'A' },
      { text: 'Position Title', language: 'en', layout: 'legacy', source: 'V' },
      { text: 'Intitulé du poste', language: 'fr', layout: 'legacy', assumed: true, source: 'A' },
      { text: 'Título del Cargo', language: 'es', layout: 'legacy', source: 'V' },
      // Volunteer relabelling [S004:5].
      { text: 'Titre du Poste', language: 'fr', layout: 'volunteer', source: 'S004:5' },
    ],
  },
  {
    key: 'city',
    names: { en: 'Duty Station City', fr: 'Lieu d’affectation', es: 'Ciudad del lugar de destino' },
    requiredIn: ['current'],
    placeholder: P,
    labels: [
      { text: 'Duty Station City', language: 'en', layout: 'current', source: 'C' },
      { text: 'Lieu d’affectation', language: 'fr', layout: 'current', source: 'S003:10' },
      { text: 'Ville du lieu d’affectation', language: 'fr', layout: 'current', source: 'C' },
      { text: 'Ciudad del lugar de destino', language: 'es', layout: 'current', assumed: true, source: 'A' },
    ],
  },
  {
    key: 'country',
    names: { en: 'Duty Station Country', fr: 'Pays d’affectation', es: 'País del lugar de destino' },
    requiredIn: ['current'],
    placeholder: P,
    labels: [
      { text: 'Duty Station Country', language: 'en', layout: 'current', source: 'C' },
      { text: 'Pays d’affectation', language: 'fr', layout: 'current', source: 'S003:11' },
      { text: 'Pays du lieu d’affectation', language: 'fr', layout: 'current', source: 'C' },
      { text: 'País del lugar de destino', language: 'es', layout: 'current', assumed: true, source: 'A' },
    ],
  },
  {
    key: 'grade',
    names: { en: 'Grade', fr: 'Grade', es: 'Grado' },
    requiredIn: ['current'],
    placeholder: P,
    labels: [
      { text: 'Grade', language: 'en', layout: 'current', source: 'C' },
      { text: 'Grade', language: 'fr', layout: 'current', source: 'S003:12' },
      { text: 'Grado', language: 'es', layout: 'current', assumed: true, source: 'A' },
    ],
  },
  {
    key: 'contract',
    names: { en: 'Contract Type', fr: 'Type de contrat', es: 'Tipo de contrato' },
    requiredIn: ['current'],
    placeholder: P,
    labels: [
      { text: 'Contract Type', language: 'en', layout: 'current', source: 'C' },
      { text: 'Type de contrat', language: 'fr', layout: 'current', source: 'S003:13' },
      { text: 'Tipo de contrato', language: 'es', layout: 'current', assumed: true, source: 'A' },
    ],
  },
  {
    key: 'recruitingType',
    names: { en: 'Recruiting Type', fr: 'Type de recrutement', es: 'Tipo de contratación' },
    requiredIn: ['current'],
    placeholder: P,
    labels: [
      { text: 'Recruiting Type', language: 'en', layout: 'current', source: 'C' },
      { text: 'Type de recrutement', language: 'fr', layout: 'current', source: 'S003:14' },
      { text: 'Tipo de contratación', language: 'es', layout: 'current', assumed: true, source: 'A' },
    ],
  },
  {
    key: 'vacancyType',
    names: { en: 'Vacancy Type', fr: 'Type de poste vacant', es: 'Tipo de vacante' },
    requiredIn: ['current'],
    // Missing on one UG notice [C], so UG: warning only (§2).
    warnOnlyForGrades: ['UG'],
    placeholder: P,
    labels: [
      { text: 'Vacancy Type', language: 'en', layout: 'current', source: 'C' },
      { text: 'Type de poste vacant', language: 'fr', layout: 'current', source: 'S003:15' },
      { text: 'Tipo de vacante', language: 'es', layout: 'current', assumed: true, source: 'A' },
    ],
  },
  {
    key: 'duration',
    names: { en: 'Initial duration', fr: 'Durée initiale', es: 'Duración inicial' },
    requiredIn: ['current'],
    placeholder: P,
    labels: [
      { text: 'Initial duration', language: 'en', layout: 'current', source: 'C' },
      { text: 'Durée initiale', language: 'fr', layout: 'current', source: 'S003:16' },
      { text: 'Duración inicial', language: 'es', layout: 'current', assumed: true, source: 'A' },
    ],
  },
  {
    key: 'closing',
    names: { en: 'Closing date', fr: 'Date limite de candidature', es: 'Fecha de cierre' },
    requiredIn: ['current', 'legacy', 'volunteer'],
    assumedRequiredIn: ['volunteer'],
    placeholder: P,
    labels: [
      { text: 'Closing date', language: 'en', layout: 'current', source: 'C' },
      { text: 'Date limite de candidature', language: 'fr', layout: 'current', source: 'S003:17' },
      { text: 'Date de clôture', language: 'fr', layout: 'current', source: 'C' },
      { text: 'Fecha de cierre', language: 'es', layout: 'current', assumed: true, source: 'A' },
      { text: 'Closing Date', language: 'en', layout: 'legacy', source: 'V' },
      { text: 'Date de clôture', language: 'fr', layout: 'legacy', assumed: true, source: 'A' },
      { text: 'Clausura de la convocatoria', language: 'es', layout: 'legacy', source: 'V' },
      // Volunteer relabelling [S004:9].
      { text: 'Date de Soumission', language: 'fr', layout: 'volunteer', source: 'S004:9' },
    ],
  },

  // --- Legacy-only fields (§2 second table; EN [V], FR [A], ES [V] from consultancies) ---
  {
    key: 'dutyStation',
    names: { en: 'Duty Station', fr: 'Lieu d’affectation', es: 'Lugar de Trabajo' },
    requiredIn: ['legacy', 'volunteer'],
    assumedRequiredIn: ['volunteer'],
    placeholder: P,
    labels: [
      { text: 'Duty Station', language: 'en', layout: 'legacy', source: 'V' },
      { text: 'Lieu d’affectation', language: 'fr', layout: 'legacy', assumed: true, source: 'A' },
      { text: 'Lugar de Trabajo', language: 'es', layout: 'legacy', source: 'V' },
      // Volunteer relabelling [S004:7].
      { text: 'Lieu du Travail', language: 'fr', layout: 'volunteer', source: 'S004:7' },
    ],
  },
  {
    key: 'classification',
    names: { en: 'Classification', fr: 'Classification', es: 'Tipo de consultoría' },
    requiredIn: ['legacy'],
    placeholder: P,
    labels: [
      // "General Service, Grade G6": only the token after "Grade" is checked (§2 Grade).
      { text: 'Classification', language: 'en', layout: 'legacy', source: 'V' },
      { text: 'IOM Classification', language: 'en', layout: 'legacy', source: 'C' }, // consultancies
      { text: 'Classification', language: 'fr', layout: 'legacy', assumed: true, source: 'A' },
      { text: 'Tipo de consultoría', language: 'es', layout: 'legacy', source: 'V' },
    ],
  },
  {
    key: 'appointmentType',
    names: { en: 'Type of Appointment', fr: 'Type de nomination', es: 'Duración de la consultoría' },
    requiredIn: ['legacy'],
    placeholder: P,
    labels: [
      { text: 'Type of Appointment', language: 'en', layout: 'legacy', source: 'V' },
      { text: 'Type de nomination', language: 'fr', layout: 'legacy', assumed: true, source: 'A' },
      { text: 'Duración de la consultoría', language: 'es', layout: 'legacy', source: 'V' },
    ],
  },
  {
    key: 'startDate',
    names: { en: 'Estimated Start Date', fr: 'Date d’entrée en fonctions prévue', es: 'Fecha de inicio estimada' },
    requiredIn: [], // optional (§2)
    placeholder: P,
    labels: [
      { text: 'Estimated Start Date', language: 'en', layout: 'legacy', source: 'V' },
      { text: 'Date d’entrée en fonctions prévue', language: 'fr', layout: 'legacy', assumed: true, source: 'A' },
      { text: 'Fecha de inicio estimada', language: 'es', layout: 'legacy', source: 'V' },
    ],
  },
  {
    key: 'orgUnit',
    names: { en: 'Organizational Unit', fr: 'Unité organisationnelle', es: 'Unidad organizativa' },
    requiredIn: [], // consultancies only [C], optional
    placeholder: P,
    labels: [{ text: 'Organizational Unit', language: 'en', layout: 'legacy', source: 'C' }],
  },
]);

/** Header lines that are not `Label: value` fields but belong to the header (§2). */
export const HEADER_EXTRA_LINES: Array<{ text: string; language: Language; source: string }> = [
  { text: 'Open to Internal and External Candidates', language: 'en', source: 'V' },
];

/** Field order per layout (§2 tables; S004:5–9), for inserting missing fields. */
export const FIELD_ORDER: Record<'current' | 'legacy' | 'volunteer', string[]> = {
  current: ['reference', 'title', 'city', 'country', 'grade', 'contract', 'recruitingType', 'vacancyType', 'duration', 'closing'],
  legacy: ['title', 'reference', 'dutyStation', 'classification', 'appointmentType', 'startDate', 'closing'],
  volunteer: ['title', 'dutyStation', 'closing'],
};

/** Labels that open a current-layout header (§1 Layouts). */
export const CURRENT_HEADER_FIRST_KEY = 'reference';
/** Label key that ends every header layout (§1 Layouts: "… to Closing date"). */
export const HEADER_LAST_KEY = 'closing';

const BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));

/** The field definition with this key, or undefined. */
export function fieldByKey(key: string): FieldDef | undefined {
  return BY_KEY.get(key);
}

/** Fields required in a layout, in that layout's order (FIELD_ORDER). */
export function requiredFields(layout: 'current' | 'legacy' | 'volunteer'): FieldDef[] {
  return FIELD_ORDER[layout]
    .map((k) => BY_KEY.get(k))
    .filter((f): f is FieldDef => f !== undefined && f.requiredIn.includes(layout));
}

// ---------------------------------------------------------------------------
// Field values (§2 Contract / Recruiting Type; §5 header-consistency)
// ---------------------------------------------------------------------------

export type ContractKind = 'fixed-term' | 'special-short-term' | 'special-short-term-ungraded';

/** §2 contract values. */
export const CONTRACT_VALUES: Array<{ text: string; language: Language; kind: ContractKind; assumed?: boolean; source: string }> = uniformShapes([
  { text: 'Fixed-term (1 year with possibility of extension)', language: 'en', kind: 'fixed-term', source: 'C' },
  { text: 'Special Short Term Graded (Up to 9 months)', language: 'en', kind: 'special-short-term', source: 'C' },
  { text: 'Special short-term ungraded', language: 'en', kind: 'special-short-term-ungraded', source: 'C' },
  { text: 'CDD spécial (jusqu’à 9 mois)', language: 'fr', kind: 'special-short-term', source: 'S003:13' },
  { text: 'CDD (1 an avec possibilité de prolongation)', language: 'fr', kind: 'fixed-term', assumed: true, source: 'A' },
  { text: 'Plazo fijo (1 año con posibilidad de prórroga)', language: 'es', kind: 'fixed-term', assumed: true, source: 'A' },
  { text: 'Contrato especial de corto plazo (hasta 9 meses)', language: 'es', kind: 'special-short-term', assumed: true, source: 'A' },
]);

/**
 * Classify a contract value by keywords [A]: "CDD" and "Plazo fijo" are
 * fixed-term; "CDD spécial" and "Contrato especial de corto plazo" special
 * short-term graded; "ungraded" / "non classé" ungraded.
 */
export function contractKind(value: string): ContractKind | undefined {
  const v = value.normalize('NFC').toLowerCase();
  if (/\bungraded\b|non[ -]class[ée]|sin clasificar/.test(v)) return 'special-short-term-ungraded';
  if (/special short|spécial|special|especial/.test(v)) return 'special-short-term';
  if (/fixed[- ]term|\bcdd\b|plazo fijo|dur[ée]e d[ée]termin[ée]e/.test(v)) return 'fixed-term';
  return undefined;
}

/** §2/§5: the Recruiting Type a P or D grade expects (compared from grade to value). */
export const RECRUITING_TYPE_EXPECTED: Record<'P' | 'D', Record<Language, string[]>> = {
  P: {
    en: ['Professional'], // [C]
    fr: ['Professionnel', 'Administrateur'], // [S003:14], [C]
    es: ['Profesional'], // [A]
  },
  D: {
    en: ['Director'], // [C]
    fr: ['Directeur', 'Director'], // "Directeur": not in the rule book
    es: ['Director'], // [A]
  },
};

/** §5 header-consistency: durations each vacancy type allows [V]. */
export const TYPE_CONTRACT: Partial<Record<'VN' | 'SVN' | 'CFA', { kind: ContractKind; maxMonths?: number; months?: number }>> = {
  VN: { kind: 'fixed-term', months: 12 },
  SVN: { kind: 'special-short-term', maxMonths: 9 },
  CFA: { kind: 'special-short-term-ungraded' },
};
