/**
 * Standard texts for quick fixes (rule book §4).
 *
 * - EN: exact lines of the clean seeds 000, 001 and 002, cited by line, byte
 *   for byte (checked by test/unit/template.test.ts against the seeds).
 * - FR: seed 003 after the rule book's three changes: mojibake repaired, the
 *   gaps of removed links closed, and U+00A0 kept where 003 has it before
 *   ":" / "–" in list items and headings and in "prioritaires :",
 *   "suivants :", "site web :" (written here as \u00A0).
 * - ES: no reference text; a fix inserts the heading only, except the tier
 *   paragraph, which uses the [A] wording of §4.2.
 *
 * `${…}` marks a snippet placeholder (`${NRMS}`, `${level}`,
 * `${English and French}`); see `fillPlaceholders`. Link targets stay `(#)`.
 */
import { COMPETENCY_LISTS, type CompetencyListKey } from './competencies.js';
import { professionalRank } from './grades.js';
import { sectionById } from './sections.js';
import type { Language, StandardText } from './types.js';

const NBSP = '\u00A0';

// ---------------------------------------------------------------------------
// §4.1 Introduction
// ---------------------------------------------------------------------------

const INTRODUCTION: Partial<Record<Language, StandardText>> = {
  en: {
    source: '000:7, 000:9, 000:11',
    evidence: 'seed',
    lines: [
      'Established in 1951, IOM is a Related Organization of the United Nations and the leading UN agency in the field of migration. Working closely with governmental, intergovernmental, and non-governmental partners, IOM promotes humane and orderly migration for the benefit of all. It saves lives and protects people on the move, drives solutions to displacement, and facilitates pathways for regular migration, while providing services and advice to governments and migrants.',
      '',
      'IOM is committed to fostering a respectful, inclusive, and supportive workplace where all employees can thrive professionally and feel valued. By creating such an environment, IOM aims to better harness the full potential of migration and strengthen its support to people on the move.',
      '',
      "IOM invites candidates from diverse backgrounds to apply and provides reasonable accommodation throughout the recruitment process when required. Learn more about IOM's workplace culture at [IOM workplace culture | International Organization for Migration](#).",
    ],
  },
  fr: {
    source: '003:21, 003:23',
    evidence: 'seed',
    lines: [
      'Fondée en 1951, l’OIM est une organisation apparentée aux Nations Unies et, en tant que principale agence onusienne dans le domaine des migrations, elle travaille en étroite collaboration avec des partenaires gouvernementaux, intergouvernementaux et non gouvernementaux. L’OIM s’engage à promouvoir des migrations humaines et ordonnées, bénéfiques à tous. Elle y parvient en fournissant des services et des conseils aux gouvernements et aux migrants.',
      '',
      // 003:23 "consultez la␣␣page": link gap closed.
      'L’OIM s’attache à créer un environnement de travail où tous ses employés peuvent s’épanouir professionnellement, tout en œuvrant à exploiter pleinement le potentiel des migrations. Pour en savoir plus sur la culture d’entreprise de l’OIM, consultez la page Culture d’entreprise de l’OIM | Organisation internationale pour les migrations',
    ],
  },
};

/** §4.1: an introduction is recognised by 1951 plus one of these facts [A]. */
export const INTRODUCTION_KEY_FACTS: { year: string; phrases: Record<Language, string[]> } = {
  year: '1951',
  phrases: {
    en: ['Related Organization of the United Nations'],
    fr: ['organisation apparentée aux Nations Unies'],
    es: ['Organización Conexa de las Naciones Unidas'],
  },
};

// ---------------------------------------------------------------------------
// §4.2 Tier paragraph
// ---------------------------------------------------------------------------

export type TierVariant = 'international' | 'international-female' | 'national';

const EN_TIER_OPENING =
  'Applications are welcome from first- and second-tier candidates, particularly qualified female candidates, as well as applications from the non-represented member countries of IOM. For all IOM vacancies, applications from qualified and eligible first-tier candidates are considered before those of qualified and eligible second-tier candidates in the selection process.';
const EN_TIER_LIST_SENTENCE = 'For the purpose of this vacancy, the following are considered first-tier candidates:';
const EN_TIER_NRMS_ITEM =
  'Candidates from the following IOM Member States that are not represented among staff members in the Professional and higher categories:';

const FR_TIER_OPENING =
  'Les candidatures de candidats de premier et de deuxième niveau sont les bienvenues, notamment celles de candidates qualifiées, ainsi que celles des pays membres non représentés de l’OIM. Pour tous les postes vacants à l’OIM, les candidatures des candidats de premier niveau qualifiés et admissibles sont examinées en priorité par rapport à celles des candidats de deuxième niveau qualifiés et admissibles.';
/** 003:27 as printed: mixes "prioritaires" with "premier niveau" (T6 info); fixes use FR_TIER_LIST_SENTENCE. */
export const FR_TIER_LIST_SENTENCE_SEED = `Pour ce poste vacant, les candidats suivants sont considérés comme prioritaires${NBSP}:`;
/** §4.2 consistent variant [A] (U+00A0 before ":"). */
export const FR_TIER_LIST_SENTENCE = `Pour ce poste vacant, les candidats suivants sont considérés comme candidats de premier niveau${NBSP}:`;
const FR_TIER_NRMS_ITEM = `Candidats des États membres non représentés suivants${NBSP}:`;
const FR_TIER_SECOND = 'Les candidats de deuxième niveau comprennent :'; // plain space in 003:34

const ES_TIER_OPENING =
  'Se aceptan candidaturas de candidatos de primer y de segundo nivel, en particular de candidatas calificadas, así como de los países miembros de la OIM no representados. En todas las vacantes de la OIM, las candidaturas de candidatos de primer nivel calificados que reúnan los requisitos se examinan antes que las de candidatos de segundo nivel calificados que reúnan los requisitos.';
const ES_TIER_LIST_SENTENCE = 'Para esta vacante, se consideran candidatos de primer nivel los siguientes:';
const ES_TIER_NRMS_ITEM =
  'candidatos de los siguientes Estados Miembros de la OIM que no están representados en el personal de la categoría profesional y categorías superiores:';

const TIER: Record<Language, Partial<Record<TierVariant, StandardText>>> = {
  en: {
    // 000:13–23 with the country list (line 19) replaced by ${NRMS}.
    international: {
      source: '000:13-23',
      evidence: 'seed',
      lines: [
        EN_TIER_OPENING,
        '',
        EN_TIER_LIST_SENTENCE,
        '',
        '1. Internal candidates',
        `2. ${EN_TIER_NRMS_ITEM}`,
        '${NRMS}',
        '',
        'Second-tier candidates include:',
        '',
        'All external candidates, except candidates from non-represented member states of IOM.',
      ],
    },
    // [A]: 000's text with external female candidates added on both sides (T1; §5 tier-consistency).
    'international-female': {
      source: '000:13-23 + T1 [A]',
      evidence: 'assumed',
      lines: [
        EN_TIER_OPENING,
        '',
        EN_TIER_LIST_SENTENCE,
        '',
        '1. Internal candidates',
        '2. External female candidates',
        `3. ${EN_TIER_NRMS_ITEM}`,
        '${NRMS}',
        '',
        'Second-tier candidates include:',
        '',
        'All external candidates, except candidates from non-represented member states of IOM and female candidates.',
      ],
    },
    national: {
      source: '002:7',
      evidence: 'seed',
      lines: [
        'Applications are welcome from internal and external candidates. For all IOM vacancies, applications from qualified and eligible first-tier candidates are considered before those of qualified and eligible second-tier candidates in the selection process. For the purpose of this vacancy, internal candidates are considered first-tier candidates.',
      ],
    },
  },
  fr: {
    // 003:25–35, with the consistent list sentence [A] instead of "prioritaires" (§4.2).
    'international-female': {
      source: '003:25-35 (list sentence [A])',
      evidence: 'seed',
      lines: [
        FR_TIER_OPENING,
        '',
        FR_TIER_LIST_SENTENCE,
        '',
        '1. candidats internes',
        '2. candidates externes',
        `3. ${FR_TIER_NRMS_ITEM}`,
        '${NRMS}',
        '',
        FR_TIER_SECOND,
        'tous les candidats externes, à l’exception des candidats provenant d’États membres non représentés de l’OIM et des candidates.',
      ],
    },
    // [A]: without female first-tier, drop item 2 and "et des candidates".
    international: {
      source: '003:25-35 without female first-tier [A]',
      evidence: 'assumed',
      lines: [
        FR_TIER_OPENING,
        '',
        FR_TIER_LIST_SENTENCE,
        '',
        '1. candidats internes',
        `2. ${FR_TIER_NRMS_ITEM}`,
        '${NRMS}',
        '',
        FR_TIER_SECOND,
        'tous les candidats externes, à l’exception des candidats provenant d’États membres non représentés de l’OIM.',
      ],
    },
    national: {
      source: 'RB §4.2 [A]',
      evidence: 'assumed',
      lines: [
        'Les candidatures de candidats internes et externes sont les bienvenues. Pour tous les postes vacants à l’OIM, les candidatures des candidats de premier niveau qualifiés et admissibles sont examinées en priorité par rapport à celles des candidats de deuxième niveau qualifiés et admissibles. Pour ce poste vacant, les candidats internes sont considérés comme candidats de premier niveau.',
      ],
    },
  },
  es: {
    'international-female': {
      source: 'RB §4.2 [A]',
      evidence: 'assumed',
      lines: [
        ES_TIER_OPENING,
        '',
        ES_TIER_LIST_SENTENCE,
        '',
        '1. candidatos internos',
        '2. candidatas externas',
        `3. ${ES_TIER_NRMS_ITEM}`,
        '${NRMS}',
        '',
        'Son candidatos de segundo nivel:',
        'todos los candidatos externos, excepto los de Estados Miembros de la OIM no representados y las candidatas.',
      ],
    },
    // [A]: without female first-tier, drop item 2 and "y las candidatas".
    international: {
      source: 'RB §4.2 [A]',
      evidence: 'assumed',
      lines: [
        ES_TIER_OPENING,
        '',
        ES_TIER_LIST_SENTENCE,
        '',
        '1. candidatos internos',
        `2. ${ES_TIER_NRMS_ITEM}`,
        '${NRMS}',
        '',
        'Son candidatos de segundo nivel:',
        'todos los candidatos externos, excepto los de Estados Miembros de la OIM no representados.',
      ],
    },
    national: {
      source: 'RB §4.2 [A]',
      evidence: 'assumed',
      lines: [
        'Se aceptan candidaturas de candidatos internos y externos. En todas las vacantes de la OIM, las candidaturas de candidatos de primer nivel calificados que reúnan los requisitos se examinan antes que las de candidatos de segundo nivel calificados que reúnan los requisitos. Para esta vacante, se consideran candidatos de primer nivel los candidatos internos.',
      ],
    },
  },
};

/** Tier vocabulary read by `tier-consistency` (§4.2, §5 T1/T6). */
export const TIER_TERMS: Record<Language, { first: string; second: string; femaleExclusion: string; priority?: string }> = {
  en: { first: 'first-tier', second: 'second-tier', femaleExclusion: 'and female candidates' },
  fr: { first: 'premier niveau', second: 'deuxième niveau', femaleExclusion: 'et des candidates', priority: 'prioritaires' },
  es: { first: 'primer nivel', second: 'segundo nivel', femaleExclusion: 'y las candidatas' },
};

// ---------------------------------------------------------------------------
// §4.3 Accredited universities (end of Education)
// ---------------------------------------------------------------------------

const EDUCATION: Partial<Record<Language, StandardText>> = {
  en: {
    source: '000:62',
    evidence: 'seed',
    placement: 'end',
    lines: ['Accredited Universities are those listed in the [UNESCO World Higher Education Database](#).'],
  },
  fr: {
    source: '003:74',
    evidence: 'seed',
    placement: 'end',
    // 003:74 "dans la␣␣base": link gap closed.
    lines: ['Les universités accréditées sont celles qui figurent dans la base de données mondiale de l’UNESCO sur l’enseignement supérieur.'],
  },
};

// ---------------------------------------------------------------------------
// §4.4 Languages
// ---------------------------------------------------------------------------

const LANGUAGES: Partial<Record<Language, StandardText>> = {
  en: {
    // 000:87, 001:106 (000:89 has the typo "UN languages"), 000:91.
    source: '000:87, 001:106, 000:91',
    evidence: 'seed',
    lines: [
      'For this position, fluency in ${English and French} is required (oral and written).',
      '',
      'Working knowledge of another official UN language (${Arabic, Chinese, Russian, and Spanish}) is an advantage.',
      '',
      'Proficiency in language(s) required will be specifically evaluated during the selection process, which may include written and/or oral assessments.',
    ],
  },
  fr: {
    source: '003:97-103',
    evidence: 'seed',
    lines: [
      'Les langues officielles de l’OIM sont l’anglais, le français et l’espagnol. Tous les membres du personnel doivent maîtriser au moins une de ces trois langues.',
      '',
      'Pour ce poste, la maîtrise de ${l’anglais et du français} (oral et écrit) est requise.',
      '',
      'La connaissance pratique d’une autre langue officielle de l’ONU (${arabe, chinois, russe et espagnol}) est un atout.',
      '',
      'Les compétences linguistiques requises seront spécifiquement évaluées au cours du processus de sélection, qui peut comprendre des évaluations écrites et/ou orales.',
    ],
  },
};

/** §4.4 optional EN sentence [S002:57, after mojibake repair]. */
export const EN_OFFICIAL_LANGUAGES_SENTENCE = 'IOM’s official languages are English, French and Spanish.';

// ---------------------------------------------------------------------------
// §4.5 Opening of Required Competencies
// ---------------------------------------------------------------------------

const COMPETENCIES_OPENING: Partial<Record<Language, StandardText>> = {
  en: {
    source: '000:95',
    evidence: 'seed',
    lines: ["IOM's competency framework can be found at this [link](#). Competencies will be assessed during the selection process."],
  },
  fr: {
    source: '003:107',
    evidence: 'seed',
    // 003:107 "à ce␣␣lien␣.": link gap closed.
    lines: ['Le référentiel de compétences de l’OIM est disponible à ce lien. Les compétences seront évaluées lors du processus de sélection.'],
  },
};

// ---------------------------------------------------------------------------
// §4.6 Values, core and managerial: headings (lists come from competencies.ts)
// ---------------------------------------------------------------------------

const LIST_HEADINGS: Record<CompetencyListKey, Record<Language, string>> = {
  values: {
    en: 'Values - all IOM staff members must abide by and demonstrate these five values:', // 000:97
    // 003:109 has two U+00A0 before "–"; one is kept, as in 117/125 and as the rule book prints it.
    fr: `Valeurs${NBSP}– Tous les membres du personnel de l’OIM doivent respecter et démontrer ces cinq valeurs${NBSP}:`,
    es: 'Valores', // heading only (§4)
  },
  core: {
    en: 'Core Competencies – behavioural indicators Level ${level}', // 000:105
    fr: `Compétences fondamentales${NBSP}– indicateurs comportementaux Niveau \${level}`, // 003:117
    es: 'Competencias básicas',
  },
  managerial: {
    en: 'Managerial Competencies – behavioural indicators Level ${level}', // 001:131
    fr: `Compétences managériales${NBSP}– indicateurs comportementaux Niveau \${level}`, // 003:125
    es: 'Competencias gerenciales',
  },
};

export type ListStyle = 'markdown' | 'plain';

export interface ListRenderOptions {
  /** `- **Name:** text` (as in 000) or `Name: text` (§4). */
  style?: ListStyle;
  /** Marker before plain items ("- ", "  • "); default "" (EN) or "- " (FR, as the rule book prints). */
  marker?: string;
}

/** The separator between an item name and its definition: FR keeps U+00A0 before ":" (§4). */
export function itemSeparator(language: Language): string {
  return language === 'fr' ? `${NBSP}:` : ':';
}

/** One list item line, in the document's style. */
export function renderCompetencyItem(name: string, definition: string, language: Language, options: ListRenderOptions = {}): string {
  const style = options.style ?? (language === 'fr' ? 'plain' : 'markdown');
  const sep = itemSeparator(language);
  if (style === 'markdown') return `${options.marker ?? '- '}**${name}${sep}** ${definition}`;
  return `${options.marker ?? (language === 'fr' ? '- ' : '')}${name}${sep} ${definition}`;
}

/** The standard list for values/core/managerial, one item per line; undefined without definitions (ES). */
export function competencyListText(list: CompetencyListKey, language: Language, options: ListRenderOptions = {}): StandardText | undefined {
  const items = COMPETENCY_LISTS[list];
  if (items.some((item) => item.definitions[language] === undefined || item.names[language].length === 0)) return undefined;
  const source = {
    en: { values: '000:99-103', core: '000:107-111', managerial: '000:115-119' },
    fr: { values: '003:111-115', core: '003:119-123', managerial: '003:127-131' },
    es: { values: '', core: '', managerial: '' },
  }[language][list];
  return {
    source,
    evidence: 'seed',
    lines: items.map((item) => renderCompetencyItem(item.names[language][0]!, item.definitions[language]!, language, options)),
  };
}

// ---------------------------------------------------------------------------
// §4.7 Notes
// ---------------------------------------------------------------------------

export interface NoteParagraph {
  text: string;
  /** Only for these posts; undefined = all posts. */
  posts?: 'international' | 'national';
  /** Review before use (FR paragraph 4: "pays non membres (PNM)" contradicts "États membres"). */
  review?: string;
}

/** EN: 002:59 from "Any offer made" to the end of the line, split before the 8 openings. */
export const NOTE_PARAGRAPHS: Partial<Record<Language, NoteParagraph[]>> = {
  en: [
    { text: 'Any offer made to the candidate in relation to this vacancy notice is subject to funding confirmation.' },
    { text: 'This selection process may be used to staff similar positions in various duty stations. Recommended candidates will remain eligible to be appointed in a similar position for a period of 24 months.' },
    {
      text: 'This post is subject to local recruitment. Only those holding a valid residence and work permit for the country where this position is based will be eligible for consideration.',
      posts: 'national',
    },
    { text: 'Appointment will be subject to certification that the candidate is medically fit for appointment, verification of residency, visa, and authorizations by the concerned Government, where applicable.' },
    { text: 'IOM has a zero-tolerance policy on conduct that is incompatible with the aims and objectives of the United Nations and IOM, including sexual exploitation and abuse, sexual harassment, abuse of authority and discrimination based on gender, nationality, age, race, sexual orientation, religious or ethnic background or disabilities.' },
    { text: 'IOM does not charge a fee at any stage of its recruitment process (application, interview, processing, training or other fee). IOM does not request any information related to bank accounts.' },
    { text: 'IOM only accepts duly completed applications submitted through the IOM online recruitment system. The online tool also allows candidates to track the status of their application.' },
    { text: 'For further information and other job postings, you are welcome to visit our website: IOM Careers and Job Vacancies' },
  ],
  // 003:135–155; paragraphs 1 and 4 are for P/D posts only.
  fr: [
    { text: 'Le personnel professionnel recruté à l’international doit être mobile.', posts: 'international' },
    { text: 'Toute offre faite au candidat en lien avec cet avis de vacance de poste est soumise à la confirmation du financement.' },
    { text: 'Ce processus de sélection peut servir à pourvoir des postes similaires dans différents lieux d’affectation. Les candidats retenus pourront être nommés à un poste similaire pendant une période de 24 mois.' },
    {
      text: 'La liste des pays non membres (PNM) ci-dessus comprend tous les États membres de l’OIM qui ne sont pas représentés dans la catégorie des professionnels. Pour cette catégorie, les candidats ressortissants du pays du lieu d’affectation ne sont pas admissibles.',
      posts: 'international',
      review: '"pays non membres (PNM)" contradicts "États membres" (§4.7)',
    },
    { text: 'La nomination sera subordonnée à la certification de l’aptitude médicale du candidat à exercer ses fonctions, à l’obtention des accréditations, au respect des exigences en matière de résidence ou de visa, et à l’obtention des autorisations de sécurité.' },
    { text: 'Les candidatures seront closes à 23h59, heure locale de Genève (Suisse), à la date de clôture indiquée. Aucune candidature tardive ne sera acceptée.' },
    { text: 'L’OIM applique une politique de tolérance zéro à l’égard des comportements incompatibles avec les buts et objectifs des Nations Unies et de l’OIM, notamment l’exploitation et les abus sexuels, le harcèlement sexuel, l’abus d’autorité et la discrimination fondée sur le sexe, la nationalité, l’âge, la race, l’orientation sexuelle, l’origine religieuse ou ethnique ou le handicap.' },
    { text: 'L’OIM ne perçoit aucun frais à quelque étape que ce soit de son processus de recrutement (candidature, entretien, traitement du dossier, formation ou autres frais). L’OIM ne demande aucune information relative aux comptes bancaires.' },
    // 003:151: link gaps closed ("son␣ système␣de", "ligne␣␣(", "cliquez␣␣ici␣)").
    { text: 'L’OIM n’accepte que les candidatures dûment remplies et soumises via son système de recrutement en ligne (pour les candidats internes, cliquez ici). Cet outil en ligne permet également aux candidats de suivre l’état d’avancement de leur candidature.' },
    { text: 'Seuls les candidats présélectionnés seront contactés.' },
    // 003:155: "site web␣:␣␣Carrières": U+00A0 before ":" kept, link gap closed.
    { text: `Pour plus d’informations et pour consulter d’autres offres d’emploi, nous vous invitons à visiter notre site web${NBSP}: Carrières et offres d’emploi de l’OIM` },
  ],
};

function notesText(language: Language, category: 'international' | 'national' | undefined): StandardText | undefined {
  const paragraphs = NOTE_PARAGRAPHS[language];
  if (!paragraphs) return undefined;
  const kept = paragraphs.filter((p) => p.posts === undefined || p.posts === category);
  return {
    source: language === 'en' ? '002:59' : '003:135-155',
    evidence: 'seed',
    lines: kept.flatMap((p, i) => (i === 0 ? [p.text] : ['', p.text])),
  };
}

// ---------------------------------------------------------------------------
// Headings as inserted by fixes
// ---------------------------------------------------------------------------

/** Heading lines a fix inserts (the current template's wording); others fall back to `names`. */
const STANDARD_HEADINGS: Record<string, Partial<Record<Language, string>>> = {
  context: { en: 'Organizational Context and Scope' }, // 000:25
  responsibilities: { en: 'Responsibilities and Accountabilities' }, // 000:35
  qualifications: { en: 'Required Qualifications and Experience' }, // 000:55
  values: LIST_HEADINGS.values,
  core: LIST_HEADINGS.core,
  managerial: LIST_HEADINGS.managerial,
};

/** The heading line a fix inserts for a section (may hold `${level}`); undefined for the tier paragraph. */
export function standardHeading(sectionId: string, language: Language): string | undefined {
  const def = sectionById(sectionId);
  if (!def || def.noHeading) return undefined;
  return STANDARD_HEADINGS[sectionId]?.[language] ?? def.names[language];
}

// ---------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------

export interface TextOptions {
  /** Post category (selects tier and notes variants). */
  category?: 'international' | 'national';
  /** Canonical grade: P-4 and above selects the female first-tier variant (§5 T5). */
  grade?: string;
  /** Force a tier variant. */
  tier?: TierVariant;
  /** List style for values/core/managerial. */
  list?: ListRenderOptions;
}

/** §4.2 / §5 T5: which tier text fits the post. */
export function tierVariant(options: TextOptions = {}): TierVariant {
  if (options.tier) return options.tier;
  const category =
    options.category ?? (options.grade && /^(G|NO)-/.test(options.grade) ? 'national' : undefined);
  if (category === 'national') return 'national';
  const rank = options.grade ? professionalRank(options.grade) : undefined;
  return rank !== undefined && rank >= 4 ? 'international-female' : 'international';
}

/**
 * The standard body text of a section in a language (heading excluded: see
 * `standardHeading`), or undefined when there is none (ES except the tier
 * paragraph, and sections without a §4 text). `variant` is a tier variant
 * name or options.
 */
export function standardText(
  sectionId: string,
  language: Language,
  variant?: TierVariant | TextOptions,
): StandardText | undefined {
  const options: TextOptions = typeof variant === 'string' ? { tier: variant } : (variant ?? {});
  switch (sectionId) {
    case 'introduction':
      return INTRODUCTION[language];
    case 'tier':
      return TIER[language][tierVariant(options)];
    case 'education':
      return EDUCATION[language];
    case 'languages':
      return LANGUAGES[language];
    case 'competencies':
      return COMPETENCIES_OPENING[language];
    case 'values':
    case 'core':
    case 'managerial':
      return competencyListText(sectionId, language, options.list);
    case 'notes':
      return notesText(language, options.category ?? (options.grade ? gradeCategoryOf(options.grade) : undefined));
    default:
      return undefined;
  }
}

function gradeCategoryOf(grade: string): 'international' | 'national' | undefined {
  if (/^(P|D)-/.test(grade)) return 'international';
  if (/^(G|NO)-/.test(grade)) return 'national';
  return undefined;
}

/**
 * Replace `${key}` placeholders. Known keys take `values[key]`; with
 * `useDefaults`, other placeholders become their own text
 * ("${English and French}" → "English and French").
 */
export function fillPlaceholders(text: string, values: Record<string, string> = {}, useDefaults = false): string {
  return text.replace(/\$\{([^}]*)\}/g, (whole, key: string) => {
    if (Object.prototype.hasOwnProperty.call(values, key)) return values[key]!;
    return useDefaults ? key : whole;
  });
}

/** Names of the placeholders in a text, in order. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]!);
}
