/**
 * Helpers of the structure rules (section-order, duplicate-section,
 * empty-section, run-in-heading, ...): section blocks with their original
 * offsets, and fixes computed as text rewrites. Not a rule.
 */
import { sectionById } from '../template/sections.js';
import type { Fix } from '../engine/types.js';
import type { HeadingInfo, NoticeRoot, SectionNode } from '../notice/tree.js';
import { lineEndOf, lineStartOf, sectionStart, sectionsOf } from './structure.js';
import { lineIndexAt } from '../notice/lines.js';

export interface SectionBlock {
  section: SectionNode;
  /** Line start of the section's first wrapper, heading or block (original offsets). */
  start: number;
  /** Start of the next section's block, or the end of the text. */
  end: number;
}

/** The notice's sections (no preamble) as consecutive blocks of the original text. */
export function sectionBlocks(tree: NoticeRoot): SectionBlock[] {
  const sections = sectionsOf(tree);
  const starts = sections.map((section) => {
    const start = sectionStart(section);
    // a run-in heading starts mid-line: its block starts where it does
    if (section.heading?.style === 'run-in' && !section.wrappers.length) return start;
    return lineStartOf(tree, start);
  });
  return sections.map((section, index) => ({
    section,
    start: starts[index],
    end: index + 1 < sections.length ? starts[index + 1] : tree.data.text.length,
  }));
}

/** Sections of the notice's family (staff or volunteer). */
export function familyOf(tree: NoticeRoot): 'staff' | 'volunteer' {
  return tree.data.noticeType === 'volunteer' || tree.data.layout === 'volunteer' ? 'volunteer' : 'staff';
}

export function inFamily(section: SectionNode, family: 'staff' | 'volunteer'): boolean {
  return sectionById(section.id)?.family === family;
}

const WHITESPACE = /[\s\u00A0\u202F\uFEFF]/;

/** The offset just after the last visible character before `offset`. */
export function contentEndBefore(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && WHITESPACE.test(text[end - 1])) end--;
  return end;
}

/** Trims whitespace (and NBSP) at both ends of a block. */
export function trimBlock(block: string): string {
  let start = 0;
  let end = block.length;
  while (start < end && WHITESPACE.test(block[start])) start++;
  while (end > start && WHITESPACE.test(block[end - 1])) end--;
  return block.slice(start, end);
}

/** The smallest single edit that turns `before` into `after`. */
export function diffFix(before: string, after: string): Fix {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { range: [prefix, before.length - suffix], text: after.slice(prefix, after.length - suffix) };
}

/** Largest text window a structural fix rewrites; larger moves get no fix (keeps huge files linear). */
export const MAX_FIX_WINDOW = 100_000;

/** Quick fixes offered per rule and notice: a pathological file (50,000 headings) stays linear. */
export const MAX_FIXES_PER_RULE = 100;

/**
 * A fix computed by rewriting only the window `[lo, hi)` of `text` (widened by
 * one visible character on each side, so blank-line handling at the window's
 * edges is the same as on the whole text). `rewrite` receives the window and
 * the window's offset in the text. Undefined when the window is too large.
 */
export function windowFix(text: string, lo: number, hi: number, rewrite: (window: string, offset: number) => string): Fix | undefined {
  const start = Math.max(0, contentEndBefore(text, lo) - 1);
  const end = Math.min(text.length, skipBlankLines(text, hi) + 1);
  if (end - start > MAX_FIX_WINDOW) return undefined;
  const window = text.slice(start, end);
  const fix = diffFix(window, rewrite(window, start));
  return { range: [fix.range[0] + start, fix.range[1] + start], text: fix.text };
}

/** The text without `[start, end)`, the blank lines around the cut collapsed to one separator. */
export function cutBlock(text: string, start: number, end: number, eol: string): string {
  const head = text.slice(0, contentEndBefore(text, start));
  const tail = text.slice(skipBlankLines(text, end));
  if (!head) return tail;
  if (!trimBlock(tail)) return head + text.slice(contentEndBefore(text, text.length));
  return head + eol + eol + tail;
}

/** Inserts `block` (trimmed) as its own paragraph at line start `offset`, blank lines around it. */
export function insertBlock(text: string, offset: number, block: string, eol: string): string {
  const head = text.slice(0, contentEndBefore(text, offset));
  const tail = text.slice(skipBlankLines(text, offset));
  if (!trimBlock(tail)) {
    const final = text.slice(contentEndBefore(text, text.length));
    return (head ? head + eol + eol : '') + trimBlock(block) + final;
  }
  return (head ? head + eol + eol : '') + trimBlock(block) + eol + eol + tail;
}

/** Skips whole blank lines (keeping the indentation of the next content line). */
export function skipBlankLines(text: string, offset: number): number {
  let cursor = offset;
  let lineStart = offset;
  while (cursor < text.length && WHITESPACE.test(text[cursor])) {
    if (text[cursor] === '\n' || text[cursor] === '\r') lineStart = cursor + 1;
    cursor++;
  }
  return cursor === text.length ? cursor : lineStart;
}

export function skipWhitespace(text: string, offset: number): number {
  let start = offset;
  while (start < text.length && WHITESPACE.test(text[start])) start++;
  return start;
}

/** The heading's line and its end (original offsets): where a section's body starts. */
export function headingLineEnd(tree: NoticeRoot, heading: HeadingInfo): number {
  return heading.style === 'run-in' ? heading.span.end : lineEndOf(tree, heading.span.end);
}

/** Display text of a section for messages: its heading as written, else its template name. */
export function sectionLabel(tree: NoticeRoot, section: SectionNode): string {
  if (section.heading && section.heading.style !== 'opener') return section.heading.text;
  return sectionById(section.id)?.names[tree.data.language] ?? section.id;
}

/** 1-based line of an original offset. */
export function lineOf(tree: NoticeRoot, offset: number): number {
  return lineIndexAt(tree.data.lineStarts, offset) + 1;
}

/** The span a section finding points at: its heading, or its first line for opener sections. */
export function headingRange(tree: NoticeRoot, section: SectionNode): [number, number] {
  if (section.heading && section.heading.style !== 'opener') return [section.heading.span.start, section.heading.span.end];
  const start = section.position.start.offset ?? 0;
  return [start, lineEndOf(tree, start)];
}
