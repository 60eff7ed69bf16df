/**
 * Builds complete, clean staff notices in EN, FR and ES, in the current,
 * legacy or body-only layout, as plain text or Markdown — the negative case
 * of every structure rule — and lets tests drop, reorder, repeat or empty
 * sections and header fields to make the positive cases.
 */
import { FIELDS } from '../../../server/src/template/fields.js';
import { sectionById } from '../../../server/src/template/sections.js';
import { fillPlaceholders, standardHeading, standardText } from '../../../server/src/template/texts.js';
import { nrmsListText } from '../../../server/src/template/nrms.js';
import { LEVEL_TAIL, LEVELLED_SECTIONS } from '../../../server/src/template/heading-tails.js';
import type { Language } from '../../../server/src/notice/tree.js';

export type BuildLayout = 'current' | 'legacy' | 'body-only';

export interface BuildOptions {
  language: Language;
  layout?: BuildLayout;
  markdown?: boolean;
  eol?: '\n' | '\r\n';
  /** Section ids, in the order they are written (default: the template order). */
  sections?: string[];
  /** Replace a section's body ('' = empty section). */
  bodies?: Record<string, string>;
  /** Header field keys to leave out. */
  omitFields?: string[];
  /** Header values to override ('' = present but empty). */
  values?: Record<string, string>;
  /** Language of the headings (default: the notice language). */
  headingLanguage?: Language;
}

export const STAFF_ORDER = ['introduction', 'tier', 'context', 'responsibilities', 'education', 'experience', 'skills', 'languages', 'competencies', 'values', 'core', 'notes'];
export const LEGACY_ORDER = [...STAFF_ORDER, 'howToApply'];

const SAMPLE: Record<string, Record<Language, string>> = {
  introduction: {
    en: '',
    fr: '',
    es: 'La OIM, creada en 1951, es una Organización Conexa de las Naciones Unidas y el principal organismo de las Naciones Unidas en el ámbito de la migración. Trabaja con los gobiernos y con los migrantes para promover una migración humana y ordenada en beneficio de todos.',
  },
  context: {
    en: 'The incumbent works in the Migration Management unit of the mission, in close coordination with the programme team and the partners of the project.',
    fr: 'Le titulaire travaille au sein de l’unité de gestion des migrations de la mission, en étroite coordination avec l’équipe du programme et les partenaires du projet.',
    es: 'El titular trabaja en la unidad de gestión de la migración de la misión, en estrecha coordinación con el equipo del programa y con los socios del proyecto.',
  },
  responsibilities: {
    en: '1. Provide support to the project team in the implementation of the activities.\n2. Prepare regular reports on the activities of the project.\n3. Perform other related duties as assigned.',
    fr: '1. Apporter un appui à l’équipe du projet dans la mise en œuvre des activités.\n2. Préparer des rapports réguliers sur les activités du projet.\n3. Accomplir toute autre tâche qui pourrait être confiée.',
    es: '1. Prestar apoyo al equipo del proyecto en la ejecución de las actividades.\n2. Preparar informes periódicos sobre las actividades del proyecto.\n3. Realizar otras tareas que se le asignen.',
  },
  education: {
    en: "- Master's degree in Social Sciences or a related field from an accredited academic institution with two years of relevant professional experience; or\n- University degree in the above fields with four years of relevant professional experience.",
    fr: '- Maîtrise en sciences sociales ou dans un domaine connexe et deux années d’expérience professionnelle pertinente ; ou\n- Diplôme universitaire dans les domaines susmentionnés et quatre années d’expérience professionnelle pertinente.',
    es: '- Maestría en ciencias sociales o en un campo afín con dos años de experiencia profesional pertinente; o\n- Título universitario en los campos mencionados con cuatro años de experiencia profesional pertinente.',
  },
  experience: {
    en: '- Experience in the implementation of migration projects.\n- Experience with governmental partners is an advantage.',
    fr: '- Expérience dans la mise en œuvre de projets de migration.\n- Une expérience avec des partenaires gouvernementaux est un atout.',
    es: '- Experiencia en la ejecución de proyectos de migración.\n- La experiencia con socios gubernamentales es una ventaja.',
  },
  skills: {
    en: '- Good communication and drafting skills.\n- Good knowledge of office software.',
    fr: '- Bonnes capacités de communication et de rédaction.\n- Bonne connaissance des logiciels de bureautique.',
    es: '- Buenas habilidades de comunicación y de redacción.\n- Buen conocimiento de los programas de ofimática.',
  },
  languages: {
    en: '',
    fr: '',
    es: 'Para este puesto se requiere el dominio del español y del inglés (oral y escrito). El conocimiento de otro idioma oficial de las Naciones Unidas es una ventaja.',
  },
  competencies: {
    en: '',
    fr: '',
    es: 'El marco de competencias de la OIM está disponible en este enlace. Las competencias se evaluarán durante el proceso de selección.',
  },
  values: {
    en: '',
    fr: '',
    es: '- Inclusión y respeto por la diversidad: respeta y promueve las diferencias individuales y culturales.\n- Integridad y transparencia: mantiene normas éticas elevadas.\n- Profesionalismo: trabaja con calma y compromiso.\n- Valentía: defiende los temas importantes.\n- Empatía: muestra compasión por los demás.',
  },
  core: {
    en: '',
    fr: '',
    es: '- Trabajo en equipo: promueve la colaboración eficaz.\n- Obtención de resultados: produce resultados de calidad.\n- Gestión e intercambio de conocimientos: aprende y comparte.\n- Rendición de cuentas: asume la responsabilidad de sus acciones.\n- Comunicación: fomenta una comunicación clara y abierta.',
  },
  notes: {
    en: '',
    fr: '',
    es: 'Toda oferta relacionada con este anuncio de vacante está sujeta a la confirmación de la financiación. Solo se pondrán en contacto con los candidatos preseleccionados.',
  },
  howToApply: {
    en: 'Interested candidates are invited to submit their applications through the online recruitment system of the Organization by the closing date.',
    fr: 'Les candidats intéressés sont invités à soumettre leur candidature via le système de recrutement en ligne de l’Organisation avant la date de clôture.',
    es: 'Los candidatos interesados deben presentar su candidatura a través del sistema de contratación en línea de la Organización antes de la fecha de cierre.',
  },
};

const VALUES: Record<string, Record<Language, string>> = {
  reference: { en: '12345', fr: '12345', es: '12345' },
  title: { en: 'Programme Officer', fr: 'Chargé de programme', es: 'Oficial de programas' },
  city: { en: 'Dakar', fr: 'Dakar', es: 'Dakar' },
  country: { en: 'Senegal', fr: 'Sénégal', es: 'Senegal' },
  grade: { en: 'P-2', fr: 'P-2', es: 'P-2' },
  contract: {
    en: 'Fixed-term (1 year with possibility of extension)',
    fr: 'CDD (1 an avec possibilité de prolongation)',
    es: 'Plazo fijo (1 año con posibilidad de prórroga)',
  },
  recruitingType: { en: 'Professional', fr: 'Professionnel', es: 'Profesional' },
  vacancyType: { en: 'Vacancy Notice', fr: 'Avis de vacance de poste', es: 'Anuncio de vacante' },
  duration: { en: '12 months', fr: '12 mois', es: '12 meses' },
  closing: { en: '23 November 2025', fr: '9 novembre 2025', es: '13 de marzo de 2026' },
  dutyStation: { en: 'Dakar, Senegal', fr: 'Dakar, Sénégal', es: 'Dakar, Senegal' },
  classification: { en: 'Professional, Grade P-2', fr: 'Administrateur, Grade P-2', es: 'Profesional, Grado P-2' },
  appointmentType: {
    en: 'Fixed-term, one year with possibility of extension',
    fr: 'Durée déterminée, un an avec possibilité de prolongation',
    es: 'Plazo fijo, un año con posibilidad de prórroga',
  },
};

const CURRENT_FIELDS = ['reference', 'title', 'city', 'country', 'grade', 'contract', 'recruitingType', 'vacancyType', 'duration', 'closing'];
const LEGACY_FIELDS = ['title', 'reference', 'dutyStation', 'classification', 'appointmentType', 'closing'];
const SEPARATOR: Record<Language, string> = { en: ': ', fr: '\u00A0:\u00A0', es: ': ' };

export function fieldLabelOf(key: string, layout: 'current' | 'legacy', language: Language): string {
  const field = FIELDS.find((candidate) => candidate.key === key)!;
  return field.labels.find((label) => label.layout === layout && label.language === language)!.text;
}

export function headingOf(id: string, language: Language): string {
  let heading = standardHeading(id, language) ?? sectionById(id)!.names[language];
  if (LEVELLED_SECTIONS.has(id) && !heading.includes('${level}')) heading += LEVEL_TAIL[language];
  return fillPlaceholders(heading, { level: '2' }, true);
}

export function bodyOf(id: string, language: Language): string {
  const sample = SAMPLE[id]?.[language];
  if (sample) return sample;
  const text = standardText(id, language, { category: 'international', grade: 'P-2' });
  if (!text) throw new Error(`no body for ${id}/${language}`);
  return fillPlaceholders(text.lines.join('\n'), { NRMS: nrmsListText(language) }, true);
}

export function buildNotice(options: BuildOptions): string {
  const { language } = options;
  const layout = options.layout ?? 'current';
  const headingLanguage = options.headingLanguage ?? language;
  const eol = options.eol ?? '\n';
  const blocks: string[] = [];
  if (layout !== 'body-only') {
    const keys = layout === 'current' ? CURRENT_FIELDS : LEGACY_FIELDS;
    const lines = keys
      .filter((key) => !options.omitFields?.includes(key))
      .map((key) => {
        const value = options.values?.[key] ?? VALUES[key][language];
        return `${fieldLabelOf(key, layout, language)}${value === '' ? SEPARATOR[language].trimEnd() : SEPARATOR[language] + value}`;
      });
    if (lines.length) blocks.push(lines.join('\n'));
  }
  const order = options.sections ?? (layout === 'legacy' ? LEGACY_ORDER : STAFF_ORDER);
  for (const id of order) {
    const body = options.bodies?.[id] ?? bodyOf(id, language);
    const noHeading = id === 'tier' || (layout === 'legacy' && id === 'introduction');
    if (!noHeading) {
      let heading = headingOf(id, headingLanguage);
      if (layout === 'legacy' && !/[:]$/.test(heading)) heading += ':';
      blocks.push(options.markdown ? `## ${heading}` : heading);
    }
    if (body) blocks.push(body);
  }
  return blocks.join('\n\n').replace(/\n/g, eol);
}
