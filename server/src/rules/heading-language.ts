/**
 * `heading-language` · warning
 *
 * A section heading is written in another language than the notice (rule
 * book §0 "Language", §3.2): a Spanish notice with English headings
 * ("Education" instead of "Educación"). The heading is still recognised — the
 * section is not reported missing — but the notice reads as a mix of two
 * templates. Headings whose text is the same in the notice language ("Notes"
 * in EN and FR, "Introduction", "Qualifications") are fine.
 *
 * ok:      seed 003 (FR headings in an FR notice).
 * not ok:  "Responsibilities" in a Spanish notice: "Heading “Responsibilities” is in English; this notice is in Spanish (“Responsabilidades”)."
 *
 * Fix (quick): replace the heading text (markup such as `#`, `**` and the
 * trailing colon kept) with the notice-language heading; a competency heading
 * keeps its level ("Level 2" → "Nivel 2" style via the template heading).
 */
import { sectionById } from '../template/sections.js';
import { standardHeading, fillPlaceholders } from '../template/texts.js';
import { LEVEL_TAIL, LEVELLED_SECTIONS } from '../template/heading-tails.js';
import type { HeadingInfo, Language } from '../notice/tree.js';
import type { SectionDef } from '../template/types.js';
import { defineRule } from './rule.js';
import { fillTemplate, sectionsOf } from './structure.js';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'French', es: 'Spanish' };

export default defineRule(
  {
    id: 'heading-language',
    severity: 'warning',
    fixable: 'quick',
    description: 'A section heading is in another language than the notice.',
  },
  ({ tree, report }) => {
    const language = tree.data.language;
    const text = tree.data.text;
    for (const section of sectionsOf(tree)) {
      const def = sectionById(section.id);
      const headings = [...section.wrappers.filter((wrapper) => wrapper.languages?.length), ...(section.heading ? [section.heading] : [])];
      for (const heading of headings) {
        if (heading.style === 'opener' || !def) continue;
        const languages = heading.languages ?? (heading.language ? [heading.language] : []);
        if (languages.length === 0 || languages.includes(language)) continue;
        const replacement = replacementFor(def, heading, language, (value) => fillTemplate(tree, value)).replace(/[\s\u00A0]*[:.]$/, '');
        const span = heading.textSpan ?? heading.span;
        const written = languages.map((l) => LANGUAGE_NAMES[l]).join(' / ');
        const same = text.slice(span.start, span.end) === heading.text;
        report({
          message: `Heading “${heading.text}” is in ${written}; this notice is in ${LANGUAGE_NAMES[language]} (“${replacement}”).`,
          start: heading.span.start,
          end: heading.span.end,
          suggestions: same ? [{ desc: `Write “${replacement}”`, fix: { range: [span.start, span.end], text: replacement } }] : [],
        });
      }
    }
  },
);

/** The notice-language heading: the template heading for headings with a tail (level kept), else the section's name. */
function replacementFor(def: SectionDef, heading: HeadingInfo, language: Language, fill: (value: string) => string): string {
  if (heading.tail) {
    let standard = standardHeading(def.id, language);
    if (standard && LEVELLED_SECTIONS.has(def.id) && !standard.includes('${level}')) standard += LEVEL_TAIL[language];
    if (standard) {
      const level = /\b(?:level|niveau|nivel)[\s\u00A0]*(\d)/i.exec(heading.tail)?.[1];
      return level ? fillPlaceholders(standard, { level }, true) : fill(standard);
    }
  }
  const variant = def.variants.find((candidate) => candidate.language === language && !candidate.onlyInside);
  return variant?.text ?? def.names[language];
}
