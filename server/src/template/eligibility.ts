/**
 * Eligibility vocabulary (rule book §5 degree-experience, experience-mismatch,
 * competency-level, tier-consistency; §8 number words): the degree words,
 * year words and tier phrases the requirement extractor reads, per language.
 * Data only: server/src/requirements/extract.ts compiles it once.
 *
 * Evidence: [S…] seed, [V] verified, [A] assumed (rule book §0).
 */
import type { Language } from './types.js';

/** Degree levels, highest first (§5 degree-experience). */
export type DegreeLevel = 'advanced' | 'first-level' | 'secondary';
export const DEGREE_LEVELS: readonly DegreeLevel[] = ['advanced', 'first-level', 'secondary'];

/**
 * Degree words per level and language. Matching is case-insensitive; ’ and '
 * are the same; a space matches spaces and NBSP. Longer phrases win
 * ("advanced university degree" over "university degree").
 */
export const DEGREE_WORDS: Record<DegreeLevel, Record<Language, string[]>> = {
  advanced: {
    en: ["advanced university degree", "advanced degree", "master's degree", 'masters degree', 'master degree', "master's", 'masters', 'master'], // [S000:59, S001:75]; advanced university degree [V]
    fr: ['diplôme universitaire supérieur', 'maîtrise', 'master'], // Maîtrise [S003:71]; Master [A]; supérieur [A]
    es: ['título universitario superior', 'maestría', 'máster', 'master'], // [A]
  },
  'first-level': {
    en: ['first-level university degree', 'first level university degree', 'university degree', "bachelor's degree", 'bachelors degree', 'bachelor degree', "bachelor's", 'bachelors', 'bachelor'], // [S000:60, S002:27]
    fr: ['diplôme universitaire de premier cycle', 'diplôme universitaire', 'diplôme de licence', 'licence'], // [S003:72]; Licence [A]
    es: ['título universitario', 'licenciatura', 'grado universitario'], // [A]
  },
  secondary: {
    en: ['high school diploma', 'high school degree', 'high-school diploma', 'secondary school diploma', 'secondary education', 'secondary school', 'school diploma', 'high school'], // [V], [S002:28]
    fr: ['diplôme d’études secondaires', 'enseignement secondaire', 'études secondaires', 'baccalauréat'], // [S004:87] enseignement secondaire; [A]
    es: ['educación secundaria', 'enseñanza secundaria', 'título de secundaria', 'bachillerato'], // [A]
  },
};

/** Year nouns (§5: "N years", "N years'", "N années", "N ans", "N años"). */
export const YEAR_WORDS: Record<Language, string[]> = {
  en: ["years'", "year's", 'years', 'year', 'yrs'],
  fr: ['années', 'année', 'ans', 'an'],
  es: ['años', 'año'],
};

/** "two additional years" [S001:76]: the years come on top of the higher degree's. */
export const ADDITIONAL_BEFORE: Record<Language, string[]> = {
  en: ['additional', 'further', 'extra', 'more'],
  fr: ['autres'],
  es: [],
};
export const ADDITIONAL_AFTER: Record<Language, string[]> = {
  en: ['more'],
  fr: ['supplémentaires', 'supplémentaire', 'additionnelles', 'additionnels', 'de plus'],
  es: ['adicionales', 'adicional', 'más'],
};

/** A year phrase is a requirement when experience follows in the same clause... */
export const EXPERIENCE_WORDS: Record<Language, string[]> = {
  en: ['experience', 'work', 'employment'],
  fr: ['expérience', 'travail', 'emploi'],
  es: ['experiencia', 'trabajo', 'empleo'],
};
/** ...or when a minimum word comes before it ("Minimum three years" [S001:82]). */
export const MINIMUM_WORDS: Record<Language, string[]> = {
  en: ['minimum of', 'minimum', 'at least', 'no less than', 'not less than'],
  fr: ['un minimum de', 'au minimum', 'au moins', 'minimum de', 'minimum'],
  es: ['un mínimo de', 'como mínimo', 'al menos', 'mínimo de', 'mínimo'],
};
/**
 * Words before the number (optionally followed by an APPROXIMATOR) that make
 * the phrase a statement about someone's history, not a requirement: "the
 * organization has over 40 years of experience" [S000:27], "within the last
 * five years".
 */
export const NOT_REQUIREMENT_BEFORE: Record<Language, string[]> = {
  en: ['has', 'have', 'had', 'possesses', 'brings', 'past', 'last', 'since'],
  fr: ['a', 'ont', 'avait', 'possède', 'cumule', 'compte', 'depuis', 'derniers', 'dernières'],
  es: ['tiene', 'tienen', 'cuenta con', 'desde hace', 'hace', 'últimos'],
};
/** Approximators that may sit between NOT_REQUIREMENT_BEFORE and the number ("has over 40"). */
export const APPROXIMATORS: Record<Language, string[]> = {
  en: ['over', 'more than', 'nearly', 'almost', 'about', 'some', 'the past', 'the last'],
  fr: ['plus de', 'près de', 'environ', 'les', 'les derniers'],
  es: ['más de', 'casi', 'cerca de', 'los', 'los últimos'],
};

/** "three to five years", "trois à cinq ans", "tres a cinco años": the lower bound is the minimum. */
export const RANGE_WORDS: Record<Language, string[]> = {
  en: ['to'],
  fr: ['à'],
  es: ['a'],
};

/** Words that tie a year phrase to the degree after it: "five years for bachelor's degree holders" [S001:82]. */
export const FORWARD_BINDERS: Record<Language, string[]> = {
  en: ['for', 'with'],
  fr: ['pour', 'avec'],
  es: ['para', 'con'],
};

/** Competency level words ("Level 2" [S000:105], "Niveau 3" [S003:117], "nivel 2" [A]). */
export const LEVEL_WORDS: Record<Language, string[]> = {
  en: ['level'],
  fr: ['niveau'],
  es: ['nivel'],
};

// ---------------------------------------------------------------------------
// Tier paragraph (§4.2, §5 tier-consistency). Regex sources, matched
// case-insensitively on the repaired text, per language.

export interface TierPatterns {
  /** "the following are considered first-tier candidates:" (T3). */
  listSentence: string;
  /** The second-tier sentence ("Second-tier candidates include:"). */
  secondTier: string;
  /** The exception clause of the second-tier sentence ("except …"). */
  except: string;
  /** External female candidates as a first-tier item. */
  femaleItem: string;
  /** Female candidates inside the exception clause (T1). */
  femaleExclusion: string;
  /** NRMS as a first-tier item or in the exception clause (T2). */
  nrms: string;
  /** Internal candidates as a first-tier item. */
  internalItem: string;
  /** The national form: "internal candidates are considered first-tier candidates" (T4). */
  nationalForm: string;
  /** "particularly qualified female candidates" in the opening sentence (international form, T4). */
  femaleWelcome: string;
  /** The tier name used by the notice (T6). */
  tierTerm: string;
  /** Other vocabulary for the same thing (T6): FR "prioritaires" [S003:27]. */
  otherTerm?: string;
  /** Replacement for `otherTerm` in a T6 fix. */
  otherTermFix?: string;
}

export const TIER_PATTERNS: Record<Language, TierPatterns> = {
  en: {
    listSentence: String.raw`\bthe following (?:are|is) considered (?:as )?first[-\s]tier candidates\b`,
    secondTier: String.raw`\bsecond[-\s]tier candidates (?:include|are)\b`,
    except: String.raw`\bexcept(?:ing)?\b`,
    femaleItem: String.raw`\bfemale\b`,
    femaleExclusion: String.raw`\bfemale candidates\b`,
    nrms: String.raw`\bnon[-\s]?represented\b|\bnot represented\b`,
    internalItem: String.raw`^internal candidates\b`,
    nationalForm: String.raw`\binternal candidates are considered (?:as )?first[-\s]tier candidates\b`,
    femaleWelcome: String.raw`\bparticularly qualified female candidates\b`,
    tierTerm: String.raw`\bfirst[-\s]tier\b`,
    otherTerm: String.raw`\bpriority candidates\b`,
    otherTermFix: 'first-tier candidates',
  },
  fr: {
    listSentence: String.raw`\bles candidats suivants sont considérés comme (?:candidats de premier niveau|prioritaires)\b`,
    secondTier: String.raw`\bles candidats de deuxième niveau (?:comprennent|sont)\b`,
    // "exception" only: 003:35 has "Ă  l’exception" before the repair
    except: String.raw`\bexception\b|\bsauf\b`,
    femaleItem: String.raw`\bcandidates\b|\bfemmes\b`,
    femaleExclusion: String.raw`\b(?:et|ainsi que) des candidates\b|\bcandidates externes\b`,
    nrms: String.raw`\bnon[\s\u00A0-]*repr`,
    internalItem: String.raw`^candidats internes\b`,
    nationalForm: String.raw`\bles candidats internes sont considérés comme (?:des )?candidats de premier niveau\b`,
    femaleWelcome: String.raw`\bnotamment celles de candidates qualifi`,
    tierTerm: String.raw`\bpremier niveau\b`,
    otherTerm: String.raw`\bprioritaires\b`,
    otherTermFix: 'candidats de premier niveau',
  },
  es: {
    listSentence: String.raw`\bse consideran candidatos de primer nivel (?:a )?los siguientes\b|\blos siguientes (?:candidatos )?se consideran (?:candidatos )?de primer nivel\b`,
    secondTier: String.raw`\bson candidatos de segundo nivel\b|\blos candidatos de segundo nivel (?:incluyen|son)\b`,
    except: String.raw`\bexcepto\b|\bsalvo\b|\bcon excepción\b`,
    femaleItem: String.raw`\bcandidatas\b|\bmujeres\b`,
    femaleExclusion: String.raw`\by (?:las )?candidatas\b|\bcandidatas externas\b`,
    nrms: String.raw`\bno representados\b|\bno están representados\b`,
    internalItem: String.raw`^candidatos internos\b`,
    nationalForm: String.raw`\bse consideran candidatos de primer nivel los candidatos internos\b|\blos candidatos internos se consideran (?:candidatos )?de primer nivel\b`,
    femaleWelcome: String.raw`\ben particular de candidatas calificadas\b`,
    tierTerm: String.raw`\bprimer nivel\b`,
    otherTerm: String.raw`\bcandidatos prioritarios\b`,
    otherTermFix: 'candidatos de primer nivel',
  },
};

/** Text added to the exception clause by the T1 fix (§4.2, §5 T1). */
export const FEMALE_EXCLUSION_TEXT: Record<Language, string> = {
  en: ' and female candidates',
  fr: ' et des candidates',
  es: ' y las candidatas',
};
