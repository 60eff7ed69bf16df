/**
 * Section headings of the IOM template (rule book §3.1, §3.2, §3.4, §3.5).
 *
 * Variants are the heading *prefixes* as the rule book prints them; matching
 * (case-folding, NFC, mojibake repair, ’ = ', -–— equal, trailing ":" or ".")
 * is the parser's job. Variants with `allowsTail` may continue after "-", "–",
 * "—" or ":" ("Core Competencies – behavioural indicators Level 2").
 * ES variants are [A] unless marked otherwise (§3.2).
 */
import type { ChromeHeading, SectionDef, WrapperHeading } from './types.js';
import { uniformShapes } from './shape.js';

/** The header block is implicitly first (§3.4). */
export const HEADER_ORDER = 0;

// ---------------------------------------------------------------------------
// Staff sections (§3.2), in template order (§3.4).
// ---------------------------------------------------------------------------

const STAFF_SECTIONS: SectionDef[] = [
  {
    id: 'introduction',
    order: 1,
    kind: 'section',
    family: 'staff',
    names: { en: 'Introduction', fr: 'Introduction', es: 'Introducción' },
    variants: [
      { text: 'Introduction', language: 'en', source: 'S000' },
      { text: 'Introduction', language: 'fr', source: 'S003' },
      { text: 'Introducción', language: 'es', assumed: true, source: 'A' },
    ],
    // §3.1: the legacy introduction has no heading and is found by its opener.
    openers: [
      { text: 'Established in 1951', language: 'en', source: 'V' },
      { text: 'Fondée en 1951', language: 'fr', source: 'S003:21' },
      { text: 'Créée en 1951', language: 'fr', source: 'S004:15' },
      { text: 'La OIM, creada en 1951', language: 'es', source: 'V' },
    ],
  },
  {
    id: 'tier',
    order: 2,
    kind: 'section',
    family: 'staff',
    noHeading: true,
    names: {
      en: 'Tier paragraph',
      fr: 'Paragraphe sur les niveaux de candidats',
      es: 'Párrafo sobre los niveles de candidatos',
    },
    // §3.1: no heading; found by its first sentence.
    variants: [],
    openers: [
      { text: 'Applications are welcome from', language: 'en', source: 'S000:13' },
      { text: 'Internal and external candidates will be considered', language: 'en', source: 'C' },
      { text: 'IOM is committed to a diverse and inclusive work environment', language: 'en', source: 'V' },
      { text: 'Les candidatures … sont les bienvenues', language: 'fr', source: 'S003:25' },
      { text: 'Les candidatures … seront prises en considération', language: 'fr', assumed: true, source: 'A' },
      { text: 'La OIM está comprometida con un entorno diverso e inclusivo', language: 'es', source: 'C' },
      { text: 'Se aceptan candidaturas de', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'context',
    order: 3,
    kind: 'section',
    family: 'staff',
    names: { en: 'Context', fr: 'Contexte', es: 'Contexto' },
    variants: [
      { text: 'Organizational Context and Scope', language: 'en', source: 'S000' },
      { text: 'Context', language: 'en', source: 'S002' },
      { text: 'Project Context and Scope', language: 'en', source: 'C' },
      { text: 'Background Information', language: 'en', source: 'C' }, // internship
      { text: 'Contexte', language: 'fr', source: 'S003' },
      { text: 'Contexto', language: 'es', assumed: true, source: 'A' },
      { text: 'Contexto y alcance del proyecto', language: 'es', source: 'C' },
    ],
  },
  {
    id: 'responsibilities',
    order: 4,
    kind: 'section',
    family: 'staff',
    names: { en: 'Responsibilities', fr: 'Responsabilités', es: 'Responsabilidades' },
    variants: [
      { text: 'Responsibilities', language: 'en', source: 'S001' },
      { text: 'Responsibilities and Accountabilities', language: 'en', source: 'S000' },
      { text: 'Core Functions / Responsibilities', language: 'en', source: 'V' },
      { text: 'Tasks to be performed under this contract', language: 'en', source: 'C' },
      { text: 'Responsabilités', language: 'fr', source: 'S003' },
      { text: 'Responsabilidades', language: 'es', assumed: true, source: 'A' },
      { text: 'Funciones', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'qualifications',
    order: 5,
    kind: 'group',
    family: 'staff',
    names: { en: 'Qualifications', fr: 'Qualifications', es: 'Requisitos de calificación y experiencia' },
    variants: [
      { text: 'Required Qualifications and Experience', language: 'en', source: 'S000' },
      { text: 'Qualifications', language: 'en', source: 'S000' },
      { text: 'Qualifications', language: 'fr', source: 'S003' },
      { text: 'Qualifications et expérience requises', language: 'fr', assumed: true, source: 'A' },
      { text: 'Requisitos de calificación y experiencia', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'education',
    order: 6,
    kind: 'section',
    family: 'staff',
    parent: 'qualifications',
    names: { en: 'Education', fr: 'Éducation', es: 'Educación' },
    variants: [
      { text: 'Education', language: 'en', source: 'S000' },
      { text: 'Éducation', language: 'fr', source: 'S003' },
      { text: 'Formation', language: 'fr', assumed: true, source: 'A' },
      { text: 'Educación', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'experience',
    order: 7,
    kind: 'section',
    family: 'staff',
    parent: 'qualifications',
    names: { en: 'Experience', fr: 'Expérience', es: 'Experiencia' },
    variants: [
      { text: 'Experience', language: 'en', source: 'S000' },
      { text: 'Expérience', language: 'fr', source: 'S003' },
      { text: 'Experiencia', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'skills',
    order: 8,
    kind: 'section',
    family: 'staff',
    parent: 'qualifications',
    names: { en: 'Skills', fr: 'Compétences', es: 'Habilidades' },
    variants: [
      { text: 'Skills', language: 'en', source: 'S000' },
      // §3.2: FR "Compétences" means skills only inside Qualifications [S003:86].
      { text: 'Compétences', language: 'fr', onlyInside: 'qualifications', source: 'S003:86' },
      { text: 'Habilidades', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'languages',
    order: 9,
    kind: 'section',
    family: 'staff',
    parent: 'qualifications',
    names: { en: 'Languages', fr: 'Langues', es: 'Idiomas' },
    variants: [
      { text: 'Languages', language: 'en', source: 'S000' },
      { text: 'Langues', language: 'fr', source: 'S003' },
      { text: 'Idiomas', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'competencies',
    order: 10,
    kind: 'group',
    family: 'staff',
    names: { en: 'Required Competencies', fr: 'Compétences requises', es: 'Competencias requeridas' },
    variants: [
      { text: 'Required Competencies', language: 'en', source: 'S000' },
      { text: 'Compétences requises', language: 'fr', source: 'S003' },
      { text: 'Competencias requeridas', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'values',
    order: 11,
    kind: 'section',
    family: 'staff',
    parent: 'competencies',
    names: { en: 'Values', fr: 'Valeurs', es: 'Valores' },
    // Tail: "Values - all IOM staff members must abide by and demonstrate these N values" [S000:97];
    // FR "Valeurs – Tous les membres du personnel de l’OIM doivent respecter et démontrer ces N valeurs" [S003:109].
    variants: [
      { text: 'Values', language: 'en', allowsTail: true, source: 'V' },
      { text: 'Valeurs', language: 'fr', allowsTail: true, assumed: true, source: 'A' },
      { text: 'Valores', language: 'es', allowsTail: true, assumed: true, source: 'A' },
    ],
  },
  {
    id: 'core',
    order: 12,
    kind: 'section',
    family: 'staff',
    parent: 'competencies',
    names: { en: 'Core Competencies', fr: 'Compétences fondamentales', es: 'Competencias básicas' },
    // Tail: "– behavioural indicators Level N" [S000:105], "(Level 1)" [S002:59].
    variants: [
      { text: 'Core Competencies', language: 'en', allowsTail: true, source: 'S000:105' },
      { text: 'Compétences fondamentales', language: 'fr', allowsTail: true, source: 'S003:117' },
      { text: 'Competencias básicas', language: 'es', allowsTail: true, assumed: true, source: 'A' },
    ],
  },
  {
    id: 'managerial',
    order: 13,
    kind: 'section',
    family: 'staff',
    parent: 'competencies',
    names: { en: 'Managerial Competencies', fr: 'Compétences managériales', es: 'Competencias gerenciales' },
    // Tail: "– behavioural indicators Level 2, if with direct reports" [S000:113].
    variants: [
      { text: 'Managerial Competencies', language: 'en', allowsTail: true, source: 'S000:113' },
      { text: 'Compétences managériales', language: 'fr', allowsTail: true, source: 'S003:125' },
      { text: 'Competencias gerenciales', language: 'es', allowsTail: true, assumed: true, source: 'A' },
    ],
  },
  {
    id: 'notes',
    order: 14,
    kind: 'section',
    family: 'staff',
    names: { en: 'Notes', fr: 'Notes', es: 'Notas' },
    variants: [
      { text: 'Notes', language: 'en', source: 'S002' },
      { text: 'Other', language: 'en', assumed: true, source: 'A' },
      { text: 'Notes', language: 'fr', source: 'S003' },
      { text: 'Notas', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'howToApply',
    order: 15,
    kind: 'section',
    family: 'staff',
    names: { en: 'How to apply', fr: 'Comment postuler', es: 'Cómo postular' },
    variants: [
      { text: 'How to apply', language: 'en', source: 'V' },
      { text: 'Comment postuler', language: 'fr', assumed: true, source: 'A' },
      { text: 'Cómo postular', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'postingPeriod',
    order: 16,
    kind: 'section',
    family: 'staff',
    names: { en: 'Posting period', fr: 'Période d’affichage', es: 'Período de publicación' },
    variants: [
      { text: 'Posting period', language: 'en', source: 'V' },
      { text: 'Période d’affichage', language: 'fr', assumed: true, source: 'A' },
      { text: 'Período de publicación', language: 'es', assumed: true, source: 'A' },
    ],
  },
];

// ---------------------------------------------------------------------------
// Volunteer sections (§3.5) [S004; EN and ES A], in 004's order.
// Variants marked "not in RB" are project defaults the rule book does not list.
// ---------------------------------------------------------------------------

const VOLUNTEER_SECTIONS: SectionDef[] = [
  {
    id: 'vol-mission',
    order: 1,
    kind: 'section',
    family: 'volunteer',
    names: { en: 'Mission and objectives', fr: 'Mission et objectifs', es: 'Misión y objetivos' },
    variants: [
      { text: 'Mission et objectifs', language: 'fr', source: 'S004:13' },
      { text: 'Mission and objectives', language: 'en', assumed: true, source: 'A' },
      { text: 'Misión y objetivos', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-context',
    order: 2,
    kind: 'section',
    family: 'volunteer',
    names: { en: 'Context', fr: 'Contexte', es: 'Contexto' },
    // Same text as the staff context heading; the parser picks by family.
    variants: [
      { text: 'Contexte', language: 'fr', source: 'S004:23' },
      { text: 'Context', language: 'en', assumed: true, source: 'A' }, // not in RB
      { text: 'Contexto', language: 'es', assumed: true, source: 'A' }, // not in RB
    ],
  },
  {
    id: 'vol-task',
    order: 3,
    kind: 'section',
    family: 'volunteer',
    names: { en: 'Task description', fr: 'Description de la tâche', es: 'Descripción de la tarea' },
    variants: [
      { text: 'Description de la tâche', language: 'fr', source: 'S004:27' },
      { text: 'Task description', language: 'en', assumed: true, source: 'A' },
      { text: 'Descripción de la tarea', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-eligibility',
    order: 4,
    kind: 'group',
    family: 'volunteer',
    names: { en: 'Eligibility criteria', fr: 'Critères d’éligibilité', es: 'Criterios de elegibilidad' },
    variants: [
      { text: 'Critères d’éligibilité', language: 'fr', source: 'S004:61' },
      { text: 'Eligibility criteria', language: 'en', assumed: true, source: 'A' },
      { text: 'Criterios de elegibilidad', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-age',
    order: 5,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-eligibility',
    names: { en: 'Age', fr: 'Âge', es: 'Edad' },
    variants: [
      { text: 'Âge', language: 'fr', source: 'S004:62' },
      { text: 'Age', language: 'en', assumed: true, source: 'A' },
      { text: 'Edad', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-required-experience',
    order: 6,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-eligibility',
    names: { en: 'Required experience', fr: 'Expérience requise', es: 'Experiencia requerida' },
    variants: [
      { text: 'Expérience requise', language: 'fr', source: 'S004:66' },
      { text: 'Required experience', language: 'en', assumed: true, source: 'A' },
      { text: 'Experiencia requerida', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-nationality',
    order: 7,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-eligibility',
    names: { en: 'Nationality', fr: 'Nationalité', es: 'Nacionalidad' },
    variants: [
      { text: 'Nationalité', language: 'fr', source: 'S004:70' },
      { text: 'Nationality', language: 'en', assumed: true, source: 'A' },
      { text: 'Nacionalidad', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-requirements',
    order: 8,
    kind: 'group',
    family: 'volunteer',
    names: { en: 'Requirements', fr: 'Exigences liées à la mission', es: 'Requisitos' },
    variants: [
      { text: 'Exigences liées à la mission', language: 'fr', source: 'S004:76' },
      { text: 'Requirements', language: 'en', assumed: true, source: 'A' },
      { text: 'Requisitos', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-relevant-experience',
    order: 9,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-requirements',
    names: { en: 'Relevant experience', fr: 'Expérience pertinente', es: 'Experiencia pertinente' },
    variants: [
      { text: 'Expérience pertinente', language: 'fr', source: 'S004:77' },
      { text: 'Relevant experience', language: 'en', assumed: true, source: 'A' },
      { text: 'Experiencia pertinente', language: 'es', assumed: true, source: 'A' }, // not in RB
    ],
  },
  {
    id: 'vol-languages',
    order: 10,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-requirements',
    names: { en: 'Languages', fr: 'Langues', es: 'Idiomas' },
    // Same text as the staff languages heading; the parser picks by family.
    variants: [
      { text: 'Langues', language: 'fr', source: 'S004:81' },
      { text: 'Languages', language: 'en', assumed: true, source: 'A' },
      { text: 'Idiomas', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-education',
    order: 11,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-requirements',
    names: { en: 'Required education level', fr: 'Niveau d’études requis', es: 'Nivel educativo requerido' },
    variants: [
      { text: 'Niveau d’études requis', language: 'fr', source: 'S004:85' },
      { text: 'Required education level', language: 'en', assumed: true, source: 'A' },
      { text: 'Nivel educativo requerido', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-competencies',
    order: 12,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-requirements',
    names: { en: 'Competencies and values', fr: 'Compétences et valeurs', es: 'Competencias y valores' },
    variants: [
      { text: 'Compétences et valeurs', language: 'fr', source: 'S004:89' },
      { text: 'Competencies and values', language: 'en', assumed: true, source: 'A' },
      { text: 'Competencias y valores', language: 'es', assumed: true, source: 'A' },
    ],
  },
  {
    id: 'vol-skills',
    order: 13,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-requirements',
    names: { en: 'Skills and experience', fr: 'Compétences et expérience', es: 'Habilidades y experiencia' },
    variants: [
      { text: 'Compétences et expérience', language: 'fr', source: 'S004:97' },
      { text: 'Skills and experience', language: 'en', assumed: true, source: 'A' },
      { text: 'Habilidades y experiencia', language: 'es', assumed: true, source: 'A' }, // not in RB
    ],
  },
  {
    id: 'vol-expertise',
    order: 14,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-requirements',
    names: { en: 'Area(s) of expertise', fr: 'Domaine(s) d’expertise', es: 'Área(s) de especialización' },
    variants: [
      { text: 'Domaine(s) d’expertise', language: 'fr', source: 'S004:111' },
      { text: 'Domaines d’expertise', language: 'fr', assumed: true, source: 'A' }, // not in RB
      { text: 'Domaine d’expertise', language: 'fr', assumed: true, source: 'A' }, // not in RB
      { text: 'Area(s) of expertise', language: 'en', assumed: true, source: 'A' },
      { text: 'Areas of expertise', language: 'en', assumed: true, source: 'A' }, // not in RB
      { text: 'Área(s) de especialización', language: 'es', assumed: true, source: 'A' }, // not in RB
    ],
  },
  {
    id: 'vol-driving',
    order: 15,
    kind: 'section',
    family: 'volunteer',
    parent: 'vol-requirements',
    names: { en: 'Driving licence', fr: 'Permis de conduire', es: 'Licencia de conducir' },
    variants: [
      { text: 'Permis de conduire', language: 'fr', source: 'S004:115' },
      { text: 'Driving licence', language: 'en', assumed: true, source: 'A' },
      { text: 'Driving license', language: 'en', assumed: true, source: 'A' }, // not in RB (US spelling)
      { text: 'Licencia de conducir', language: 'es', assumed: true, source: 'A' },
    ],
  },
];

/** Every section of the template: staff (§3.2) then volunteer (§3.5). */
// (one hidden class for all: shape.ts)
export const SECTIONS: SectionDef[] = uniformShapes([...STAFF_SECTIONS, ...VOLUNTEER_SECTIONS]);

/** §3.1 wrapper headings. */
export const WRAPPER_HEADINGS: WrapperHeading[] = uniformShapes([
  // Merges into whatever section follows.
  { text: 'Job Description', language: 'en', source: 'S000:3' },
  {
    text: 'Responsibilities',
    language: 'en',
    mergesInto: 'responsibilities',
    before: ['Responsibilities and Accountabilities'],
    source: 'S000:33-35',
  },
  {
    text: 'Qualifications',
    language: 'en',
    mergesInto: 'qualifications',
    before: ['Required Qualifications and Experience'],
    source: 'S000:53-55',
  },
  {
    text: 'Qualifications',
    language: 'fr',
    mergesInto: 'qualifications',
    before: ['Qualifications et expérience requises'],
    assumed: true,
    source: 'A',
  },
]);

/** Job-board chrome headings [S004:3,11]: not sections; `job-board-noise` info. */
export const CHROME_HEADINGS: ChromeHeading[] = [
  { text: "Informations sur l'emploi", language: 'fr', source: 'S004:3' },
  { text: "Description de l'emploi", language: 'fr', source: 'S004:11' },
];

const BY_ID = new Map(SECTIONS.map((s) => [s.id, s]));

/** The section definition with this id, or undefined. */
export function sectionById(id: string): SectionDef | undefined {
  return BY_ID.get(id);
}

/** Sections of one family, in template order. */
export function sectionsOfFamily(family: SectionDef['family']): SectionDef[] {
  return SECTIONS.filter((s) => s.family === family).sort((a, b) => a.order - b.order);
}
