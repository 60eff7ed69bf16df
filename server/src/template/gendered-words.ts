/**
 * Gender-coded wording in job advertisements, for the `gendered-wording` rule.
 *
 * Source: Danielle Gaucher, Justin Friesen and Aaron C. Kay (2011), "Evidence
 * That Gendered Wording in Job Advertisements Exists and Sustains Gender
 * Inequality", Journal of Personality and Social Psychology 101(1), 109–128,
 * doi:10.1037/a0022530 — Appendix, the masculine and feminine word lists
 * (agentic and communal words drawn from Bem 1974, Hoffman & Hurst 1990 and
 * related work). Entries ending in `*` are stems (prefixes), as in the paper.
 * The study found that masculine-coded wording makes jobs less appealing to
 * women and lowers their anticipated belonging; feminine-coded wording had no
 * such effect on men. English only: no published lists for French or Spanish.
 *
 * Also here: the recruitment tuning of retext-equality (official titles that
 * must never be reported, phrases it should not report in a vacancy notice).
 */

/** Masculine-coded words and stems (Gaucher, Friesen & Kay 2011, Appendix). */
export const MASCULINE_CODED: readonly string[] = [
  'active', 'adventurous', 'aggress*', 'ambitio*', 'analy*', 'assert*', 'athlet*', 'autonom*', 'boast*', 'challeng*',
  'compet*', 'confident', 'courag*', 'decide', 'decisive', 'decision*', 'determin*', 'dominant', 'domina*', 'force*',
  'greedy', 'headstrong', 'hierarch*', 'hostil*', 'impulsive', 'independen*', 'individual*', 'intellect*', 'lead*',
  'logic', 'masculine', 'objective', 'opinion', 'outspoken', 'persist', 'principle*', 'reckless', 'stubborn',
  'superior', 'self-confiden*', 'self-relian*', 'self-sufficien*',
];

/** Feminine-coded words and stems (Gaucher, Friesen & Kay 2011, Appendix). */
export const FEMININE_CODED: readonly string[] = [
  'affectionate', 'child*', 'cheer*', 'commit*', 'communal', 'compassion*', 'connect*', 'considerate', 'cooperat*',
  'depend*', 'emotiona*', 'empath*', 'feminine', 'flatterable', 'gentle', 'honest', 'interpersonal', 'interdependen*',
  'interpersona*', 'kind', 'kinship', 'loyal*', 'modesty', 'nag', 'nurtur*', 'pleasant*', 'polite', 'quiet*', 'respon*',
  'sensitiv*', 'submissive', 'support*', 'sympath*', 'tender*', 'together*', 'trust*', 'understand*', 'warm*', 'whin*',
  'yield*',
];

export const GENDERED_WORDS_CITATION =
  'Gaucher, Friesen & Kay (2011), Journal of Personality and Social Psychology 101(1):109–128';

/**
 * Sections whose wording the drafter writes. The standard texts (introduction,
 * tier paragraph, values, competencies, notes) are mandatory template text and
 * are not counted: nobody drafting a notice can change "Courage" or
 * "Leadership" [A].
 */
export const GENDERED_COUNTED_SECTIONS: readonly string[] = [
  'preamble', 'context', 'responsibilities', 'education', 'experience', 'skills', 'languages',
  'vol-context', 'vol-task', 'vol-required-experience', 'vol-relevant-experience', 'vol-skills', 'vol-expertise',
];

/** Words that contain a coded stem but are not coded in a vacancy notice ("independent evaluation", "dependants"). */
export const GENDERED_WORD_EXCEPTIONS: readonly string[] = [
  'competency', 'competencies', 'dependent', 'dependents', 'dependants', 'dependant', 'depending', 'depends',
  'children', 'child', 'responsibilities', 'responsibility', 'response', 'responses', 'connection', 'connections',
];

/**
 * Official titles and terms that retext-equality must never report in a
 * vacancy notice (matched case-insensitively as whole phrases) [A].
 */
export const OFFICIAL_TITLES_ALLOWLIST: readonly string[] = [
  'Chief of Mission', 'Head of Office', 'Head of Sub-Office', 'Chief of Staff', 'Head of Unit', 'Head of Programme',
  'Head of Department', 'Chairperson', 'Ombudsperson', 'Master’s degree', "Master's degree", 'Masters degree',
  'host government', 'host governments', 'host community', 'host communities', 'host country', 'host countries',
  'maternity leave', 'paternity leave', 'fellowship programme', 'fellowship program',
];

/**
 * retext-equality phrases not reported in vacancy notices: beneficiary groups
 * (programmes for women, girls, mothers), "actors" (development actors),
 * "host" (host communities), "master" (degrees), "mental" (mental health),
 * "asylum" (asylum seekers), "special" (special short-term contracts) [A].
 */
export const EQUALITY_IGNORE: readonly string[] = [
  'actor', 'actors', 'actress', 'actresses', 'host', 'hosts', 'hostess', 'hostesses', 'master', 'masters', "master's",
  'mental', 'maternity', 'paternity', 'maternal', 'paternal', 'woman', 'women', 'girl', 'girls', 'boy', 'boys',
  'mother', 'mothers', 'father', 'fathers', 'widow', 'widows', 'widower', 'widowers', 'husband', 'husbands', 'wife',
  'wives', 'daughter', 'daughters', 'son', 'sons', 'brother', 'brothers', 'sister', 'sisters', 'fellowship',
  'asylum', 'special',
];
