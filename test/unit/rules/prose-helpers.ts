/** Helpers of the prose-rule tests: lint one rule, apply its fixes, read seeds. */
import { fixText, lint } from '../../../server/src/engine/index.js';
import type { LintMessage, VnlintConfig } from '../../../server/src/engine/index.js';
import type { Language } from '../../../server/src/notice/tree.js';

export const PROSE_RULES = ['repeated-word', 'quote-style', 'french-spacing', 'indefinite-article', 'inclusive-title', 'gendered-wording'] as const;

export const HEADINGS: Record<Language, { context: string; responsibilities: string }> = {
  en: { context: 'Context', responsibilities: 'Responsibilities' },
  fr: { context: 'Contexte', responsibilities: 'Responsabilités' },
  es: { context: 'Contexto', responsibilities: 'Responsabilidades' },
};

/** A small body-only notice: the text as a Context paragraph. */
export function noticeWith(language: Language, paragraph: string): string {
  return `${HEADINGS[language].context}\n\n${paragraph}`;
}

export function findings(text: string, ruleId: string, config: VnlintConfig = {}): LintMessage[] {
  return lint(text, { only: [ruleId], config }).messages.filter((message) => message.ruleId === ruleId);
}

/** The text after `--fix` with only this rule. */
export function fixed(text: string, ruleId: string, config: VnlintConfig = {}): string {
  return fixText(text, { only: [ruleId], config }).output;
}

/** The text a finding covers. */
export function covered(text: string, message: LintMessage): string {
  return text.slice(message.range[0], message.range[1]);
}

export function lang(language: Language, rules: VnlintConfig['rules'] = {}): VnlintConfig {
  return { language, rules };
}
