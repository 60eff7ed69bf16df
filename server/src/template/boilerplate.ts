/**
 * Outdated boilerplate (rule book §5 `outdated-boilerplate`, optional): the
 * pre-2016 introduction, written before IOM became a Related Organization of
 * the United Nations (September 2016), and a stale member-state count.
 *
 * Evidence:
 * - EN "Established in 1951, IOM is the leading inter-governmental
 *   organization in the field of migration and works closely with
 *   governmental, intergovernmental and non-governmental partners." [C] (rule
 *   book); verbatim on cyprus.iom.int "IOM Globally" [V], followed by "With 166
 *   member states, a further 8 states holding observer status…".
 * - FR "Créée en 1951, l’OIM est la principale organisation
 *   intergouvernementale dans le domaine de la migration et travaille en
 *   étroite collaboration avec des partenaires gouvernementaux,
 *   intergouvernementaux et non gouvernementaux." [S004:15], "Avec 174 États
 *   membres…" [S004:15].
 * - ES "La OIM, creada en 1951, es la principal organización
 *   intergubernamental en el ámbito de la migración y trabaja en estrecha
 *   colaboración con asociados gubernamentales, intergubernamentales y no
 *   gubernamentales." and "Cuenta con 174 Estados Miembros…" on
 *   argentina.iom.int/es/quienes-somos [V].
 *
 * The current introduction (§4.1, texts.ts) states no member-state count;
 * MEMBER_STATES is the count a stale one is compared with [A] (the
 * `outdated-boilerplate` option `memberStates` overrides it).
 */
import { standardText } from './texts.js';
import type { Language } from './types.js';
import { uniformShapes } from './shape.js';

export interface OutdatedIntroduction {
  language: Language;
  /** The phrase that marks the pre-2016 wording (matched case-insensitively, ’ = '). */
  phrase: RegExp;
  /** The whole pre-2016 sentence, when a fix can replace it one for one with the current first sentence. */
  sentence?: RegExp;
  source: string;
}

const APOS = `['’]`;
const SP = `[ \\u00A0]+`;

export const OUTDATED_INTRODUCTIONS: OutdatedIntroduction[] = uniformShapes([
  {
    language: 'en',
    phrase: /\bthe leading inter-?governmental organi[sz]ation\b/i,
    // No sentence: the current EN wording splits this sentence's content over two sentences
    // ("…the leading UN agency in the field of migration. Working closely with … partners, IOM promotes…").
    source: 'C; V cyprus.iom.int',
  },
  {
    language: 'fr',
    phrase: /\bla principale organisation intergouvernementale\b/i,
    sentence: new RegExp(
      `(?:Créée|Fondée|Établie|Etablie)${SP}en${SP}1951,${SP}l${APOS}OIM${SP}est${SP}la${SP}principale${SP}organisation${SP}intergouvernementale${SP}dans${SP}le${SP}domaine${SP}de${SP}la${SP}migration,?${SP}et${SP}travaille${SP}en${SP}étroite${SP}collaboration${SP}avec${SP}(?:des|ses)${SP}partenaires${SP}gouvernementaux,${SP}intergouvernementaux${SP}et${SP}non${SP}gouvernementaux\\.`,
      'i',
    ),
    source: 'S004:15',
  },
  {
    language: 'es',
    phrase: /\b(?:es|como)\s+la\s+principal\s+organización\s+intergubernamental\b/i,
    // No sentence: there is no ES reference introduction (§4), so no fix.
    source: 'V argentina.iom.int/es/quienes-somos',
  },
]);

/**
 * "174 États membres", "With 166 member states", "174 Estados Miembros": the
 * count is group 1. Not "the 193 Member States of the United Nations".
 */
const NOT_UN = `(?![ \\u00A0]+(?:of|de|des|du)[ \\u00A0]+(?:the[ \\u00A0]+|l[’']|las[ \\u00A0]+)?(?:United[ \\u00A0]+Nations|Nations[ \\u00A0]+Unies|Naciones[ \\u00A0]+Unidas|UN\\b|ONU\\b|organisation[ \\u00A0]+des[ \\u00A0]+Nations))`;
export const MEMBER_STATE_COUNT: Record<Language, RegExp> = {
  en: new RegExp(`\\b(\\d{2,3})[ \\u00A0]+(?:IOM[ \\u00A0]+)?member[ \\u00A0]+states\\b${NOT_UN}`, 'gi'),
  fr: new RegExp(`(?<!\\d)(\\d{2,3})[ \\u00A0]+[ÉE]tats[ \\u00A0]+membres\\b${NOT_UN}`, 'gi'),
  es: new RegExp(`(?<!\\d)(\\d{2,3})[ \\u00A0]+Estados[ \\u00A0]+Miembros\\b${NOT_UN}`, 'gi'),
};

/** A count is IOM's only when its sentence names IOM (EN "IOM", FR/ES "OIM") … */
export const IOM_NAME = /\b(?:IOM|OIM)\b/;
/** … and it is a plausible IOM membership (128 in 2008, 157 in 2015, 175 in 2023; ECOWAS has 15) [A]. */
export const MEMBER_STATES_PLAUSIBLE: [number, number] = [100, 250];

/**
 * IOM's current number of Member States [A]: 175 since 2022–2023 (several
 * reference pages, 2023–2024; no seed states it). The rule book calls "174
 * États membres" [S004:15] stale. Configurable (`memberStates`).
 */
export const MEMBER_STATES = { count: 175, asOf: '2024' };

/** The current introduction's first sentence in a language (§4.1), the replacement for a pre-2016 sentence. */
export function currentIntroductionSentence(language: Language): string | undefined {
  const first = standardText('introduction', language)?.lines[0];
  if (!first) return undefined;
  const end = first.indexOf('. ');
  return end === -1 ? first : first.slice(0, end + 1);
}
