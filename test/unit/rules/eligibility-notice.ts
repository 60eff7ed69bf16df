/**
 * Builds small constructed notices in EN, FR and ES for the eligibility rules
 * (degree-experience, experience-mismatch, grade-experience, competency-level,
 * tier-consistency), plus helpers to lint them and apply a suggestion.
 */
import { lint } from '../../../server/src/engine/index.js';
import type { LintMessage, VnlintConfig } from '../../../server/src/engine/types.js';
import type { Language } from '../../../server/src/notice/tree.js';

const HEADINGS: Record<Language, Record<string, string>> = {
  en: {
    grade: 'Grade',
    context: 'Context',
    responsibilities: 'Responsibilities',
    education: 'Education',
    experience: 'Experience',
    languages: 'Languages',
    values: 'Values - all IOM staff members must abide by and demonstrate these five values:',
    core: 'Core Competencies – behavioural indicators',
    managerial: 'Managerial Competencies – behavioural indicators',
    level: 'Level',
  },
  fr: {
    grade: 'Grade',
    context: 'Contexte',
    responsibilities: 'Responsabilités',
    education: 'Éducation',
    experience: 'Expérience',
    languages: 'Langues',
    values: 'Valeurs – Tous les membres du personnel de l’OIM doivent respecter et démontrer ces cinq valeurs :',
    core: 'Compétences fondamentales – indicateurs comportementaux',
    managerial: 'Compétences managériales – indicateurs comportementaux',
    level: 'Niveau',
  },
  es: {
    grade: 'Grado',
    context: 'Contexto',
    responsibilities: 'Responsabilidades',
    education: 'Educación',
    experience: 'Experiencia',
    languages: 'Idiomas',
    values: 'Valores',
    core: 'Competencias básicas – indicadores de comportamiento',
    managerial: 'Competencias gerenciales – indicadores de comportamiento',
    level: 'Nivel',
  },
};

const FILLER: Record<Language, { context: string; duty: string; language: string; item: string }> = {
  en: {
    context: 'The Organization works with partners across the region.',
    duty: '1. Coordinate the project activities with partners.',
    language: 'For this position, fluency in English is required (oral and written).',
    item: '- Teamwork: develops and promotes effective collaboration.',
  },
  fr: {
    context: 'L’Organisation travaille avec des partenaires dans la région.',
    duty: '1. Coordonner les activités du projet avec les partenaires.',
    language: 'Pour ce poste, la maîtrise du français (oral et écrit) est requise.',
    item: '- Travail d’équipe : développe et favorise une collaboration efficace.',
  },
  es: {
    context: 'La Organización trabaja con socios en toda la región.',
    duty: '1. Coordinar las actividades del proyecto con los socios.',
    language: 'Para este puesto se requiere dominio del español (oral y escrito).',
    item: '- Trabajo en equipo: desarrolla y promueve una colaboración eficaz.',
  },
};

export interface NoticeParts {
  language: Language;
  /** "P-4": written as a "Grade : P-4" header line. */
  grade?: string;
  /** Lines of the tier paragraph (blank-line separated blocks are up to the caller). */
  tier?: string[];
  context?: string[];
  education?: string[];
  experience?: string[];
  /** The level written after the core heading ("2", "(Level 1)" style is not used here); null = no level. */
  coreLevel?: number | null;
  managerialLevel?: number | null;
  /** A level written on the Values heading (an error). */
  valuesLevel?: number;
  noManagerial?: boolean;
}

/** A notice with the given parts, "\n" line endings, no final newline. */
export function notice(parts: NoticeParts): string {
  const h = HEADINGS[parts.language];
  const f = FILLER[parts.language];
  const lines: string[] = [];
  if (parts.grade) lines.push(`${h.grade} : ${parts.grade}`, '');
  if (parts.tier) lines.push(...parts.tier, '');
  lines.push(h.context, '', ...(parts.context ?? [f.context]), '');
  lines.push(h.responsibilities, '', f.duty, '');
  lines.push(h.education, '', ...(parts.education ?? []), '');
  lines.push(h.experience, '', ...(parts.experience ?? []), '');
  lines.push(h.languages, '', f.language, '');
  lines.push(parts.valuesLevel !== undefined ? `${h.values.replace(/[ :]+$/, '')} ${h.level} ${parts.valuesLevel}` : h.values, '', f.item, '');
  const level = (value: number | null | undefined, fallback: number) => (value === null ? '' : ` ${h.level} ${value ?? fallback}`);
  lines.push(`${h.core}${level(parts.coreLevel, 2)}`, '', f.item);
  if (!parts.noManagerial) lines.push('', `${h.managerial}${level(parts.managerialLevel, parts.coreLevel ?? 2)}`, '', f.item);
  return lines.join('\n');
}

export function findings(text: string, rule: string, config: VnlintConfig = {}): LintMessage[] {
  return lint(text, { only: [rule], config }).messages;
}

/** Applies one suggestion's edit to the text. */
export function applySuggestion(text: string, message: LintMessage, index = 0): string {
  const suggestion = message.suggestions?.[index];
  if (!suggestion) throw new Error(`no suggestion ${index} on "${message.message}"`);
  const [start, end] = suggestion.fix.range;
  return text.slice(0, start) + suggestion.fix.text + text.slice(end);
}

/** The text a finding covers. */
export function covered(text: string, message: LintMessage): string {
  return text.slice(message.range[0], message.range[1]);
}
