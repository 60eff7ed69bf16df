/**
 * NRMS country names (rule book §6.4, `countryNames`) for `nrms-list` and the
 * `${NRMS}` placeholder of the tier paragraph (§4.2). All FR and ES names are
 * [A]. A row's first FR/ES name fills `${NRMS}`; later names are also accepted.
 */
import type { Language } from './types.js';

export interface CountryRow {
  names: Record<Language, string[]>;
  /** In the default list [S000:19] (the first 29 rows, in its order). */
  inDefaultList: boolean;
}

const row = (en: string, fr: string, es: string, inDefaultList = true): CountryRow => ({
  names: { en: [en], fr: fr.split('; '), es: es.split('; ') },
  inDefaultList,
});

/** §6.4 table, in its order. */
export const COUNTRY_NAMES: CountryRow[] = [
  row('Bahamas', 'Bahamas', 'Bahamas'),
  row('Barbados', 'Barbade', 'Barbados'),
  row('Comoros', 'Comores', 'Comoras'),
  row('Congo (the)', 'Congo', 'Congo'),
  row('Cook Islands', 'Îles Cook', 'Islas Cook'),
  row('Dominica', 'Dominique', 'Dominica'),
  row('Federated States of Micronesia', 'États fédérés de Micronésie', 'Estados Federados de Micronesia'),
  row('Grenada', 'Grenade', 'Granada'),
  row('Guinea-Bissau', 'Guinée-Bissau', 'Guinea-Bissau; Guinea-Bisáu'),
  row('Holy See', 'Saint-Siège', 'Santa Sede'),
  row('Iceland', 'Islande', 'Islandia'),
  row('Israel', 'Israël', 'Israel'),
  row('Kiribati', 'Kiribati', 'Kiribati'),
  row('Marshall Islands', 'Îles Marshall', 'Islas Marshall'),
  row('Namibia', 'Namibie', 'Namibia'),
  row('Nauru', 'Nauru', 'Nauru'),
  row('Palau', 'Palaos', 'Palaos'),
  row('Saint Kitts and Nevis', 'Saint-Kitts-et-Nevis', 'Saint Kitts y Nevis'),
  row('Saint Lucia', 'Sainte-Lucie', 'Santa Lucía'),
  row('Samoa', 'Samoa', 'Samoa'),
  row('Sao Tome and Principe', 'Sao Tomé-et-Principe', 'Santo Tomé y Príncipe'),
  row('Seychelles', 'Seychelles', 'Seychelles'),
  row('Solomon Islands', 'Îles Salomon', 'Islas Salomón'),
  row('Suriname', 'Suriname', 'Suriname; Surinam'),
  row('Timor-Leste', 'Timor-Leste', 'Timor-Leste; Timor Oriental'),
  row('Tonga', 'Tonga', 'Tonga'),
  row('Trinidad and Tobago', 'Trinité-et-Tobago', 'Trinidad y Tabago; Trinidad y Tobago'),
  row('Tuvalu', 'Tuvalu', 'Tuvalu'),
  row('Vanuatu', 'Vanuatu', 'Vanuatu'),
  // Added by [S003:32]:
  row('Antigua and Barbuda', 'Antigua-et-Barbuda', 'Antigua y Barbuda', false),
  row('Madagascar', 'Madagascar', 'Madagascar', false),
];

/** The default NRMS list [S000:19] (29 EN names, in order). */
export const DEFAULT_NRMS_LIST: string[] = COUNTRY_NAMES.filter((r) => r.inDefaultList).map((r) => r.names.en[0]!);

/** Date of the default list's source (000/001 are 2025 copies; the iom.int page is April 2022). */
export const DEFAULT_NRMS_SOURCE = 'S000:19';

const ARTICLE_SUFFIX = /\s*\((?:the|le|la|el)\)\s*$/;
// a leading article is a whole word ("Laos" and "Lesotho" keep their first letters)
const ARTICLE_PREFIX = /^(?:(?:the|le|la|les|el|los|las) |l' ?)/;

/**
 * Loose form of a country name (§5 nrms-list): case, accents, hyphen against
 * space and an article ("(the)", "(le)", "(la)", "(el)", or a leading "the",
 * "le", "la", "les", "l’", "el", "los", "las") are ignored. A name with no
 * separator ("GuineaBissau") stays different.
 */
export function looseCountryName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[-\u2010\u2011\u2013\s\u00A0]+/g, ' ')
    .trim()
    .replace(ARTICLE_SUFFIX, '')
    .replace(ARTICLE_PREFIX, '')
    .trim();
}

/**
 * The row for a country name: exact name in `lang` first, then in the other
 * languages, then loose matching (§5 nrms-list).
 */
export function findCountry(name: string, lang?: Language): CountryRow | undefined {
  const order: Language[] = lang ? [lang, ...(['en', 'fr', 'es'] as Language[]).filter((l) => l !== lang)] : ['en', 'fr', 'es'];
  const trimmed = name.trim();
  for (const language of order) {
    const hit = COUNTRY_NAMES.find((r) => r.names[language].includes(trimmed));
    if (hit) return hit;
  }
  const loose = looseCountryName(trimmed);
  for (const language of order) {
    const hit = COUNTRY_NAMES.find((r) => r.names[language].some((n) => looseCountryName(n) === loose));
    if (hit) return hit;
  }
  return undefined;
}

/** Text for `${NRMS}` in a language: the first name of each row, joined with ", " (as in 000:19, 003:32). */
export function nrmsListText(lang: Language, list: string[] = DEFAULT_NRMS_LIST): string {
  return list.map((en) => findCountry(en, 'en')?.names[lang][0] ?? en).join(', ');
}

/**
 * Words that join the last two names of a list ("…, Tuvalu and Vanuatu") [A].
 * A name that contains one ("Trinidad and Tobago") is looked up whole first.
 */
export const NRMS_LIST_CONJUNCTIONS: Record<Language, string[]> = {
  en: ['and'],
  fr: ['et'],
  es: ['y', 'e'],
};

/** A §6.4 row as written in config (`countryNames`): each language a name, a list, or "a; b" alternatives. */
export interface CountryRowInput {
  en?: string | string[];
  fr?: string | string[];
  es?: string | string[];
}

/** A country row from config; undefined when it has no name at all. A missing language falls back to the EN name. */
export function countryRowFrom(input: CountryRowInput, inDefaultList = false): CountryRow | undefined {
  const names = (value: unknown): string[] =>
    (Array.isArray(value) ? value : [value])
      .filter((name): name is string => typeof name === 'string')
      .flatMap((name) => name.split(';'))
      .map((name) => name.trim())
      .filter(Boolean);
  const en = names(input.en);
  const fr = names(input.fr);
  const es = names(input.es);
  const first = en[0] ?? fr[0] ?? es[0];
  if (first === undefined) return undefined;
  return { names: { en: en.length ? en : [first], fr: fr.length ? fr : [first], es: es.length ? es : [first] }, inDefaultList };
}

/**
 * §1 Category: an NRMS list means an international post. The list's lead-in
 * (§4.2: "Candidates from the following IOM Member States that are not
 * represented among staff members…", "…des États membres non représentés
 * suivants", "…que no están representados en el personal…"), as the words
 * that find it; "non représent" also covers "non représentées".
 */
export const NRMS_LIST_PHRASES: Record<Language, string[]> = {
  en: ['not represented among staff members'],
  fr: ['non représent'],
  es: ['no están representados'],
};

