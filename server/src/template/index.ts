/**
 * The IOM template as data (rule book ../../../shared/template/RULEBOOK.md).
 * Rules and fixes import from here (or from the single modules); they never
 * hard-code headings, labels, texts or tables.
 */
export type * from './types.js';
export * from './sections.js';
export * from './fields.js';
export * from './requirements.js';
export * from './texts.js';
export * from './competencies.js';
export * from './grades.js';
export * from './numbers.js';
export * from './notice-types.js';
export * from './nrms.js';
export * from './months.js';
export * from './countries.js';
export * from './header-values.js';
export * from './boilerplate.js';
