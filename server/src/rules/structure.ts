/**
 * Shared helpers of the structure rules (missing-section, section-order, ...):
 * reading sections off the tree and building inserted headings. Not a rule.
 */
import { SECTIONS, sectionById } from '../template/sections.js';
import type { Language, NoticeRoot, SectionNode } from '../notice/tree.js';
import type { SectionDef } from '../template/types.js';
import { fillPlaceholders, standardHeading } from '../template/texts.js';
import { COMPETENCY_LEVEL_BY_GRADE } from '../template/grades.js';
import { nrmsListText } from '../template/nrms.js';
import { LEVEL_TAIL, LEVELLED_SECTIONS } from '../template/heading-tails.js';
import { lineIndexAt } from '../notice/lines.js';
import { LastTreeCache } from '../notice/tree-cache.js';

const sectionsCache = new LastTreeCache<NoticeRoot, readonly SectionNode[]>(); // not a WeakMap: see notice/tree-cache.ts

/** The notice's sections (no preamble), computed once per tree: every structure rule asks. */
export function sectionsOf(tree: NoticeRoot): readonly SectionNode[] {
  let sections = sectionsCache.get(tree);
  if (!sections) {
    sections = tree.children.filter((child): child is SectionNode => child.type === 'section' && child.id !== 'preamble');
    sectionsCache.set(tree, sections);
  }
  return sections;
}

export function orderOf(id: string): number {
  return sectionById(id)?.order ?? Number.POSITIVE_INFINITY;
}

/** The heading text of `def` in `language` (§4), in the file's heading style, placeholders filled. */
export function headingLine(tree: NoticeRoot, def: SectionDef, language: Language): string {
  let heading = standardHeading(def.id, language) ?? def.names[language];
  if (LEVELLED_SECTIONS.has(def.id) && !heading.includes('${level}')) heading += LEVEL_TAIL[language];
  const text = fillTemplate(tree, heading);
  if (tree.data.headingStyle !== 'atx') return text;
  return `${'#'.repeat(atxLevel(tree))} ${text}`;
}

/**
 * Fills the template's placeholders from what the notice says: `${level}`
 * from another competency heading or the grade, `${NRMS}` from the configured
 * list; other placeholders ("${English and French}") become their own text.
 */
export function fillTemplate(tree: NoticeRoot, text: string): string {
  const values: Record<string, string> = {};
  const level = noticeLevel(tree);
  if (level !== undefined) values.level = String(level);
  if (text.includes('${NRMS}')) values.NRMS = nrmsListText(tree.data.language);
  return fillPlaceholders(text, values, true).replace(/\$\{level\}/g, 'N');
}

const levelCache = new LastTreeCache<NoticeRoot, number | undefined>();

function noticeLevel(tree: NoticeRoot): number | undefined {
  if (levelCache.has(tree)) return levelCache.get(tree);
  const level = computeNoticeLevel(tree);
  levelCache.set(tree, level);
  return level;
}

function computeNoticeLevel(tree: NoticeRoot): number | undefined {
  for (const section of sectionsOf(tree)) {
    if (section.id !== 'core' && section.id !== 'managerial') continue;
    const match = /\b(?:level|niveau|nivel)[\s\u00A0]*(\d)/i.exec(section.heading?.tail ?? '');
    if (match) return Number(match[1]);
  }
  return tree.data.grade ? COMPETENCY_LEVEL_BY_GRADE[tree.data.grade]?.level : undefined;
}

/** The most common `#` level of the notice's section headings. */
function atxLevel(tree: NoticeRoot): number {
  const counts = new Map<number, number>();
  for (const section of sectionsOf(tree)) {
    if (section.heading?.style !== 'atx') continue;
    const level = /^\s*(#+)/.exec(section.heading.span.value)?.[1].length ?? 2;
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let best = 2;
  let bestCount = 0;
  for (const [level, count] of counts) {
    if (count > bestCount) {
      best = level;
      bestCount = count;
    }
  }
  return best;
}

/** Where a section starts in the original text: its first wrapper, its heading, or its first block. */
export function sectionStart(section: SectionNode): number {
  if (section.wrappers.length) return section.wrappers[0].span.start;
  if (section.heading && section.heading.style !== 'opener') return section.heading.span.start;
  return section.position.start.offset ?? 0;
}

export interface InsertionPoint {
  /** Where the new text goes. */
  offset: number;
  /** Where the finding is shown. */
  reportStart: number;
  reportEnd: number;
  /** "before “Experience”" or "at the end of the notice". */
  where: string;
  /** Adds the blank lines that separate the inserted text from its neighbours. */
  wrap(text: string): string;
}

/**
 * The place of a missing section: before the first present section that
 * follows it in template order, or at the end of the notice.
 */
export function insertionPoint(tree: NoticeRoot, sections: readonly SectionNode[], def: SectionDef): InsertionPoint {
  const eol = tree.data.eol;
  const text = tree.data.text;
  const next = sections.find((section) => orderOf(section.id) > def.order && sectionById(section.id)?.family === def.family);
  if (next) {
    const offset = lineStartOf(tree, sectionStart(next));
    const reportEnd = next.heading && next.heading.style !== 'opener' ? next.heading.span.end : lineEndOf(tree, offset);
    return {
      offset,
      reportStart: offset,
      reportEnd: Math.max(reportEnd, offset),
      where: `before “${next.heading?.style === 'opener' ? sectionById(next.id)?.names[tree.data.language] ?? next.id : next.heading?.text ?? next.id}”`,
      wrap: (inserted) => inserted + eol + eol,
    };
  }
  const endsWithEol = /(\r\n|\r|\n)$/.test(text);
  const lastLine = lastContentLine(tree);
  return {
    offset: text.length,
    reportStart: lastLine.start,
    reportEnd: lastLine.end,
    where: 'at the end of the notice',
    wrap: (inserted) => (text.length === 0 ? inserted : endsWithEol ? eol + inserted + eol : eol + eol + inserted),
  };
}

export function lineStartOf(tree: NoticeRoot, offset: number): number {
  return tree.data.lineStarts[lineIndexAt(tree.data.lineStarts, offset)];
}

export function lineEndOf(tree: NoticeRoot, offset: number): number {
  const { lineStarts, text } = tree.data;
  const next = lineIndexAt(lineStarts, offset) + 1;
  if (next >= lineStarts.length) return text.length;
  // the next line starts after this one's line ending ("\r\n", "\n" or "\r")
  const nextStart = lineStarts[next];
  const end = text[nextStart - 2] === '\r' && text[nextStart - 1] === '\n' ? nextStart - 2 : nextStart - 1;
  return Math.max(end, Math.min(offset, text.length)); // an offset inside "\r\n" is its own line end
}

/** The last line with visible content (skipping trailing blank and noise lines). */
function lastContentLine(tree: NoticeRoot): { start: number; end: number } {
  const { lineStarts, text, noiseLines } = tree.data;
  for (let line = lineStarts.length - 1; line >= 0; line--) {
    const start = lineStarts[line];
    const end = lineEndOf(tree, start);
    if (!noiseLines.has(line) && /[^\s\u00A0]/.test(text.slice(start, end))) return { start, end };
  }
  return { start: 0, end: 0 };
}

export { SECTIONS };

/** The notice's list style, so inserted items look like their neighbours. */
const listStyleCache = new LastTreeCache<NoticeRoot, { style: 'markdown' | 'plain'; marker: string }>();

export function listStyle(tree: NoticeRoot): { style: 'markdown' | 'plain'; marker: string } {
  let style = listStyleCache.get(tree);
  if (!style) {
    style = computeListStyle(tree);
    listStyleCache.set(tree, style);
  }
  return style;
}

function computeListStyle(tree: NoticeRoot): { style: 'markdown' | 'plain'; marker: string } {
  const text = tree.data.view.text;
  const markdown = /^[ \t]*[-*][ \t]+\*\*[^*\n]+:\*\*/m.test(text);
  const marker = /^([ \t\u00A0]*[-*•–][ \t\u00A0]+)\S/m.exec(text)?.[1] ?? '- ';
  return { style: markdown ? 'markdown' : 'plain', marker };
}
