/**
 * The eligibility tables (rule book §6.1, §6.2) with the user's overrides
 * from config `tables` (documented in docs/rules/grade-experience.md and
 * docs/rules/competency-level.md):
 *
 *   "tables": {
 *     "gradeMinExperience": { "P-3": { "advanced": 4, "firstLevel": 6 } }   // or an array of rows with "grade"
 *     "competencyLevelByGrade": { "P-3": 3 }                                   // or { "P-3": { "level": 3 } }
 *     "maxYearsAboveMinimum": 3,
 *     "firstDegreeExtraYears": 2,
 *     "secondaryExtraYears": 2,
 *     "internshipMaxYears": 2
 *   }
 *
 * Rows given in config replace the default row of that grade and count as
 * verified (the user states their own policy) unless they carry
 * `"evidence": "assumed"`. Rows left at the rule book's [A] defaults stay
 * assumed, and rules built on them report warnings only.
 */
import type { VnlintConfig } from '../engine/types.js';
import {
  COMPETENCY_LEVEL_BY_GRADE,
  EXPERIENCE_RULES,
  GRADE_MIN_EXPERIENCE,
} from '../template/grades.js';
import type { Evidence, GradeRow } from '../template/types.js';

export interface EligibilityTables {
  gradeMinExperience: Map<string, GradeRow>;
  competencyLevelByGrade: Map<string, { level: number; evidence: Evidence }>;
  maxYearsAboveMinimum: number;
  firstDegreeExtraYears: number;
  secondaryExtraYears: number;
  internshipMaxYears: number;
}

const cache = new WeakMap<object, EligibilityTables>();
let defaults: EligibilityTables | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
function evidenceOf(value: unknown): Evidence {
  return value === 'assumed' || value === 'seed' || value === 'job-board' || value === 'verified' ? value : 'verified';
}
function canonicalGrade(grade: string): string {
  return grade.trim().toUpperCase().replace(/^(P|D|G)\s*-?\s*(\d)$/, '$1-$2').replace(/^NO\s*-?\s*([A-E])$/, 'NO-$1');
}

/** The tables for a config (cached per config object). */
export function eligibilityTables(config: VnlintConfig | undefined): EligibilityTables {
  const tables = config?.tables;
  if (!tables) return (defaults ??= build(undefined));
  let cached = cache.get(tables);
  if (!cached) {
    cached = build(tables);
    cache.set(tables, cached);
  }
  return cached;
}

function build(tables: Record<string, unknown> | undefined): EligibilityTables {
  const gradeMinExperience = new Map(GRADE_MIN_EXPERIENCE.map((row) => [row.grade, row]));
  const rawMin = tables?.gradeMinExperience;
  const rows: Array<[string, unknown]> = Array.isArray(rawMin)
    ? rawMin.filter(isRecord).map((row) => [String(row.grade ?? ''), row])
    : isRecord(rawMin)
      ? Object.entries(rawMin)
      : [];
  for (const [grade, row] of rows) {
    if (!grade || !isRecord(row)) continue;
    const canonical = canonicalGrade(grade);
    gradeMinExperience.set(canonical, {
      grade: canonical,
      advanced: optionalNumber(row.advanced),
      firstLevel: optionalNumber(row.firstLevel ?? row['first-level']),
      secondary: optionalNumber(row.secondary),
      evidence: evidenceOf(row.evidence),
    });
  }

  const competencyLevelByGrade = new Map<string, { level: number; evidence: Evidence }>(
    Object.entries(COMPETENCY_LEVEL_BY_GRADE).map(([grade, entry]) => [grade, { level: entry.level, evidence: entry.evidence }]),
  );
  const rawLevels = tables?.competencyLevelByGrade;
  if (isRecord(rawLevels)) {
    for (const [grade, entry] of Object.entries(rawLevels)) {
      const level = typeof entry === 'number' ? entry : isRecord(entry) ? entry.level : undefined;
      if (typeof level !== 'number' || !Number.isInteger(level)) continue;
      competencyLevelByGrade.set(canonicalGrade(grade), { level, evidence: isRecord(entry) ? evidenceOf(entry.evidence) : 'verified' });
    }
  }

  return {
    gradeMinExperience,
    competencyLevelByGrade,
    maxYearsAboveMinimum: numberOr(tables?.maxYearsAboveMinimum, EXPERIENCE_RULES.maxYearsAboveMinimum),
    firstDegreeExtraYears: numberOr(tables?.firstDegreeExtraYears, EXPERIENCE_RULES.firstDegreeExtraYears),
    secondaryExtraYears: numberOr(tables?.secondaryExtraYears, EXPERIENCE_RULES.secondaryExtraYears),
    internshipMaxYears: numberOr(tables?.internshipMaxYears, EXPERIENCE_RULES.internshipMaxYears),
  };
}

/** The minimum years for a degree level in a grade row. */
export function rowMinimum(row: GradeRow, degree: 'advanced' | 'first-level' | 'secondary'): number | undefined {
  return degree === 'advanced' ? row.advanced : degree === 'first-level' ? row.firstLevel : row.secondary;
}
