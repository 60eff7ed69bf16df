/**
 * `outdated-boilerplate` · info (optional rule, rule book §5)
 *
 * The opening paragraphs use the current IOM boilerplate:
 * - the pre-2016 introduction, from before IOM became a Related Organization
 *   of the United Nations: EN "IOM is the leading inter-governmental
 *   organization in the field of migration" [C], FR "l’OIM est la principale
 *   organisation intergouvernementale" [S004:15], ES "es la principal
 *   organización intergubernamental" [V];
 * - a member-state count other than the current one ("174 États membres"
 *   [S004:15]; "With 166 member states"); the current count is template data
 *   (template/boilerplate.ts, 175 [A]) and the option `memberStates`. A count
 *   is IOM's only when its sentence names IOM/OIM, it lies in 100–250 [A],
 *   it is not "… of the United Nations", and it stands in the introduction
 *   (or in a paragraph with 1951 or the pre-2016 wording).
 * Only the paragraphs of the first sections (preamble, introduction, the
 * volunteer "Mission et objectifs", context) are read. Phrases are template
 * data (template/boilerplate.ts), not literals of this rule.
 *
 * Why: the pre-2016 wording misstates IOM's status, and a member-state count
 * dates the notice.
 *
 * ok:      [S003:21] "Fondée en 1951, l’OIM est une organisation apparentée aux Nations Unies…";
 *          [S000:7].
 * not ok:  [S004:15] "Créée en 1951, l’OIM est la principale organisation intergouvernementale
 *          dans le domaine de la migration…" and "Avec 174 États membres…" (two findings).
 *
 * Fix (quick): the count becomes the current one ("174" → "175"); an FR
 * pre-2016 first sentence is replaced by the first sentence of the §4.1
 * introduction, which says the same thing in the current wording. EN and ES
 * get no fix for the sentence: the current EN wording spreads it over two
 * sentences, and ES has no reference text (§4).
 */
import type { Suggestion } from '../engine/types.js';
import type { NoticeRoot, ParagraphNode } from '../notice/tree.js';
import { currentIntroductionSentence, IOM_NAME, MEMBER_STATE_COUNT, MEMBER_STATES, MEMBER_STATES_PLAUSIBLE, OUTDATED_INTRODUCTIONS } from '../template/boilerplate.js';
import type { Language } from '../template/types.js';
import { defineRule } from './rule.js';

/** Sections whose paragraphs may hold the introduction. */
const INTRO_SECTIONS = new Set(['preamble', 'introduction', 'vol-mission', 'context']);
/** Sections that are the introduction itself (elsewhere a count needs the paragraph to mention 1951). */
const INTRODUCTION_ONLY = new Set(['preamble', 'introduction', 'vol-mission']);
const SENTENCE_END = /[.!?](?=[\s\u00A0]|$)/g;
/** How many sections from the top, and paragraphs in all, are read. */
const MAX_SECTIONS = 4;
const MAX_PARAGRAPHS = 8;

const LANGUAGES: Language[] = ['en', 'fr', 'es'];
/** Outdated introductions, the notice language first. */
const INTRO_ORDER: Record<Language, typeof OUTDATED_INTRODUCTIONS> = {
  en: order('en'),
  fr: order('fr'),
  es: order('es'),
};
const REPLACEMENT: Partial<Record<Language, string>> = {};
for (const language of LANGUAGES) {
  const sentence = currentIntroductionSentence(language);
  if (sentence) REPLACEMENT[language] = sentence;
}
/** Cheap gate before the phrase patterns: every outdated phrase and count mentions one of these words. */
const GATE = /intergouvernementale|inter-?governmental|intergubernamental|member|membres|miembros/i;

export default defineRule(
  {
    id: 'outdated-boilerplate',
    severity: 'info',
    fixable: 'quick',
    type: 'suggestion',
    description: 'The introduction uses outdated boilerplate (pre-2016 wording, an old member-state count).',
  },
  ({ tree, report, options }) => {
    const current = typeof options.memberStates === 'number' && options.memberStates > 0 ? options.memberStates : MEMBER_STATES.count;
    const language = tree.data.language;
    let paragraphs = 0;
    let sections = 0;
    for (const child of tree.children) {
      if (child.type !== 'section') continue;
      if (++sections > MAX_SECTIONS) break;
      if (!INTRO_SECTIONS.has(child.id)) continue;
      for (const block of child.children) {
        if (block.type !== 'paragraph' || block.noise) continue;
        if (++paragraphs > MAX_PARAGRAPHS) return;
        if (GATE.test(block.value)) check(block, INTRODUCTION_ONLY.has(child.id));
      }
    }

    function check(paragraph: ParagraphNode, introduction: boolean) {
      const value = paragraph.value;
      let outdated = false;
      for (const intro of INTRO_ORDER[language]) {
        const phrase = intro.phrase.exec(value);
        if (!phrase) continue;
        outdated = true;
        const sentence = intro.sentence?.exec(value);
        const replacement = REPLACEMENT[intro.language];
        const [start, end] = sentence ? offsets(tree, paragraph, sentence.index, sentence.index + sentence[0].length) : offsets(tree, paragraph, phrase.index, phrase.index + phrase[0].length);
        const suggestions: Suggestion[] | undefined =
          sentence && replacement && intro.language === language
            ? [{ desc: 'Replace with the current introduction sentence', fix: { range: [start, end], text: replacement } }]
            : undefined;
        report({
          message: `Pre-2016 introduction: “${phrase[0]}” predates IOM’s status as a Related Organization of the United Nations (2016); the current introduction begins “${shorten(REPLACEMENT[intro.language] ?? REPLACEMENT.en!)}”.`,
          start,
          end,
          ...(suggestions ? { suggestions } : {}),
        });
        break;
      }
      // a count elsewhere than in the introduction is IOM's only in a paragraph that is one (1951, the old wording)
      if (!introduction && !outdated && !value.includes('1951')) return;
      for (const countLanguage of LANGUAGES) {
        const pattern = MEMBER_STATE_COUNT[countLanguage];
        pattern.lastIndex = 0;
        for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
          const count = Number(match[1]);
          if (count === current || count < MEMBER_STATES_PLAUSIBLE[0] || count > MEMBER_STATES_PLAUSIBLE[1]) continue;
          if (!IOM_NAME.test(sentenceAround(value, match.index))) continue;
          const digitsAt = match.index + match[0].indexOf(match[1]!);
          const [start, end] = offsets(tree, paragraph, match.index, match.index + match[0].length);
          const [digitsStart, digitsEnd] = offsets(tree, paragraph, digitsAt, digitsAt + match[1]!.length);
          const clean = tree.data.text.slice(digitsStart, digitsEnd) === match[1];
          report({
            message: `Outdated member-state count: “${match[0]}”; IOM has ${current} Member States (setting memberStates).`,
            start,
            end,
            ...(clean ? { suggestions: [{ desc: `Write ${current}`, fix: { range: [digitsStart, digitsEnd] as [number, number], text: String(current) } }] } : {}),
          });
        }
      }
    }
  },
);

function order(language: Language) {
  return [...OUTDATED_INTRODUCTIONS.filter((intro) => intro.language === language), ...OUTDATED_INTRODUCTIONS.filter((intro) => intro.language !== language)];
}

/** Original offsets of [from, to) inside a paragraph's (view) value. */
function offsets(tree: NoticeRoot, paragraph: ParagraphNode, from: number, to: number): [number, number] {
  const view = tree.data.view;
  const base = (paragraph.data as { viewStart?: number } | undefined)?.viewStart;
  if (base === undefined) {
    const start = paragraph.position.start.offset ?? 0;
    return [start + from, start + to];
  }
  return [view.toOriginal(base + from), view.toOriginal(base + to)];
}

/** The sentence holding `index` (from the previous sentence end to the next one). */
function sentenceAround(text: string, index: number): string {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    if (match.index < index) start = match.index + 1;
    else {
      end = match.index + 1;
      break;
    }
  }
  return text.slice(start, end);
}

function shorten(sentence: string): string {
  const words = sentence.split(' ');
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : sentence;
}
