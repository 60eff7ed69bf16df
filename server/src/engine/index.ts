export { lint, ruleSetting, withoutStackTraces, type LintResult } from './lint.js';
export { applyFixes, fixText, MAX_FIX_PASSES, type FixResult } from './fix.js';
export type * from './types.js';
export { RULES, ruleById } from '../rules/index.js';
