/**
 * Grades (rule book §2 "Grade"), minimum experience by grade (§6.1) and
 * competency level by grade (§6.2). All tables are IOM configuration and may
 * be overridden (config `tables`).
 */
import type { Evidence, GradeRow } from './types.js';
import { uniformShapes } from './shape.js';

export type GradeFamily = 'P' | 'D' | 'G' | 'NO' | 'UG';

export interface ParsedGrade {
  /** Canonical form: "P-4", "NO-B", "UG". */
  canonical: string;
  /** True when the grade token is already written in canonical form. */
  canonicalForm: boolean;
  family: GradeFamily;
  /** 1–7 for P/D/G; A–E for NO; undefined for UG. */
  step?: number | string;
  /** The grade token as written ("G6" in "Grade G6"; "P2" in "(P2)"). */
  token: string;
  /** Offsets of `token` inside the parsed text, for fixes that change only the token (§2). */
  tokenStart: number;
  tokenEnd: number;
  /** NO-E exists only at a few duty stations [A]. */
  assumed?: boolean;
}

/** §2: the parse regex, applied to the case-folded token. */
export const GRADE_REGEX = /^(?:(p|d|g)\s*-?\s*([1-7])|no\s*-?\s*([a-e])|ug)$/;

/** Valid steps per family (§2: P 1–5, D 1–2, G 1–7; NO A–D, plus E [A]). */
export const GRADE_RANGES = {
  P: { min: 1, max: 5 },
  D: { min: 1, max: 2 },
  G: { min: 1, max: 7 },
  NO: ['A', 'B', 'C', 'D', 'E'],
} as const;

/** Every canonical grade (§2), in rank order within each family. */
export const CANONICAL_GRADES: string[] = [
  'P-1', 'P-2', 'P-3', 'P-4', 'P-5',
  'D-1', 'D-2',
  'NO-A', 'NO-B', 'NO-C', 'NO-D', 'NO-E',
  'G-1', 'G-2', 'G-3', 'G-4', 'G-5', 'G-6', 'G-7',
  'UG',
];

/**
 * Parse a grade value. Accepts the canonical forms and, as non-canonical
 * (`grade-format` warning), "P4", "P 4", "D1", "G6", "Grade G6", "NOB",
 * "(P2)", lower case. A legacy Classification value ("General Service,
 * Grade G6") is parsed from the token after "Grade". Out-of-range grades
 * ("P-6", "D-3", "G-8") return undefined.
 */
export function parseGrade(text: string): ParsedGrade | undefined {
  let start = 0;
  let end = text.length;
  // Legacy Classification: only the token after "Grade" counts (§2).
  const after = /(?:^|[\s,;:(])grad[eo][\s\u00A0]*[:.]?[\s\u00A0]*/i.exec(text);
  if (after) start = after.index + after[0].length;
  const isSpace = (c: string | undefined) => c !== undefined && /[\s\u00A0]/.test(c);
  while (start < end && isSpace(text[start])) start++;
  while (end > start && (isSpace(text[end - 1]) || text[end - 1] === '.')) end--;
  // "(P2)" in a title [C]
  if (text[start] === '(' && text[end - 1] === ')') {
    start++;
    end--;
  }
  const token = text.slice(start, end);
  const m = GRADE_REGEX.exec(token.toLowerCase().replace(/\u00A0/g, ' '));
  if (!m) return undefined;
  let canonical: string;
  let family: GradeFamily;
  let step: number | string | undefined;
  let assumed: boolean | undefined;
  if (m[1]) {
    family = m[1].toUpperCase() as 'P' | 'D' | 'G';
    step = Number(m[2]);
    const range = GRADE_RANGES[family];
    if (step < range.min || step > range.max) return undefined;
    canonical = `${family}-${step}`;
  } else if (m[3]) {
    family = 'NO';
    step = m[3].toUpperCase();
    canonical = `NO-${step}`;
    if (step === 'E') assumed = true;
  } else {
    family = 'UG';
    canonical = 'UG';
  }
  return {
    canonical,
    canonicalForm: token === canonical,
    family,
    step,
    token,
    tokenStart: start,
    tokenEnd: end,
    ...(assumed ? { assumed } : {}),
  };
}

/** International (P/D) or national (G/NO) post (§1 Category); undefined for UG. */
export function gradeCategory(canonical: string): 'international' | 'national' | undefined {
  if (/^(P|D)-/.test(canonical)) return 'international';
  if (/^(G|NO)-/.test(canonical)) return 'national';
  return undefined;
}

/** §6.1 minimum years of experience by degree, per grade (`gradeMinExperience`). */
export const GRADE_MIN_EXPERIENCE: GradeRow[] = uniformShapes([
  { grade: 'P-1', advanced: 0, firstLevel: 2, evidence: 'assumed' },
  { grade: 'P-2', advanced: 2, firstLevel: 4, evidence: 'assumed' }, // agrees with 000 (grade not stated)
  { grade: 'P-3', advanced: 5, firstLevel: 7, evidence: 'assumed' }, // one paraphrased repost [C]
  { grade: 'P-4', advanced: 7, firstLevel: 9, evidence: 'verified' }, // [V] FR notice; [S003] sept/neuf
  { grade: 'P-5', advanced: 10, firstLevel: 12, evidence: 'assumed' },
  { grade: 'D-1', advanced: 15, firstLevel: 17, evidence: 'assumed' }, // other UN agencies use 12
  { grade: 'NO-A', advanced: 1, firstLevel: 3, evidence: 'assumed' },
  { grade: 'NO-B', advanced: 2, firstLevel: 4, evidence: 'assumed' },
  { grade: 'NO-C', advanced: 5, firstLevel: 7, evidence: 'assumed' }, // low confidence
  { grade: 'NO-D', advanced: 7, firstLevel: 9, evidence: 'assumed' }, // low confidence
  { grade: 'G-2', secondary: 2, evidence: 'assumed' },
  { grade: 'G-3', secondary: 3, evidence: 'assumed' },
  { grade: 'G-4', firstLevel: 2, secondary: 4, evidence: 'assumed' }, // agrees with 002 (grade not stated)
  { grade: 'G-5', firstLevel: 3, secondary: 5, evidence: 'assumed' },
  { grade: 'G-6', firstLevel: 4, secondary: 6, evidence: 'verified' }, // [V] 2020 G-6 notice
  { grade: 'G-7', firstLevel: 5, secondary: 7, evidence: 'assumed' },
  // No defaults for G-1, D-2, UG, consultancy or volunteer notices (§6.1).
]);

/** The §6.1 row for a canonical grade, or undefined (no default). */
export function gradeMinExperience(canonical: string, table: GradeRow[] = GRADE_MIN_EXPERIENCE): GradeRow | undefined {
  return table.find((r) => r.grade === canonical);
}

/** §6.1: first-level needs N + 2 where advanced needs N (verified). */
export const firstDegreeExtraYears = 2;
/** §6.1: secondary needs N + 2 where first-level needs N (verified). */
export const secondaryExtraYears = 2;
/** §5 grade-experience: warn when asking more than this above the minimum (default 3; 001 is 1 above). */
export const maxYearsAboveMinimum = 3;
/** §6.1: internships warn when two or more years are asked [V]. */
export const internshipMaxYears = 2;

export const EXPERIENCE_RULES = {
  firstDegreeExtraYears,
  secondaryExtraYears,
  maxYearsAboveMinimum,
  internshipMaxYears,
} as const;

/** §6.2 competency level by grade (`competencyLevelByGrade`). */
export const COMPETENCY_LEVEL_BY_GRADE: Record<string, { level: 1 | 2 | 3; evidence: Evidence }> = {
  'G-1': { level: 1, evidence: 'assumed' },
  'G-2': { level: 1, evidence: 'assumed' },
  'G-3': { level: 1, evidence: 'assumed' },
  'G-4': { level: 1, evidence: 'assumed' }, // agrees with 002 (Level 1, probably G-4)
  'G-5': { level: 2, evidence: 'assumed' },
  'G-6': { level: 2, evidence: 'verified' }, // [V]
  'G-7': { level: 2, evidence: 'assumed' },
  'NO-A': { level: 2, evidence: 'assumed' },
  'NO-B': { level: 2, evidence: 'assumed' },
  'NO-C': { level: 2, evidence: 'assumed' },
  'NO-D': { level: 3, evidence: 'assumed' },
  'P-1': { level: 2, evidence: 'assumed' },
  'P-2': { level: 2, evidence: 'assumed' }, // agrees with 000 and 001
  'P-3': { level: 2, evidence: 'assumed' },
  'P-4': { level: 3, evidence: 'verified' }, // [S003]
  'P-5': { level: 3, evidence: 'assumed' },
  'D-1': { level: 3, evidence: 'assumed' },
  'D-2': { level: 3, evidence: 'assumed' },
  // NO-E and UG: no default (§6.2 does not list them).
};

/** Valid competency levels (§5 competency-level). */
export const COMPETENCY_LEVELS = [1, 2, 3] as const;

/** §5 tier-consistency T5: female first-tier from P-4 upward (iom.int, April 2022). */
export const FEMALE_FIRST_TIER_FROM = 'P-4';

/** Rank for comparisons within P/D ("P-4 and above"): P-1..P-5 = 1..5, D-1 = 6, D-2 = 7. */
export function professionalRank(canonical: string): number | undefined {
  const m = /^(P|D)-(\d)$/.exec(canonical);
  if (!m) return undefined;
  return m[1] === 'P' ? Number(m[2]) : 5 + Number(m[2]);
}
