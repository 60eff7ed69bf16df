/**
 * "New vacancy notice from template": a complete skeleton for a notice type,
 * language and grade, built only from the template data (header fields and
 * their order, section headings, requirements, standard texts, competency
 * lists). Everything the author must write is a placeholder — `[to be
 * completed]` in the notice's language, or the template's `${…}` defaults —
 * and becomes a tab stop in the snippet form. The text lints clean apart from
 * findings on placeholder lines (test/unit/skeleton.test.ts).
 */
import type { Language, NoticeType } from '../notice/tree.js';
import { COMPETENCY_LISTS, type CompetencyListKey } from '../template/competencies.js';
import { CONTRACT_VALUES, FIELD_ORDER, FIELD_PLACEHOLDER, fieldByKey, RECRUITING_TYPE_EXPECTED, TYPE_CONTRACT } from '../template/fields.js';
import { COMPETENCY_LEVEL_BY_GRADE, gradeCategory, parseGrade } from '../template/grades.js';
import { NOTICE_TYPE_LABELS, NOTICE_TYPES, TYPE_KEYWORDS } from '../template/notice-types.js';
import { nrmsListText } from '../template/nrms.js';
import { MANAGERIAL_UNEXPECTED_GRADES, requirementColumn, requirementFor } from '../template/requirements.js';
import { sectionsOfFamily } from '../template/sections.js';
import { itemSeparator, standardHeading, standardText } from '../template/texts.js';
import type { FieldDef, HeaderLayout, SectionDef } from '../template/types.js';
import type { SkeletonParams, SkeletonResult } from './protocol.js';

type Piece = { text: string } | { placeholder: string };

/** Escapes literal snippet text (`$`, `}`, `\`). */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Accumulates literal text and placeholders; renders as text or as a snippet. */
export class SnippetBuilder {
  private readonly pieces: Piece[] = [];
  text(text: string): this {
    if (text) this.pieces.push({ text });
    return this;
  }
  placeholder(defaultText: string): this {
    this.pieces.push({ placeholder: defaultText });
    return this;
  }
  /**
   * Adds template text, turning each `${key}` into a placeholder whose default
   * is `values[key]` (or the key itself: "${English and French}").
   */
  template(text: string, values: Record<string, string> = {}): this {
    let last = 0;
    for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
      this.text(text.slice(last, match.index));
      const key = match[1]!;
      this.placeholder(Object.prototype.hasOwnProperty.call(values, key) ? values[key]! : key);
      last = match.index! + match[0].length;
    }
    return this.text(text.slice(last));
  }
  toText(): string {
    return this.pieces.map((p) => ('text' in p ? p.text : p.placeholder)).join('');
  }
  /** Offsets `[start, end)` of each placeholder in `toText()`. */
  placeholderRanges(): Array<[number, number]> {
    const ranges: Array<[number, number]> = [];
    let offset = 0;
    for (const p of this.pieces) {
      const length = ('text' in p ? p.text : p.placeholder).length;
      if ('placeholder' in p) ranges.push([offset, offset + length]);
      offset += length;
    }
    return ranges;
  }
  toSnippet(): string {
    let index = 0;
    return this.pieces.map((p) => ('text' in p ? escapeSnippet(p.text) : `\${${++index}:${escapeSnippet(p.placeholder)}}`)).join('') + '$0';
  }
}

/** Notice types the command offers, in menu order. */
export const SKELETON_TYPES: NoticeType[] = ['VN', 'SVN', 'CFA', 'CFEOI', 'consultancy', 'internship', 'volunteer'];

function layoutOf(type: NoticeType): HeaderLayout {
  if (type === 'volunteer') return 'volunteer';
  if (type === 'consultancy') return 'legacy';
  return 'current';
}

/** The label of a field in a layout and language; falls back to another layout's label in the same language. */
export function fieldLabel(def: FieldDef, layout: HeaderLayout, language: Language): string | undefined {
  const own = def.labels.find((l) => l.layout === layout && l.language === language && !l.assumed)
    ?? def.labels.find((l) => l.layout === layout && l.language === language);
  if (own) return own.text;
  return def.labels.find((l) => l.language === language)?.text;
}

/** The default grade of a type when none is given. */
function defaultGrade(type: NoticeType): string | undefined {
  if (type === 'CFA') return 'UG';
  if (type === 'CFEOI') return 'D-1';
  return NOTICE_TYPES.find((t) => t.type === type)?.graded ? 'P-3' : undefined;
}

/** The Vacancy Type value that makes type detection find `type` (§1 rule 2), if the language has one. */
function vacancyTypeLabel(type: NoticeType, language: Language): string | undefined {
  return NOTICE_TYPE_LABELS.find((l) => l.type === type && l.language === language)?.text;
}

const REFERENCE_PREFIX: Partial<Record<NoticeType, string>> = { VN: 'VN', SVN: 'SVN', CFA: 'CFA', CFEOI: 'CFEOI', consultancy: 'CFCV' };

function fieldValue(key: string, type: NoticeType, language: Language, grade: string | undefined, b: SnippetBuilder): void {
  const P = FIELD_PLACEHOLDER[language];
  switch (key) {
    case 'reference': {
      const prefix = REFERENCE_PREFIX[type];
      if (prefix) b.text(`${prefix} `);
      b.placeholder(P);
      return;
    }
    case 'title': {
      // Internships and volunteer posts are recognised by a keyword in the title (§1 rule 5).
      const keyword = type === 'internship' || type === 'volunteer' ? TYPE_KEYWORDS[type][language][0] : undefined;
      if (keyword) b.text(`${keyword[0]!.toUpperCase()}${keyword.slice(1)} – `);
      b.placeholder(P);
      return;
    }
    case 'grade':
      if (grade) b.text(grade);
      else b.placeholder(P);
      return;
    case 'classification':
      b.placeholder(type === 'consultancy' ? (language === 'es' ? 'Consultoría' : 'Consultant') : P);
      return;
    case 'vacancyType': {
      const label = vacancyTypeLabel(type, language);
      if (label) b.text(label);
      else b.placeholder(P); // no label in this language: the reference prefix gives the type
      return;
    }
    case 'contract': {
      const kind = TYPE_CONTRACT[type as 'VN' | 'SVN' | 'CFA']?.kind;
      const value = kind && CONTRACT_VALUES.find((c) => c.kind === kind && c.language === language);
      b.placeholder(value ? value.text : P);
      return;
    }
    case 'recruitingType': {
      const family = grade?.startsWith('D') ? 'D' : grade?.startsWith('P') ? 'P' : undefined;
      const value = family && RECRUITING_TYPE_EXPECTED[family][language][0];
      if (value) b.text(value);
      else b.placeholder(P);
      return;
    }
    default:
      b.placeholder(P);
  }
}

function competencyList(list: CompetencyListKey, language: Language, eol: string, b: SnippetBuilder): void {
  const sep = itemSeparator(language);
  COMPETENCY_LISTS[list].forEach((item, i) => {
    if (i) b.text(eol);
    b.text(`- ${item.names[language][0]}${sep} `);
    const definition = item.definitions[language];
    if (definition) b.text(definition);
    else b.placeholder(FIELD_PLACEHOLDER[language]);
  });
}

/** Sections the skeleton contains: required and conditional ones, groups that hold one, and Skills. */
function skeletonSections(type: NoticeType, grade: string | undefined, category: 'international' | 'national' | undefined, layout: HeaderLayout): SectionDef[] {
  const family = type === 'volunteer' ? 'volunteer' : 'staff';
  const column = requirementColumn(type, grade, category);
  const all = sectionsOfFamily(family);
  const wanted = new Set<string>();
  for (const def of all) {
    const requirement = requirementFor(def.id, column, layout === 'volunteer' ? 'volunteer' : layout);
    if (requirement === 'R') wanted.add(def.id);
    else if (requirement === 'C' && !(grade && MANAGERIAL_UNEXPECTED_GRADES.includes(grade))) wanted.add(def.id);
    else if (requirement === 'O' && def.id === 'skills') wanted.add(def.id);
  }
  for (const def of all) if (def.parent && wanted.has(def.id)) wanted.add(def.parent);
  return all.filter((def) => wanted.has(def.id));
}

/**
 * ES has no standard competency headings (§4: heading only); the skeleton adds
 * the level the way EN and FR state it [A], so competency-level can read it.
 */
const LEVEL_TAIL: Partial<Record<Language, string>> = { es: ' – indicadores de comportamiento Nivel ${level}' };

export function buildSkeleton(params: SkeletonParams): SkeletonResult {
  const { noticeType: type, language } = params;
  const eol = params.eol ?? '\n';
  const parsed = params.grade ? parseGrade(params.grade) : undefined;
  const graded = NOTICE_TYPES.find((t) => t.type === type)?.graded ?? false;
  const grade = graded ? (parsed?.canonical ?? defaultGrade(type)) : undefined;
  const category = grade ? gradeCategory(grade) : undefined;
  const layout = layoutOf(type);
  const b = new SnippetBuilder();

  // Header (§2): the layout's fields in order, labels in the notice's language.
  const keys = FIELD_ORDER[layout].filter((key) => key !== 'startDate' || layout !== 'legacy');
  keys.forEach((key, i) => {
    const def = fieldByKey(key);
    const label = def && fieldLabel(def, layout, language);
    if (!def || !label) return;
    if (i) b.text(eol);
    b.text(`${label}: `);
    fieldValue(key, type, language, grade, b);
  });

  const level = grade ? COMPETENCY_LEVEL_BY_GRADE[grade]?.level : undefined;
  const values: Record<string, string> = { NRMS: nrmsListText(language), level: level ? String(level) : 'N' };
  for (const def of skeletonSections(type, grade, category, layout)) {
    b.text(eol + eol);
    let heading = standardHeading(def.id, language);
    if (heading && LEVEL_TAIL[language] && (def.id === 'core' || def.id === 'managerial') && !heading.includes('${level}')) heading += LEVEL_TAIL[language];
    if (heading) {
      b.template(heading, values);
      if (def.kind === 'group' && !standardText(def.id, language)) continue;
      b.text(eol + eol);
    }
    const body = standardText(def.id, language, { grade, category, list: { style: 'plain', marker: '- ' } });
    if (body?.placement === 'end') b.placeholder(FIELD_PLACEHOLDER[language]).text(eol + eol);
    if (body) b.template(body.lines.join(eol), values);
    else if (def.id === 'values' || def.id === 'core' || def.id === 'managerial') competencyList(def.id, language, eol, b);
    else if (def.kind === 'section') b.placeholder(FIELD_PLACEHOLDER[language]);
  }
  return { text: b.toText(), snippet: b.toSnippet(), placeholders: b.placeholderRanges() };
}
