/**
 * IOM values, core and managerial competencies (rule book §4.6).
 *
 * EN names and definitions: seed 000 lines 99–103, 107–111, 115–119 (the
 * text after "**Name:** "). FR: seed 003 lines 111–115, 119–123, 127–131
 * after mojibake repair (the text after "Name\u00A0: "). ES names are [A],
 * for matching only; there are no ES definitions (§4: ES texts are the
 * project's to write). Definitions are never compared (§5 competency-list).
 */
import type { CompetencyItem, Language } from './types.js';

export type CompetencyListKey = 'values' | 'core' | 'managerial';

/** §4.6 values (2023 framework; five items). */
export const VALUES: CompetencyItem[] = [
  {
    key: 'inclusion',
    names: {
      en: ['Inclusion and respect for diversity'],
      fr: ['Inclusion et respect de la diversité'],
      es: ['Inclusión y respeto por la diversidad'],
    },
    definitions: {
      en: 'Respects and promotes individual and cultural differences. Encourages diversity and inclusion.',
      fr: 'Respecte et promeut les différences individuelles et culturelles. Encourage la diversité et l’inclusion.',
    },
  },
  {
    key: 'integrity',
    names: {
      en: ['Integrity and transparency'],
      fr: ['Intégrité et transparence'],
      es: ['Integridad y transparencia'],
    },
    definitions: {
      en: 'Maintains high ethical standards and acts in a manner consistent with organizational principles/rules and standards of conduct.',
      fr: 'Maintient des normes éthiques élevées et agit d’une manière conforme aux principes/règles et aux normes de conduite de l’organisation.',
    },
  },
  {
    key: 'professionalism',
    names: {
      en: ['Professionalism'],
      fr: ['Professionnalisme'],
      es: ['Profesionalismo'],
    },
    definitions: {
      en: 'Demonstrates ability to work in a composed, competent, and committed manner and exercises careful judgment in meeting day-to-day challenges.',
      fr: 'Fait preuve d’une capacité à travailler avec calme, compétence et engagement, et exerce un jugement sûr face aux défis quotidiens.',
    },
  },
  {
    key: 'courage',
    names: {
      en: ['Courage'],
      fr: ['Courage'],
      es: ['Valentía', 'Coraje'],
    },
    definitions: {
      en: 'Demonstrates willingness to take a stand on issues of importance.',
      fr: 'Fait preuve de volonté à prendre position sur des questions importantes.',
    },
  },
  {
    key: 'empathy',
    names: {
      en: ['Empathy'],
      fr: ['Empathie'],
      es: ['Empatía'],
    },
    definitions: {
      en: 'Shows compassion for others, makes people feel safe, respected, and fairly treated.',
      fr: 'Fait preuve de compassion envers les autres, fait en sorte que les gens se sentent en sécurité, respectés et traités équitablement.',
    },
  },
];

/** §4.6 core competencies. */
export const CORE: CompetencyItem[] = [
  {
    key: 'teamwork',
    names: {
      en: ['Teamwork'],
      fr: ['Travail d’équipe'],
      es: ['Trabajo en equipo'],
    },
    definitions: {
      en: 'Develops and promotes effective collaboration within and across units to achieve shared goals and optimize results.',
      fr: 'Développe et favorise une collaboration efficace au sein des unités et entre elles afin d’atteindre des objectifs communs et d’optimiser les résultats.',
    },
  },
  {
    key: 'deliveringResults',
    names: {
      en: ['Delivering results'],
      fr: ['Obtention de résultats'],
      es: ['Obtención de resultados'],
    },
    definitions: {
      en: 'Produces and delivers quality results in a service-oriented and timely manner. Is action-oriented and committed to achieving agreed outcomes.',
      fr: 'Produit et fournit des résultats de qualité, dans le respect des délais et avec un sens aigu du service. Orienté action, il s’engage à atteindre les objectifs convenus.',
    },
  },
  {
    key: 'managingKnowledge',
    names: {
      en: ['Managing and sharing knowledge'],
      fr: ['Gestion et partage des connaissances'],
      es: ['Gestión e intercambio de conocimientos'],
    },
    definitions: {
      en: 'Continuously seeks to learn, share knowledge, and innovate.',
      fr: 'Cherche constamment à apprendre, à partager ses connaissances et à innover.',
    },
  },
  {
    key: 'accountability',
    names: {
      en: ['Accountability'],
      fr: ['Responsabilité', 'Responsabilisation'], // alias [A]
      es: ['Rendición de cuentas'],
    },
    definitions: {
      en: "Takes ownership for achieving the Organization's priorities and assumes responsibility for own actions and delegated work.",
      fr: 'S’approprie la réalisation des priorités de l’organisation et assume la responsabilité de ses propres actions et des tâches déléguées.',
    },
  },
  {
    key: 'communication',
    names: {
      en: ['Communication'],
      fr: ['Communication'],
      es: ['Comunicación'],
    },
    definitions: {
      en: 'Encourages and contributes to clear and open communication. Explains complex matters in an informative, inspiring, and motivational way.',
      fr: 'Encourage et contribue à une communication claire et ouverte. Explique les sujets complexes de manière informative, inspirante et motivante.',
    },
  },
];

/** §4.6 managerial competencies (2023 list, confirmed by 000, 001 and 003). */
export const MANAGERIAL: CompetencyItem[] = [
  {
    key: 'leadership',
    names: {
      en: ['Leadership'],
      fr: ['Leadership'],
      es: ['Liderazgo'],
    },
    definitions: {
      en: "Provides a clear sense of direction, leads by example, and demonstrates the ability to carry out the Organization's vision. Assists others to realize and develop their leadership and professional potential.",
      fr: 'Définit une orientation claire, montre l’exemple et démontre sa capacité à concrétiser la vision de l’organisation. Aide les autres à prendre conscience et à développer leur potentiel de leadership et professionnel.',
    },
  },
  {
    key: 'empoweringOthers',
    names: {
      en: ['Empowering others'],
      fr: ['Donner aux autres les moyens d’agir'],
      es: ['Empoderar a otros'],
    },
    definitions: {
      en: 'Creates an enabling environment where staff can contribute their best and develop their potential.',
      fr: 'Créer un environnement favorable où le personnel peut contribuer au mieux et développer son potentiel.',
    },
  },
  {
    key: 'buildingTrust',
    names: {
      en: ['Building Trust'],
      fr: ['Instaurer la confiance'],
      es: ['Generar confianza'],
    },
    definitions: {
      en: 'Promotes shared values and creates an atmosphere of trust and honesty.',
      fr: 'Favorise les valeurs partagées et crée un climat de confiance et d’honnêteté.',
    },
  },
  {
    key: 'strategicThinking',
    names: {
      en: ['Strategic thinking and vision'],
      fr: ['Pensée stratégique et vision'],
      es: ['Pensamiento estratégico y visión'],
    },
    definitions: {
      en: "Works strategically to realize the Organization's goals and communicates a clear strategic direction.",
      fr: 'Travaille de manière stratégique pour atteindre les objectifs de l’organisation et communique une orientation stratégique claire.',
    },
  },
  {
    key: 'humility',
    names: {
      en: ['Humility'],
      fr: ['Humilité'],
      es: ['Humildad'],
    },
    definitions: {
      en: 'Leads with humility and shows openness to acknowledging own shortcomings.',
      // 003:131 ends with a stray U+00A0 after the period; not kept.
      fr: 'Fait preuve d’humilité et reconnaît volontiers ses propres faiblesses.',
    },
  },
];

/** The current lists by key. */
export const COMPETENCY_LISTS: Record<CompetencyListKey, CompetencyItem[]> = {
  values: VALUES,
  core: CORE,
  managerial: MANAGERIAL,
};

/**
 * §4.6 outdated 2018 lists [V]: values were the first three only; managerial
 * was Leadership · Empowering others and building trust · Strategic thinking
 * and vision. No FR/ES names are known for the merged 2018 item.
 */
export const OUTDATED_2018: Record<'values' | 'managerial', CompetencyItem[]> = {
  values: VALUES.slice(0, 3),
  managerial: [
    MANAGERIAL[0]!,
    {
      key: 'empoweringOthersAndBuildingTrust',
      names: { en: ['Empowering others and building trust'], fr: [], es: [] },
      definitions: {},
    },
    MANAGERIAL[3]!,
  ],
};

/** §4.6 names that are never IOM competencies (reported as unknown items). */
export const NEVER_IOM_COMPETENCIES: Array<{ name: string; language: Language; source: string }> = [
  // Standards-of-Conduct values [V]
  { name: 'Loyalty', language: 'en', source: 'V' },
  { name: 'Independence', language: 'en', source: 'V' },
  { name: 'Impartiality', language: 'en', source: 'V' },
  { name: 'International outlook', language: 'en', source: 'V' },
  { name: 'Planning and organizing', language: 'en', source: 'RB §4.6' },
  { name: 'Client orientation', language: 'en', source: 'RB §4.6' },
  // UNV-style items [S004:93]
  { name: 'Adaptabilité et flexibilité', language: 'fr', source: 'S004:93' },
  { name: 'Créativité', language: 'fr', source: 'S004:93' },
  { name: 'Jugement et prise de décision', language: 'fr', source: 'S004:93' },
  { name: 'Planification et organisation', language: 'fr', source: 'S004:93' },
  { name: 'Autogestion', language: 'fr', source: 'S004:93' },
];

/** Languages whose names are [A] only: `competency-list` reports at info level there (§5). */
export const ASSUMED_NAME_LANGUAGES: Language[] = ['es'];

/** Item names of a list in one language (all aliases), in canonical order. */
export function competencyNames(list: CompetencyListKey, language: Language): string[] {
  return COMPETENCY_LISTS[list].flatMap((item) => item.names[language]);
}

/** Find the item of a list by its name (case-insensitive, ’ = ', & = and/et/y). */
export function findCompetency(list: CompetencyListKey, name: string): CompetencyItem | undefined {
  const norm = normaliseCompetencyName(name);
  return COMPETENCY_LISTS[list].find((item) =>
    (Object.values(item.names) as string[][]).some((names) => names.some((n) => normaliseCompetencyName(n) === norm)),
  );
}

/** Normalisation for item names (§5 competency-list): case, ’/', &, spaces, trailing ":". */
export function normaliseCompetencyName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+(?:et|y)\s+/g, ' and ')
    .replace(/[\s\u00A0]+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim()
    .toLowerCase();
}
