/**
 * Requirement extraction: reads the eligibility facts of a notice off the
 * notice tree — the grade, the Education alternatives (degree level + years),
 * the years Experience states, and the competency levels — for the rules
 * degree-experience, experience-mismatch, grade-experience and
 * competency-level, and for `vnlint --print-requirements`.
 *
 * Only Education and Experience are read for years, so "the organization has
 * over 40 years of experience" in Context is never a requirement; inside those
 * sections a year phrase counts only when it reads as a requirement (an
 * experience word follows in the clause, a minimum word precedes it, it is
 * "N additional years", or it names a degree: "five years for bachelor's
 * degree holders"), and not when it tells someone's history ("has over 40
 * years", "in the last five years").
 *
 * All text is read from the repaired view (tree.data.view); every offset
 * returned is an ORIGINAL-text offset, ready for a report or a fix.
 */
import type { Language, ListItemNode, NoticeRoot, ParagraphNode, SectionNode } from '../notice/tree.js';
import { pointAt } from '../rules/rule.js';
import { memo } from '../notice/prose.js';
import { NUMBER_WORDS, parseCount } from '../template/numbers.js';
import {
  ADDITIONAL_AFTER,
  ADDITIONAL_BEFORE,
  APPROXIMATORS,
  DEGREE_LEVELS,
  DEGREE_WORDS,
  EXPERIENCE_WORDS,
  FORWARD_BINDERS,
  LEVEL_WORDS,
  MINIMUM_WORDS,
  NOT_REQUIREMENT_BEFORE,
  RANGE_WORDS,
  YEAR_WORDS,
  type DegreeLevel,
} from '../template/eligibility.js';
import { LastTreeCache } from '../notice/tree-cache.js';

export type { DegreeLevel };

/** A number of years as written: "two", "2", "sept", "four years'". */
export interface YearsMention {
  value: number;
  /** The number token as written ("two", "2", "sept"). */
  token: string;
  /** ORIGINAL offsets of the number token (what a fix replaces). */
  start: number;
  end: number;
  /** ORIGINAL offsets of the whole phrase ("two additional years"). */
  phraseStart: number;
  phraseEnd: number;
  /** "two additional years": on top of the next higher degree's years [S001:76]. */
  additional: boolean;
  line: number;
  section: 'education' | 'experience';
}

export interface DegreeMention {
  level: DegreeLevel;
  /** The degree words as written ("Master's degree", "Maîtrise"). */
  words: string;
  start: number;
  end: number;
  line: number;
}

/** One Education alternative: a degree level and the years it asks for. */
export interface Alternative {
  degree: DegreeLevel;
  /** Years after resolution: stated, derived from "additional years", or taken from Experience. */
  years?: number;
  /** Where `years` comes from. */
  yearsFrom?: 'education' | 'additional' | 'experience';
  /** The years written in Education for this alternative, if any. */
  stated?: YearsMention;
  /** The figure that carries `years` and that a fix changes (Education's, or Experience's). */
  mention?: YearsMention;
  /** The alternative's clause (repaired text). */
  text: string;
  line: number;
  degreeMention: DegreeMention;
  section: 'education' | 'experience';
}

/** A year figure stated in Experience, with the degree it names, if any. */
export interface ExperienceStatement {
  degree?: DegreeLevel;
  years: YearsMention;
}

export interface LevelMention {
  level: number;
  /** ORIGINAL offsets of the level digits. */
  start: number;
  end: number;
  /** ORIGINAL offsets of the whole "Level 2" / "(Level 1)" phrase. */
  phraseStart: number;
  phraseEnd: number;
  line: number;
}

export interface Requirements {
  language: Language;
  grade?: string;
  gradeSource?: NoticeRoot['data']['gradeSource'];
  alternatives: Alternative[];
  experience: ExperienceStatement[];
  /** The bare figure of Experience ("Minimum three years" [S001:82]), if any. */
  experienceYears?: number;
  levels: { core?: LevelMention; managerial?: LevelMention; values?: LevelMention };
  /** Whether the notice has the sections at all (rules stay silent otherwise). */
  has: { education: boolean; experience: boolean; core: boolean; managerial: boolean; values: boolean };
}

// ---------------------------------------------------------------------------
// Patterns, compiled once per language.

const LANGS: Language[] = ['en', 'fr', 'es'];
const SP = String.raw`[\s\u00A0]+`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A phrase as a pattern: spaces match space/NBSP runs, ’ and ' match each other, hyphen optional-ish. */
function phrase(text: string): string {
  return escape(text)
    .replace(/-/g, String.raw`[-\s\u00A0]?`)
    .replace(/ /g, SP)
    .replace(/['’]/g, "['’]");
}
function alternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(phrase).join('|');
}
function accentless(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

interface LanguagePatterns {
  degree: RegExp;
  degreeLevel: Map<string, DegreeLevel>;
  years: RegExp;
  experienceAfter: RegExp;
  minimumBefore: RegExp;
  notRequirementBefore: RegExp;
  forwardBinder: RegExp;
  level: RegExp;
  rangeBefore: RegExp;
}

function foldKey(text: string): string {
  return accentless(text.toLowerCase().replace(/[\s\u00A0]+/g, ' ').replace(/’/g, "'").replace(/-/g, ' '));
}

const PATTERNS = new Map<Language, LanguagePatterns>();
for (const language of LANGS) {
  // Degree words: all languages (EN "Master" and FR "Master" agree; a FR notice may quote an EN degree).
  const degreeLevel = new Map<string, DegreeLevel>();
  const degreeWords: string[] = [];
  for (const level of DEGREE_LEVELS) {
    for (const lang of [language, ...LANGS.filter((other) => other !== language)]) {
      for (const word of DEGREE_WORDS[level][lang]) {
        for (const form of new Set([word, accentless(word)])) {
          if (!degreeLevel.has(foldKey(form))) degreeLevel.set(foldKey(form), level);
          degreeWords.push(form);
        }
      }
    }
  }
  const numberWords = NUMBER_WORDS[language].flatMap((def) => [...def.words, def.feminine, def.standalone].filter((w): w is string => Boolean(w)));
  const numberForms = [...new Set(numberWords.flatMap((word) => [word, accentless(word), word.replace(/-/g, ' ')]))];
  const number = String.raw`(?<num>\d{1,2}|${alternation(numberForms)})(?:${SP}?\((?<digits>\d{1,2})\))?`;
  const additionalBefore = ADDITIONAL_BEFORE[language].length ? String.raw`(?:(?:an?${SP})?(?<addBefore>${alternation(ADDITIONAL_BEFORE[language])})${SP})?` : '';
  const additionalMid = ADDITIONAL_BEFORE[language].length ? String.raw`(?:(?<addMid>${alternation(ADDITIONAL_BEFORE[language])})${SP})?` : '';
  const additionalAfter = ADDITIONAL_AFTER[language].length ? String.raw`(?:${SP}(?<addAfter>${alternation(ADDITIONAL_AFTER[language])})${NOT_LETTER_AFTER})?` : '';
  const years = new RegExp(
    String.raw`${NOT_LETTER_BEFORE}${additionalBefore}${number}${SP}${additionalMid}(?<unit>${alternation(YEAR_WORDS[language])})(?![\p{L}])${additionalAfter}`,
    'giu',
  );
  const experienceAfter = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:${alternation(EXPERIENCE_WORDS[language].flatMap((word) => [word, accentless(word)]))})`, 'iu');
  const minimumBefore = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:${alternation(MINIMUM_WORDS[language])})[\s\u00A0]*$`, 'iu');
  const notRequirementBefore = new RegExp(
    String.raw`${NOT_LETTER_BEFORE}(?:${alternation(NOT_REQUIREMENT_BEFORE[language])})(?:${SP}(?:${alternation(APPROXIMATORS[language])}))?[\s\u00A0]*$`,
    'iu',
  );
  const forwardBinder = new RegExp(String.raw`^[\s\u00A0]*(?:${alternation(FORWARD_BINDERS[language])})${NOT_LETTER_AFTER}`, 'iu');
  const level = new RegExp(String.raw`\(?${NOT_LETTER_BEFORE}(?:${alternation(LEVEL_WORDS[language])})[\s\u00A0]*(?<level>\d{1,2})\)?`, 'iu');
  const rangeBefore = new RegExp(String.raw`${NOT_LETTER_BEFORE}(\d{1,2}|${alternation(numberForms)})(?:[\s\u00A0]*[-–][\s\u00A0]*|${SP}(?:${alternation(RANGE_WORDS[language])})${SP})$`, 'iu');
  PATTERNS.set(language, {
    rangeBefore,
    degree: new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:${alternation(degreeWords)})${NOT_LETTER_AFTER}`, 'giu'),
    degreeLevel,
    years,
    experienceAfter,
    minimumBefore,
    notRequirementBefore,
    forwardBinder,
    level,
  });
}

/** A level anywhere in the three languages (Values may carry "Level 2" in a FR notice too). */
const ANY_LEVEL = new RegExp(
  String.raw`\(?${NOT_LETTER_BEFORE}(?:${alternation(LANGS.flatMap((language) => LEVEL_WORDS[language]))})[\s\u00A0]*(?<level>\d{1,2})\)?`,
  'iu',
);

// ---------------------------------------------------------------------------
// Offsets: text of the repaired view, offsets of the original.

/** A run of view text with its view start, for mapping offsets back. */
interface Block {
  text: string;
  viewStart: number;
}

function blocksOf(section: SectionNode): Block[] {
  const blocks: Block[] = [];
  for (const child of section.children) {
    if (child.type === 'paragraph') {
      const node = child as ParagraphNode;
      if (node.noise) continue;
      blocks.push({ text: node.value, viewStart: (node.data as { viewStart: number }).viewStart });
    } else if (child.type === 'list') {
      for (const item of child.children as ListItemNode[]) {
        const viewEnd = (item.data as { viewEnd: number }).viewEnd;
        blocks.push({ text: item.content.value, viewStart: viewEnd - item.content.value.length });
      }
    } else if (child.type === 'subheading') {
      blocks.push({ text: child.value, viewStart: (child.data as { viewStart: number }).viewStart });
    }
  }
  return blocks;
}

interface Mapper {
  original(viewOffset: number): number;
  line(viewOffset: number): number;
}

function mapperOf(tree: NoticeRoot): Mapper {
  const view = tree.data.view;
  return {
    original: (offset) => view.toOriginal(offset),
    line: (offset) => pointAt(tree.data.lineStarts, view.toOriginal(offset)).line,
  };
}

// ---------------------------------------------------------------------------
// Extraction.

function sectionsById(tree: NoticeRoot, id: string): SectionNode[] {
  return tree.children.filter((child): child is SectionNode => child.type === 'section' && child.id === id);
}

/** Clause boundaries: ";", sentence end, line break. */
function clauseStart(text: string, at: number): number {
  for (let index = at - 1; index >= 0; index--) {
    const c = text[index];
    if (c === ';' || c === '\n' || c === '\r') return index + 1;
    if (c === '.' && /[\s\u00A0]/.test(text[index + 1] ?? '')) return index + 1;
  }
  return 0;
}
function clauseEnd(text: string, at: number): number {
  for (let index = at; index < text.length; index++) {
    const c = text[index];
    if (c === ';' || c === '\n' || c === '\r') return index;
    if (c === '.' && (index + 1 >= text.length || /[\s\u00A0]/.test(text[index + 1]))) return index + 1;
  }
  return text.length;
}

interface RawYears {
  value: number;
  token: string;
  tokenAt: number;
  at: number;
  endAt: number;
  additional: boolean;
}

function findYears(text: string, patterns: LanguagePatterns, language: Language): RawYears[] {
  const out: RawYears[] = [];
  patterns.years.lastIndex = 0;
  for (const match of text.matchAll(patterns.years)) {
    const groups = match.groups!;
    const token = groups.num!;
    const parsed = parseCount(token, language) ?? parseCount(token);
    if (!parsed || parsed.value > 60) continue;
    const at = match.index!;
    const endAt = at + match[0].length;
    const tokenAt = at + match[0].toLowerCase().indexOf(token.toLowerCase(), groups.addBefore ? groups.addBefore.length : 0);
    const before = text.slice(Math.max(0, at - 60), at);
    const clauseTail = text.slice(endAt, Math.min(clauseEnd(text, endAt), endAt + 160));
    const additional = Boolean(groups.addBefore || groups.addMid || groups.addAfter);
    if (patterns.notRequirementBefore.test(before)) continue;
    const requirement =
      additional ||
      patterns.minimumBefore.test(before) ||
      patterns.experienceAfter.test(clauseTail) ||
      patterns.forwardBinder.test(text.slice(endAt, endAt + 12));
    if (!requirement) continue;
    // a range ("3-5 years", "three to five years"): the lower bound is the minimum
    const range = patterns.rangeBefore.exec(before);
    if (range) {
      const lower = parseCount(range[1]!, language) ?? parseCount(range[1]!);
      if (lower && lower.value < parsed.value) {
        const lowerAt = at - range[0].length;
        if (patterns.notRequirementBefore.test(text.slice(Math.max(0, lowerAt - 60), lowerAt))) continue;
        out.push({ value: lower.value, token: range[1]!, tokenAt: lowerAt, at: lowerAt, endAt, additional: false });
        continue;
      }
    }
    out.push({ value: parsed.value, token, tokenAt, at, endAt, additional });
  }
  return out;
}

interface RawDegree {
  level: DegreeLevel;
  words: string;
  at: number;
  endAt: number;
}

/*
 * Why memoised: the year and degree patterns are long alternations run over every Education and Experience block,
 * ≈ 0.1 ms per 20 KB notice, and while typing the blocks are the same as at the last lint. The results depend
 * only on the text and the language (whose patterns they use), with offsets relative to the text, and nothing
 * changes them (bind() and mention() build new objects).
 */
function degreesIn(text: string, patterns: LanguagePatterns, language: Language): readonly RawDegree[] {
  return memo('requirement-degrees', language, text, () => findDegrees(text, patterns));
}
function yearsIn(text: string, patterns: LanguagePatterns, language: Language): readonly RawYears[] {
  return memo('requirement-years', language, text, () => findYears(text, patterns, language));
}

function findDegrees(text: string, patterns: LanguagePatterns): RawDegree[] {
  const out: RawDegree[] = [];
  for (const match of text.matchAll(patterns.degree)) {
    const level = patterns.degreeLevel.get(foldKey(match[0]));
    if (!level) continue;
    out.push({ level, words: match[0], at: match.index!, endAt: match.index! + match[0].length });
  }
  return out;
}

interface Bound {
  degree?: RawDegree;
  years?: RawYears;
}

/**
 * Pairs degrees and years inside one block: a year phrase goes to the degree
 * right after it when a binder joins them ("five years for bachelor's degree
 * holders"), else to the nearest degree before it that has no years yet.
 */
function bind(text: string, degrees: readonly RawDegree[], years: readonly RawYears[], patterns: LanguagePatterns): Bound[] {
  const bound: Bound[] = [];
  const byDegree = new Map<RawDegree, Bound>();
  // consecutive mentions of one level ("Advanced university degree (Master's or equivalent)") are one alternative
  let previous: RawDegree | undefined;
  for (const degree of degrees) {
    if (previous && previous.level === degree.level && !years.some((y) => y.at > previous!.endAt && y.at < degree.at) && !/[;]|\b(?:or|ou|o)\b/i.test(text.slice(previous.endAt, degree.at))) {
      byDegree.set(degree, byDegree.get(previous)!);
      continue;
    }
    const entry: Bound = { degree };
    byDegree.set(degree, entry);
    bound.push(entry);
    previous = degree;
  }
  for (const year of years) {
    const after = text.slice(year.endAt, year.endAt + 60);
    let target: Bound | undefined;
    if (patterns.forwardBinder.test(after)) {
      const next = degrees.find((degree) => degree.at >= year.endAt && degree.at - year.endAt <= 45 && !/[;.)]/.test(text.slice(year.endAt, degree.at)));
      if (next) target = byDegree.get(next);
    }
    if (!target) {
      const before = degrees.filter((degree) => degree.endAt <= year.at);
      if (before.length > 0) {
        const entry = byDegree.get(before[before.length - 1]!)!;
        // the nearest degree already has its figure: a second figure is not a new requirement
        if (entry.years) continue;
        target = entry;
      }
    }
    if (target) {
      if (!target.years) target.years = year;
    } else {
      bound.push({ years: year });
    }
  }
  return bound.sort((a, b) => ((a.degree ?? a.years)!.at - (b.degree ?? b.years)!.at));
}

function mention(raw: RawYears, block: Block, map: Mapper, section: 'education' | 'experience'): YearsMention {
  const v = block.viewStart;
  return {
    value: raw.value,
    token: raw.token,
    start: map.original(v + raw.tokenAt),
    end: map.original(v + raw.tokenAt + raw.token.length),
    phraseStart: map.original(v + raw.at),
    phraseEnd: map.original(v + raw.endAt),
    additional: raw.additional,
    line: map.line(v + raw.tokenAt),
    section,
  };
}

function degreeMention(raw: RawDegree, block: Block, map: Mapper): DegreeMention {
  return {
    level: raw.level,
    words: raw.words,
    start: map.original(block.viewStart + raw.at),
    end: map.original(block.viewStart + raw.endAt),
    line: map.line(block.viewStart + raw.at),
  };
}

const RANK: Record<DegreeLevel, number> = { advanced: 0, 'first-level': 1, secondary: 2 };

function readLevel(text: string, viewStart: number, pattern: RegExp, map: Mapper): LevelMention | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const digits = match.groups!.level!;
  const digitsAt = match.index + match[0].lastIndexOf(digits);
  return {
    level: Number(digits),
    start: map.original(viewStart + digitsAt),
    end: map.original(viewStart + digitsAt + digits.length),
    phraseStart: map.original(viewStart + match.index),
    phraseEnd: map.original(viewStart + match.index + match[0].length),
    line: map.line(viewStart + digitsAt),
  };
}

/** The level of a competency section: on its heading ("… Level 2"), or on a short line right after it. */
function sectionLevel(section: SectionNode | undefined, pattern: RegExp, map: Mapper): LevelMention | undefined {
  if (!section) return undefined;
  const heading = section.heading;
  if (heading && heading.style !== 'opener') {
    const viewEnd = (heading as { viewEnd?: number }).viewEnd;
    if (viewEnd !== undefined) {
      const found = readLevel(heading.span.value, viewEnd - heading.span.value.length, pattern, map);
      if (found) return found;
    }
  }
  const first = section.children[0];
  if (first && (first.type === 'paragraph' || first.type === 'subheading') && first.value.length <= 120) {
    return readLevel(first.value, (first.data as { viewStart: number }).viewStart, pattern, map);
  }
  return undefined;
}

const cache = new LastTreeCache<NoticeRoot, Requirements>(); // not a WeakMap: see notice/tree-cache.ts

/** The eligibility facts of a notice (cached per tree: several rules read them). */
export function extractRequirements(tree: NoticeRoot): Requirements {
  const cached = cache.get(tree);
  if (cached) return cached;
  const language = tree.data.language;
  const patterns = PATTERNS.get(language)!;
  const map = mapperOf(tree);

  // Education alternatives
  const education = sectionsById(tree, 'education');
  const alternatives: Alternative[] = [];
  for (const section of education) {
    for (const block of blocksOf(section)) {
      const degrees = degreesIn(block.text, patterns, language);
      if (degrees.length === 0) continue;
      const years = yearsIn(block.text, patterns, language);
      for (const entry of bind(block.text, degrees, years, patterns)) {
        if (!entry.degree) continue;
        const startAt = clauseStart(block.text, entry.degree.at);
        const endAt = clauseEnd(block.text, Math.max(entry.degree.endAt, entry.years?.endAt ?? 0));
        const stated = entry.years ? mention(entry.years, block, map, 'education') : undefined;
        alternatives.push({
          degree: entry.degree.level,
          stated,
          text: block.text.slice(startAt, endAt).replace(/[\s\u00A0]+/g, ' ').trim(),
          line: map.line(block.viewStart + entry.degree.at),
          degreeMention: degreeMention(entry.degree, block, map),
          section: 'education',
        });
      }
    }
  }

  // Experience statements
  const experience: ExperienceStatement[] = [];
  for (const section of sectionsById(tree, 'experience')) {
    for (const block of blocksOf(section)) {
      const years = yearsIn(block.text, patterns, language);
      if (years.length === 0) continue;
      const degrees = degreesIn(block.text, patterns, language);
      for (const entry of bind(block.text, degrees, years, patterns)) {
        if (!entry.years) continue;
        experience.push({ degree: entry.degree?.level, years: mention(entry.years, block, map, 'experience') });
      }
    }
  }
  const bare = experience.find((statement) => statement.degree === undefined);

  // Resolve each alternative's years, highest degree first (an "additional" figure needs the one above).
  const byRank = [...alternatives].sort((a, b) => RANK[a.degree] - RANK[b.degree]);
  const highest = byRank[0]?.degree;
  const resolved = new Map<DegreeLevel, number>();
  for (const alternative of byRank) {
    const fromExperience = experience.find((statement) => statement.degree === alternative.degree) ?? (alternative.degree === highest ? bare : undefined);
    if (alternative.stated && !alternative.stated.additional) {
      alternative.years = alternative.stated.value;
      alternative.yearsFrom = 'education';
      alternative.mention = alternative.stated;
    } else if (alternative.stated?.additional) {
      const above = higherYears(alternative.degree, resolved);
      if (above !== undefined) {
        alternative.years = above + alternative.stated.value;
        alternative.yearsFrom = 'additional';
        alternative.mention = alternative.stated;
      }
    } else if (fromExperience) {
      alternative.years = fromExperience.years.value;
      alternative.yearsFrom = 'experience';
      alternative.mention = fromExperience.years;
    }
    if (alternative.years !== undefined && !resolved.has(alternative.degree)) resolved.set(alternative.degree, alternative.years);
  }

  // Levels
  const core = sectionsById(tree, 'core')[0];
  const managerial = sectionsById(tree, 'managerial')[0];
  const values = sectionsById(tree, 'values')[0];
  const result: Requirements = {
    language,
    grade: tree.data.grade,
    gradeSource: tree.data.gradeSource,
    alternatives,
    experience,
    experienceYears: bare?.years.value,
    levels: {
      core: sectionLevel(core, ANY_LEVEL, map),
      managerial: sectionLevel(managerial, ANY_LEVEL, map),
      values: sectionLevel(values, ANY_LEVEL, map),
    },
    has: {
      education: education.length > 0,
      experience: sectionsById(tree, 'experience').length > 0,
      core: Boolean(core),
      managerial: Boolean(managerial),
      values: Boolean(values),
    },
  };
  cache.set(tree, result);
  return result;
}

/** The resolved years of the nearest higher degree level. */
export function higherYears(level: DegreeLevel, resolved: Map<DegreeLevel, number>): number | undefined {
  for (let rank = RANK[level] - 1; rank >= 0; rank--) {
    const years = resolved.get(DEGREE_LEVELS[rank]!);
    if (years !== undefined) return years;
  }
  return undefined;
}

export const DEGREE_RANK = RANK;

/** The JSON shape printed by `vnlint --print-requirements`. */
export interface PrintedRequirements {
  grade: string | null;
  gradeSource: string | null;
  alternatives: Array<{ degree: DegreeLevel; years: number | null; text: string; line: number; yearsFrom: string | null; additional?: number }>;
  experienceYears: number | null;
  levels: { core: number | null; managerial: number | null };
}

export function printableRequirements(requirements: Requirements): PrintedRequirements {
  return {
    grade: requirements.grade ?? null,
    gradeSource: requirements.gradeSource ?? null,
    alternatives: requirements.alternatives.map((alternative) => ({
      degree: alternative.degree,
      years: alternative.years ?? null,
      text: alternative.text,
      line: alternative.line,
      yearsFrom: alternative.yearsFrom ?? null,
      ...(alternative.stated?.additional ? { additional: alternative.stated.value } : {}),
    })),
    experienceYears: requirements.experienceYears ?? null,
    levels: { core: requirements.levels.core?.level ?? null, managerial: requirements.levels.managerial?.level ?? null },
  };
}
