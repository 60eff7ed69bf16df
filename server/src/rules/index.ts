/** The rule registry: every rule, in documentation order. Nothing else. */
import type { Rule } from './rule.js';
import missingSection from './missing-section.js';

export const RULES: readonly Rule[] = [missingSection];

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
