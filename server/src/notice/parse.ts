/**
 * The notice parser: text -> notice tree (see tree.ts).
 *
 * It works line by line on the repaired view of the text (view.ts):
 *   1. split lines and classify each one (blank, noise, heading, header field,
 *      list item, text), splitting run-in headings out of long lines (§3.1);
 *   2. decide the layout family (staff or volunteer) from the headings found;
 *   3. assemble the header and the sections, with wrappers merged and the
 *      heading-less introduction / tier sections found by their openers;
 *   4. detect language, notice type, grade and category.
 * All positions are mapped back to the original text. No rule knowledge here.
 */
import type { Position } from 'unist';
import { SECTIONS, WRAPPER_HEADINGS, CHROME_HEADINGS } from '../template/sections.js';
import { FIELDS } from '../template/fields.js';
import { parseGrade } from '../template/grades.js';
import { classifyNoiseLine } from '../text/noise.js';
import type { FieldDef, SectionDef } from '../template/types.js';
import { fold, stripHeadingMarkup } from './normalize.js';
import { repairedView, type RepairedView } from './view.js';
import { detectNoticeType } from './detect.js';
import type {
  BlockNode,
  FieldNode,
  HeaderNode,
  HeadingInfo,
  Language,
  Layout,
  ListItemNode,
  ListNode,
  NoticeRoot,
  NoticeType,
  ParagraphNode,
  SectionNode,
} from './tree.js';
import { pointAt } from './lines.js';

export interface ParseSettings {
  language?: Language;
  noticeType?: NoticeType;
  grade?: string;
}

const LANGUAGES: Language[] = ['en', 'fr', 'es'];

// ---------------------------------------------------------------------------
// Template indexes, built once.

interface VariantEntry {
  def: SectionDef;
  language: Language;
  allowsTail: boolean;
  onlyInside?: string;
  folded: string;
}

const variantIndex = new Map<string, VariantEntry[]>();
const tailVariants: VariantEntry[] = [];
for (const def of SECTIONS) {
  for (const variant of def.variants) {
    const entry: VariantEntry = {
      def,
      language: variant.language,
      allowsTail: Boolean(variant.allowsTail),
      onlyInside: variant.onlyInside,
      folded: fold(variant.text),
    };
    const list = variantIndex.get(entry.folded) ?? [];
    list.push(entry);
    variantIndex.set(entry.folded, list);
    if (entry.allowsTail) tailVariants.push(entry);
  }
}
/** Accent-insensitive fallback ("Educacion", "Responsabilites"): authors drop accents. */
const stripAccents = (folded: string) => folded.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
const looseVariantIndex = new Map<string, VariantEntry[]>();
const LONGEST_VARIANT = Math.max(...[...variantIndex.keys()].map((key) => key.length));
for (const [folded, entries] of variantIndex) {
  const key = stripAccents(folded);
  looseVariantIndex.set(key, [...(looseVariantIndex.get(key) ?? []), ...entries]);
}
// Longest first, so "Core Competencies" wins over a shorter prefix.
tailVariants.sort((a, b) => b.folded.length - a.folded.length);

const wrapperIndex = new Map<string, Array<{ language: Language; mergesInto?: string }>>();
for (const wrapper of WRAPPER_HEADINGS) {
  const key = fold(wrapper.text);
  const list = wrapperIndex.get(key) ?? [];
  list.push({ language: wrapper.language, mergesInto: wrapper.mergesInto });
  wrapperIndex.set(key, list);
}
const chromeIndex = new Set(CHROME_HEADINGS.map((chrome) => fold(chrome.text)));

interface LabelEntry {
  field: FieldDef;
  language: Language;
  layout: 'current' | 'legacy' | 'volunteer';
  folded: string;
}
const labelEntries: LabelEntry[] = FIELDS.flatMap((field) =>
  field.labels.map((label) => ({ field, language: label.language, layout: label.layout, folded: fold(label.text).replace(/\s*:$/, '') })),
).sort((a, b) => b.folded.length - a.folded.length);

/** A field line has a colon or bold markup near its start ("Label : value", "**Label** value"). */
const FIELD_HINT = /:|\*\*|__/;
/** Labels are short: only the head of a line is folded to look for one. */
const MAX_LABEL_LENGTH = Math.max(...labelEntries.map((entry) => entry.folded.length)) + 20;

interface OpenerEntry {
  def: SectionDef;
  language: Language;
  prefix: string;
  after?: string;
}
const openerEntries: OpenerEntry[] = SECTIONS.flatMap((def) =>
  (def.openers ?? []).map((opener) => {
    const [prefix, after] = opener.text.split('…').map((part) => fold(part));
    return { def, language: opener.language, prefix, after: after || undefined };
  }),
);

/** The first word of every opener: a cheap test before folding a whole paragraph. */
const openerHeads = [...new Set(openerEntries.map((opener) => opener.prefix.split(' ')[0]))];

/** Run-in heading search: every variant of two or more words, or one word next to an NBSP run. */
const runInPattern = new RegExp(
  `(${[...variantIndex.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00A0]+').replace(/'/g, "['\\u2019]"))
    .join('|')})`,
  'iuy',
);
const RUN_IN_SEPARATOR = /[.!?:;][ \u00A0]+/g;

// ---------------------------------------------------------------------------
// Line classification.

type LineKind = 'blank' | 'noise' | 'heading' | 'wrapper' | 'chrome' | 'field' | 'item' | 'text' | 'underline';

interface Segment {
  kind: LineKind;
  /** View offsets of the segment (without the line ending). */
  start: number;
  end: number;
  /** Index of the source line. */
  line: number;
  heading?: { candidates: VariantEntry[]; text: string; tail?: string; atx: boolean; runIn: boolean; textStart: number; textEnd: number };
  wrapper?: { language: Language; mergesInto?: string; text: string };
  field?: { entry: LabelEntry; labelStart: number; labelEnd: number; valueStart: number; valueEnd: number };
  item?: { markerStart: number; markerEnd: number; number?: number; ordered: boolean; contentStart: number };
}

const ITEM = /^([ \t\u00A0]*)(?:(\d{1,3})([.)])|\((\d{1,3})\)|([a-z])\)|([-*+•–—·▪●◦‣]))(?=[ \t\u00A0]|(?<=-)\p{L})/u;
const BLANK = /^[\s\u00A0\u200B\u202F\uFEFF]*$/;

function matchHeadingText(text: string, foldedText?: string): { candidates: VariantEntry[]; tail?: string } | undefined {
  if (text.length > 300) return undefined;
  const folded = foldedText ?? fold(text);
  if (!folded || folded.length > 220) return undefined;
  const exact = variantIndex.get(folded) ?? (folded.length <= LONGEST_VARIANT ? looseVariantIndex.get(stripAccents(folded)) : undefined);
  if (exact) return { candidates: exact };
  for (const entry of tailVariants) {
    if (folded.startsWith(entry.folded)) {
      const rest = folded.slice(entry.folded.length);
      if (/^\s*[-:(]|^\s+(level|niveau|nivel)\b/.test(rest)) {
        const candidates = tailVariants.filter((other) => other.folded === entry.folded);
        return { candidates, tail: text.slice(text.length - (text.length - matchedLength(text, entry.folded))).trim() };
      }
    }
  }
  return undefined;
}

/** Length in the raw text that folds to `foldedPrefix` (folding can shrink spaces). */
function matchedLength(text: string, foldedPrefix: string): number {
  for (let length = foldedPrefix.length; length <= text.length; length++) {
    if (fold(text.slice(0, length)) === foldedPrefix) {
      // extend over any further characters that fold away (spaces)
      while (length < text.length && fold(text.slice(0, length + 1)) === foldedPrefix) length++;
      return length;
    }
  }
  return text.length;
}

const HTML_COMMENT_LINE = /^[ \t]*<!--(?:(?!-->)[^])*-->[ \t]*$/;

function classifyLine(view: string, start: number, end: number, line: number, language?: Language): Segment[] {
  const content = view.slice(start, end);
  if (BLANK.test(content)) return [{ kind: 'blank', start, end, line }];
  // a line that is only an HTML comment (vnlint directives) is not notice text
  if (HTML_COMMENT_LINE.test(content)) return [{ kind: 'blank', start, end, line }];
  if (/^[ \t]*(=+|-{3,})[ \t]*$/.test(content)) return [{ kind: 'underline', start, end, line }];
  if (classifyNoiseLine(content, language)) return [{ kind: 'noise', start, end, line }];

  const stripped = stripHeadingMarkup(content);
  const strippedFolded = stripped.text.length <= 240 ? fold(stripped.text) : '';
  if (stripped.text && strippedFolded && strippedFolded.length <= 220) {
    const heading = matchHeadingText(stripped.text, strippedFolded);
    if (heading) {
      return [
        {
          kind: 'heading',
          start,
          end,
          line,
          heading: {
            ...heading,
            text: stripped.text,
            atx: stripped.atx,
            runIn: false,
            textStart: start + stripped.start,
            textEnd: start + stripped.end,
          },
        },
      ];
    }
    const wrapper = wrapperIndex.get(strippedFolded);
    if (wrapper) return [{ kind: 'wrapper', start, end, line, wrapper: { ...wrapper[0], text: stripped.text } }];
    if (chromeIndex.has(strippedFolded)) return [{ kind: 'chrome', start, end, line }];
  }

  const field = FIELD_HINT.test(content.slice(0, MAX_LABEL_LENGTH + 12)) ? matchField(content, start) : undefined;
  if (field) return [{ kind: 'field', start, end, line, field }];

  const item = ITEM.exec(content);
  const segments: Segment[] = [];
  if (item) {
    const number = item[2] ?? item[4];
    const letter = item[5];
    const markerStart = start + item[1].length;
    const markerEnd = start + item[0].length;
    let contentStart = markerEnd;
    while (contentStart < end && /[ \t\u00A0]/.test(view[contentStart])) contentStart++;
    segments.push({
      kind: 'item',
      start,
      end,
      line,
      item: {
        markerStart,
        markerEnd,
        ordered: number !== undefined || letter !== undefined,
        number: number !== undefined ? Number(number) : letter !== undefined ? letter.charCodeAt(0) - 96 : undefined,
        contentStart,
      },
    });
  } else {
    segments.push({ kind: 'text', start, end, line });
  }
  return splitRunIn(view, segments[0]);
}

/**
 * Splits run-in headings out of a text or item segment (§3.1): the variant
 * starts the line or follows sentence-final punctuation plus a space/NBSP run,
 * and is followed by the end of the line, an NBSP run or a capitalised word.
 * One-word variants also need an NBSP run on one side.
 */
function splitRunIn(view: string, segment: Segment): Segment[] {
  const content = view.slice(segment.start, segment.end);
  if (content.length < 12) return [segment];
  const cuts: Array<{ at: number; headingEnd: number; candidates: VariantEntry[]; tail?: string; text: string }> = [];
  // candidates only where a heading may start: after sentence-final punctuation plus a space/NBSP run
  RUN_IN_SEPARATOR.lastIndex = 0;
  let separatorMatch: RegExpExecArray | null;
  let done = 0;
  while ((separatorMatch = RUN_IN_SEPARATOR.exec(content))) {
    const at = separatorMatch.index + separatorMatch[0].length;
    if (at < done || at >= content.length) continue;
    runInPattern.lastIndex = at;
    const match = runInPattern.exec(content);
    if (!match) continue;
    const nbspBefore = separatorMatch[0].includes('\u00A0');
    const folded = fold(match[0]);
    const candidates = variantIndex.get(folded);
    if (!candidates) continue;
    let headingEnd = at + match[0].length;
    let tail: string | undefined;
    const tailAllowed = candidates.some((candidate) => candidate.allowsTail);
    if (tailAllowed) {
      const tailMatch =
        /^[ \u00A0]*[-–—][ \u00A0]*[^:.\u00A0]*?(?:\(?\b(?:level|niveau|nivel)[ \u00A0]*\d+\)?(?:,[ \u00A0]*if with direct reports)?|:)/iu.exec(
          content.slice(headingEnd, headingEnd + 300),
        );
      if (tailMatch) {
        tail = tailMatch[0].trim();
        headingEnd += tailMatch[0].length;
      }
    }
    // a legacy-style colon after the heading ("Education:␣␣…")
    const windowEnd = headingEnd + 200;
    if (tail === undefined && /^:(?:[ ]*\u00A0|[ \u00A0]*$)/.test(content.slice(headingEnd, windowEnd)) && (windowEnd >= content.length || /^:[ ]*\u00A0/.test(content.slice(headingEnd, windowEnd)))) headingEnd++;
    const after = content.slice(headingEnd, headingEnd + 200);
    const atLineEnd = headingEnd + 200 >= content.length && after.trim() === '';
    const nbspAfter = /^[ ]*\u00A0/.test(after);
    const okAfter = atLineEnd || nbspAfter || /^[ \u00A0]+\p{Lu}/u.test(after) || (tail !== undefined && /^[ \u00A0]*\p{L}/u.test(after));
    if (!okAfter) continue;
    if (!folded.includes(' ') && !nbspBefore && !nbspAfter) continue;
    cuts.push({ at, headingEnd, candidates, tail, text: content.slice(at, headingEnd) });
    done = headingEnd;
  }
  if (cuts.length === 0) return [segment];
  const out: Segment[] = [];
  let position = segment.start;
  let first = true;
  for (const cut of cuts) {
    const cutStart = segment.start + cut.at;
    if (cutStart > position) {
      out.push(first ? { ...segment, end: trimEnd(view, position, cutStart) } : { kind: 'text', start: position, end: trimEnd(view, position, cutStart), line: segment.line });
    }
    first = false;
    out.push({
      kind: 'heading',
      start: cutStart,
      end: segment.start + cut.headingEnd,
      line: segment.line,
      heading: {
        candidates: cut.candidates,
        tail: cut.tail,
        text: cut.text,
        atx: false,
        runIn: true,
        textStart: cutStart,
        textEnd: segment.start + cut.headingEnd,
      },
    });
    position = skipSpaces(view, segment.start + cut.headingEnd, segment.end);
  }
  if (position < segment.end) out.push({ kind: 'text', start: position, end: segment.end, line: segment.line });
  return out;
}

function trimEnd(view: string, start: number, end: number): number {
  while (end > start && /[ \t\u00A0]/.test(view[end - 1])) end--;
  return end;
}
function skipSpaces(view: string, start: number, end: number): number {
  while (start < end && /[ \t\u00A0]/.test(view[start])) start++;
  return start;
}

/** A header field line: "Label : value", "- **Grade:** P-4", "**Grade** : P-4" (§2 "Matching labels"). */
function matchField(content: string, lineStart: number): Segment['field'] | undefined {
  const leading = /^[ \t\u00A0]*(?:[-*•–](?=[ \t\u00A0])|\d{1,2}\.)?[ \t\u00A0]*/.exec(content)![0].length;
  let rest = content.slice(leading);
  let offset = leading;
  let bold = false;
  if (rest.startsWith('**') || rest.startsWith('__')) {
    rest = rest.slice(2);
    offset += 2;
    bold = true;
  }
  const restFolded = fold(rest.slice(0, MAX_LABEL_LENGTH));
  for (const entry of labelEntries) {
    if (!restFolded.startsWith(entry.folded)) continue;
    let labelLength = matchedLength(rest, entry.folded);
    while (labelLength > 0 && /[ \t\u00A0]/.test(rest[labelLength - 1])) labelLength--;
    let after = labelLength;
    // closing bold, optional space/NBSP, colon, closing bold
    const separator = /^(?:\*\*|__)?[ \t\u00A0]*(:)?(?:\*\*|__)?[ \t\u00A0]*/.exec(rest.slice(after))!;
    const hasColon = separator[1] !== undefined;
    const remaining = rest.slice(after + separator[0].length);
    if (!hasColon && !(bold && separator[0].length > 0) && remaining.length > 0) continue;
    if (!hasColon && remaining.length === 0 && !bold) continue;
    after += separator[0].length;
    const valueStart = lineStart + offset + after;
    let valueEnd = lineStart + content.length;
    while (valueEnd > valueStart && /[ \t\u00A0]/.test(content[valueEnd - lineStart - 1])) valueEnd--;
    return {
      entry,
      labelStart: lineStart + offset,
      labelEnd: lineStart + offset + labelLength,
      valueStart,
      valueEnd,
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Assembly.

interface Lines {
  starts: number[];
  /** End of each line's content (before its line ending). */
  ends: number[];
}

function splitLines(text: string): Lines {
  const starts = [0];
  const ends: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) {
      ends.push(index);
      if (code === 13 && text.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    }
  }
  ends.push(text.length);
  return { starts, ends };
}

function dominantEol(text: string): '\n' | '\r\n' | '\r' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

export function parseNotice(text: string, settings: ParseSettings = {}): NoticeRoot {
  // A BOM is kept in the text but never part of a line's content.
  const view = repairedView(text);
  const viewText = view.text;
  const originalLines = splitLines(text);
  const lines = splitLines(viewText);
  const toPoint = pointMapper(originalLines.starts);
  const position = (viewStart: number, viewEnd: number): Position => ({
    start: toPoint(view.toOriginal(viewStart)),
    end: toPoint(view.toOriginal(viewEnd)),
  });

  // 1. classify
  let segments: Segment[] = [];
  for (let line = 0; line < lines.starts.length; line++) {
    let start = lines.starts[line];
    if (line === 0 && viewText.charCodeAt(0) === 0xfeff) start++;
    segments.push(...classifyLine(viewText, start, lines.ends[line], line, settings.language));
  }
  // setext headings: "Education\n=========" (the underline makes the line above a heading candidate)
  segments = segments.filter((segment, index) => {
    if (segment.kind !== 'underline') return true;
    const previous = segments[index - 1];
    if (previous && previous.kind === 'text') {
      const heading = matchHeadingText(viewText.slice(previous.start, previous.end).trim());
      if (heading) {
        const text = viewText.slice(previous.start, previous.end).trim();
        segments[index - 1] = {
          ...previous,
          kind: 'heading',
          heading: { ...heading, text, atx: false, runIn: false, textStart: previous.start, textEnd: previous.end },
        };
        return false;
      }
    }
    // a "---" under nothing is a thematic break: plain text for our purposes
    segment.kind = 'text';
    return true;
  });

  // 2. family: volunteer when two or more volunteer-only headings are present (§1 type detection 5)
  let volunteerVotes = 0;
  for (const segment of segments) {
    if (segment.kind === 'heading' && segment.heading!.candidates.every((candidate) => candidate.def.family === 'volunteer')) volunteerVotes++;
  }
  const family: 'staff' | 'volunteer' = settings.noticeType === 'volunteer' || volunteerVotes >= 2 ? 'volunteer' : 'staff';

  // 3. assemble
  const votes: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  const vote = (languages: Language[]) => {
    const unique = [...new Set(languages)];
    for (const language of unique) votes[language] += 1 / unique.length;
  };

  const fields: FieldNode[] = [];
  const sections: SectionNode[] = [];
  let current: SectionNode = newSection('preamble', undefined, segments[0]?.start ?? 0);
  let pendingWrappers: HeadingInfo[] = [];
  let headerDone = false;
  let layout: Layout = family === 'volunteer' ? 'volunteer' : 'body-only';
  let listNode: ListNode | undefined;
  let paragraph: { start: number; end: number } | undefined;
  let groupContext: string | undefined;

  function newSection(id: string, heading: HeadingInfo | undefined, viewStart: number): SectionNode {
    return {
      type: 'section',
      id,
      wrappers: [],
      heading,
      children: [],
      position: position(viewStart, viewStart),
      data: { viewStart, viewEnd: viewStart },
    } as SectionNode;
  }

  function flushParagraph() {
    if (!paragraph) return;
    const node: ParagraphNode = {
      type: 'paragraph',
      value: viewText.slice(paragraph.start, paragraph.end),
      position: position(paragraph.start, paragraph.end),
      data: { viewStart: paragraph.start, viewEnd: paragraph.end },
    } as ParagraphNode;
    current.children.push(node);
    extend(current, paragraph.end);
    paragraph = undefined;
  }
  function closeList() {
    listNode = undefined;
  }
  function extend(section: SectionNode, viewEnd: number) {
    const data = section.data as { viewStart: number; viewEnd: number };
    if (viewEnd > data.viewEnd) data.viewEnd = viewEnd;
  }
  function startSection(id: string, heading: HeadingInfo | undefined, viewStart: number) {
    flushParagraph();
    closeList();
    finishSection();
    current = newSection(id, heading, viewStart);
    if (heading) extend(current, heading.span.end === heading.span.start ? viewStart : viewEnd(heading));
    if (pendingWrappers.length) {
      current.wrappers = pendingWrappers;
      (current.data as { viewStart: number }).viewStart = (pendingWrappers[0] as HeadingInfo & { viewStart: number }).viewStart;
      pendingWrappers = [];
    }
  }
  function viewEnd(heading: HeadingInfo): number {
    return (heading as HeadingInfo & { viewEnd: number }).viewEnd;
  }
  function finishSection() {
    const data = current.data as { viewStart: number; viewEnd: number };
    current.position = position(data.viewStart, data.viewEnd);
    if (current.id !== 'preamble' || current.children.length > 0 || current.wrappers.length > 0) sections.push(current);
  }

  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    switch (segment.kind) {
      case 'blank':
      case 'underline':
        flushParagraph();
        break;
      case 'noise':
      case 'chrome': {
        flushParagraph();
        closeList();
        break;
      }
      case 'wrapper': {
        const next = nextSignificant(segments, index);
        const info = segment.wrapper!;
        const stripped = stripHeadingMarkup(viewText.slice(segment.start, segment.end));
        const headingInfo = {
          text: info.text,
          span: span(viewText, view, segment.start, segment.end),
          textSpan: span(viewText, view, segment.start + stripped.start, segment.start + stripped.end),
          style: stripped.atx ? 'atx' : 'plain',
          language: info.language,
          data: { viewStart: segment.start, viewEnd: segment.end },
          viewStart: segment.start,
        } as HeadingInfo;
        // "Qualifications" before "Éducation" (not before the long group heading) is the group heading itself
        if (info.mergesInto && !(next && next.kind === 'heading' && next.heading!.candidates.some((c) => c.def.id === info.mergesInto))) {
          const groupDef = SECTIONS.find((def) => def.id === info.mergesInto);
          if (groupDef && groupDef.kind === 'group') {
            vote([info.language]);
            startSection(groupDef.id, { ...headingInfo, viewEnd: segment.end } as HeadingInfo, segment.start);
            groupContext = groupDef.id;
            break;
          }
        }
        flushParagraph();
        closeList();
        vote([info.language]);
        pendingWrappers.push(headingInfo);
        break;
      }
      case 'heading': {
        const heading = segment.heading!;
        const candidates = heading.candidates.filter(
          (candidate) =>
            (candidate.def.family === family || !heading.candidates.some((other) => other.def.family === family)) &&
            (!candidate.onlyInside || candidate.onlyInside === groupContext || insideGroup(current.id, candidate.onlyInside)),
        );
        if (candidates.length === 0) {
          // e.g. FR "Compétences" outside Qualifications: body text, not a section
          flushParagraph();
          closeList();
          current.children.push({
            type: 'subheading',
            value: heading.text,
            position: position(segment.start, segment.end),
            data: { viewStart: segment.start, viewEnd: segment.end },
          } as BlockNode);
          extend(current, segment.end);
          break;
        }
        const def = candidates[0].def;
        vote(candidates.map((candidate) => candidate.language));
        // "Responsibilities" directly before "Responsibilities and Accountabilities": a wrapper (§3.1)
        const following = nextSignificant(segments, index);
        if (following?.kind === 'heading' && !heading.runIn && following.heading!.candidates.some((candidate) => candidate.def.id === def.id)) {
          flushParagraph();
          closeList();
          pendingWrappers.push({
            text: heading.text,
            span: span(viewText, view, segment.start, segment.end),
            textSpan: span(viewText, view, heading.textStart, heading.textEnd),
            style: heading.atx ? 'atx' : 'plain',
            language: candidates.length === 1 ? candidates[0].language : undefined,
            languages: [...new Set(candidates.map((candidate) => candidate.language))],
            data: { viewStart: segment.start, viewEnd: segment.end },
            viewStart: segment.start,
          } as HeadingInfo);
          break;
        }
        const headingInfo = {
          text: heading.text,
          span: span(viewText, view, segment.start, segment.end),
          textSpan: span(viewText, view, heading.textStart, heading.textEnd),
          data: { viewStart: segment.start, viewEnd: segment.end },
          style: heading.runIn ? 'run-in' : heading.atx ? 'atx' : 'plain',
          language: candidates.length === 1 ? candidates[0].language : undefined,
          languages: [...new Set(candidates.map((candidate) => candidate.language))],
          tail: heading.tail,
          viewEnd: segment.end,
        } as HeadingInfo;
        if (def.kind === 'group') groupContext = def.id;
        else if (groupContext && !groupMember(groupContext, def.id)) groupContext = undefined;
        if (!headerDone) headerDone = true;
        startSection(def.id, headingInfo, segment.start);
        break;
      }
      case 'field': {
        const field = segment.field!;
        if (!headerDone) {
          flushParagraph();
          closeList();
          let valueStart = field.valueStart;
          let valueEnd = field.valueEnd;
          // the value may be on the next line
          if (valueStart >= valueEnd) {
            const next = segments[index + 1];
            if (next && next.kind === 'text') {
              valueStart = next.start;
              valueEnd = next.end;
              index++;
            }
          }
          fields.push({
            type: 'field',
            key: field.entry.field.key,
            label: span(viewText, view, field.labelStart, field.labelEnd),
            fieldValue: span(viewText, view, valueStart, valueEnd),
            language: field.entry.language,
            layout: field.entry.layout,
            position: position(segment.start, Math.max(segment.end, valueEnd)),
          } as FieldNode);
          vote([field.entry.language, ...labelLanguages(field.entry.folded)]);
          break;
        }
        // a "Label: value" line inside a section is ordinary text
        segment.kind = 'text';
        index--;
        segments[index + 1] = segment;
        break;
      }
      case 'item': {
        flushParagraph();
        const item = segment.item!;
        const opener = matchOpener(viewText.slice(item.contentStart, segment.end), current.id, family);
        if (opener) startSection(opener.def.id, openerHeading(opener, segment), segment.start);
        if (!listNode || listNode.ordered !== item.ordered) {
          listNode = {
            type: 'list',
            ordered: item.ordered,
            children: [],
            position: position(segment.start, segment.end),
            data: { viewStart: segment.start, viewEnd: segment.end },
          } as ListNode;
          current.children.push(listNode);
        }
        const itemNode: ListItemNode = {
          type: 'listItem',
          marker: span(viewText, view, item.markerStart, item.markerEnd),
          number: item.number,
          content: span(viewText, view, item.contentStart, segment.end),
          position: position(segment.start, segment.end),
          data: { viewStart: segment.start, viewEnd: segment.end },
        } as ListItemNode;
        listNode.children.push(itemNode);
        const listData = listNode.data as { viewStart: number; viewEnd: number };
        listData.viewEnd = segment.end;
        listNode.position = position(listData.viewStart, listData.viewEnd);
        extend(current, segment.end);
        break;
      }
      case 'text': {
        const content = viewText.slice(segment.start, segment.end);
        if (!paragraph) {
          const opener = matchOpener(content, current.id, family);
          if (opener) {
            startSection(opener.def.id, openerHeading(opener, segment), segment.start);
            vote([opener.language]);
          }
        }
        // a text line between list items ends the list node; blank lines do not
        closeList();
        if (paragraph) paragraph.end = segment.end;
        else paragraph = { start: segment.start, end: segment.end };
        if (!headerDone && fields.length > 0 && current.id === 'preamble') {
          // prose after the header block ends it
          headerDone = fields.length >= 2;
        }
        break;
      }
    }
  }
  flushParagraph();
  finishSection();
  if (fields.length && family !== 'volunteer') layout = headerLayout(fields);

  // 4. header
  const children: Array<HeaderNode | SectionNode> = [];
  if (fields.length) {
    const header: HeaderNode = {
      type: 'header',
      children: fields,
      position: { start: fields[0].position.start, end: fields[fields.length - 1].position.end },
    };
    children.push(header);
  }
  children.push(...sections);

  const language = settings.language ?? decideLanguage(votes, proseSample(viewText, segments));
  const gradeInfo = detectGrade(fields, settings.grade, viewText);
  const noticeType = settings.noticeType ?? detectNoticeType({ fields, family, grade: gradeInfo.grade, text: viewText, sections });
  const category = detectCategory(gradeInfo.grade, viewText);

  return {
    type: 'notice',
    children,
    data: {
      language,
      languageVotes: votes,
      noticeType,
      layout,
      grade: gradeInfo.grade,
      gradeSource: gradeInfo.source,
      category,
      eol: dominantEol(text),
      headingStyle: sections.some((section) => section.heading?.style === 'atx') ? 'atx' : 'plain',
      text,
      lineStarts: originalLines.starts,
      noiseLines: new Set(segments.filter((segment) => segment.kind === 'noise').map((segment) => segment.line)),
      view,
    },
    position: { start: toPoint(0), end: toPoint(text.length) },
  } as NoticeRoot;
}

function nextSignificant(segments: Segment[], index: number): Segment | undefined {
  for (let next = index + 1; next < segments.length; next++) {
    if (segments[next].kind !== 'blank' && segments[next].kind !== 'noise') return segments[next];
  }
  return undefined;
}

const GROUP_MEMBERS: Record<string, string[]> = {};
for (const def of SECTIONS) {
  if (def.kind !== 'group') continue;
  // members: the sections that follow the group in template order until the next group or a section of another block
  const followers = SECTIONS.filter((other) => other.family === def.family && other.order > def.order).sort((a, b) => a.order - b.order);
  const members: string[] = [];
  for (const other of followers) {
    if (other.kind === 'group') break;
    members.push(other.id);
  }
  GROUP_MEMBERS[def.id] = members;
}
function groupMember(group: string, id: string): boolean {
  return GROUP_MEMBERS[group]?.includes(id) ?? false;
}
function insideGroup(currentId: string, group: string): boolean {
  return currentId === group || groupMember(group, currentId);
}

/**
 * The header layout: the layout most labels belong to, counting only labels
 * that exist in one layout ("Vacancy Number", "Grade"); labels shared by
 * layouts (FR "Intitulé du poste", "Lieu d’affectation") are then re-keyed
 * to the chosen layout's field.
 */
function headerLayout(fields: FieldNode[]): Layout {
  const counts: Record<'current' | 'legacy' | 'volunteer', number> = { current: 0, legacy: 0, volunteer: 0 };
  const entriesOf = (field: FieldNode) => {
    const folded = fold(field.label.value).replace(/\s*:$/, '');
    return labelEntries.filter((entry) => entry.folded === folded);
  };
  for (const field of fields) {
    const layouts = new Set(entriesOf(field).map((entry) => entry.layout));
    if (layouts.size === 1) counts[[...layouts][0]]++;
  }
  const chosen: 'current' | 'legacy' | 'volunteer' =
    counts.legacy > counts.current && counts.legacy >= counts.volunteer ? 'legacy' : counts.volunteer > counts.current ? 'volunteer' : 'current';
  for (const field of fields) {
    if (field.layout === chosen) continue;
    const entry = entriesOf(field).find((candidate) => candidate.layout === chosen);
    if (entry) {
      field.key = entry.field.key;
      field.layout = entry.layout;
    }
  }
  return chosen === 'volunteer' ? 'volunteer' : chosen;
}

function labelLanguages(folded: string): Language[] {
  return labelEntries.filter((entry) => entry.folded === folded).map((entry) => entry.language);
}

function matchOpener(content: string, currentId: string, family: 'staff' | 'volunteer'): OpenerEntry | undefined {
  if (openerEntries.length === 0) return undefined;
  const head = content.slice(0, 32).trimStart().toLowerCase();
  if (!openerHeads.some((prefix) => head.startsWith(prefix))) return undefined;
  const folded = fold(content.slice(0, 400));
  for (const opener of openerEntries) {
    if (opener.def.id === currentId || opener.def.family !== family) continue;
    if (!folded.startsWith(opener.prefix)) continue;
    if (opener.after) {
      const sentenceEnd = folded.search(/[.!?](\s|$)/);
      const sentence = sentenceEnd === -1 ? folded : folded.slice(0, sentenceEnd);
      if (!sentence.includes(opener.after, opener.prefix.length)) continue;
    }
    return opener;
  }
  return undefined;
}

function openerHeading(opener: OpenerEntry, segment: Segment): HeadingInfo {
  return {
    text: opener.prefix,
    span: { value: '', start: segment.start, end: segment.start },
    style: 'opener',
    language: opener.language,
    viewEnd: segment.start,
  } as HeadingInfo;
}

/** A span whose offsets are in the original text and whose value is the repaired text. */
function span(viewText: string, view: RepairedView, start: number, end: number) {
  return { value: viewText.slice(start, end), start: view.toOriginal(start), end: view.toOriginal(end) };
}

function pointMapper(lineStarts: number[]) {
  return (offset: number) => pointAt(lineStarts, offset);
}

// ---------------------------------------------------------------------------
// Detection.

const STOPWORDS: Record<Language, RegExp> = {
  en: /\b(the|and|of|with|for|to|is|are|will|this)\b/gi,
  // words shared by FR and ES ("la", "en") vote for neither
  fr: /\b(le|les|des|et|du|au|aux|pour|avec|dans|est|une|sont)\b/gi,
  es: /\b(el|los|las|del|y|para|con|es|una|son|por|al)\b/gi,
};

/** The text of body lines (not headings, fields or noise), for the prose-language vote. */
function proseSample(viewText: string, segments: Segment[]): string {
  let sample = '';
  for (const segment of segments) {
    if (segment.kind !== 'text' && segment.kind !== 'item') continue;
    sample += viewText.slice(segment.start, segment.end) + '\n';
    if (sample.length > 20000) break;
  }
  return sample;
}

/**
 * The notice language: the language of most headings and labels (§0), unless
 * the prose is clearly in another language (a Spanish body with English
 * headings is a Spanish notice whose headings are in the wrong language).
 */
function decideLanguage(votes: Record<Language, number>, text: string): Language {
  const prose = LANGUAGES.map((language) => [language, (text.match(STOPWORDS[language]) ?? []).length] as const).sort((a, b) => b[1] - a[1]);
  if (prose[0][1] >= 25 && prose[0][1] >= 3 * prose[1][1]) return prose[0][0];
  const ranked = LANGUAGES.map((language) => [language, votes[language]] as const).sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] > 0 && ranked[0][1] - ranked[1][1] >= 1) return ranked[0][0];
  // tie or no headings: count function words in a sample
  const sample = text.slice(0, 20000);
  const counts = LANGUAGES.map((language) => [language, (sample.match(STOPWORDS[language]) ?? []).length] as const);
  // headings still count, heavily
  counts.sort((a, b) => b[1] + votes[b[0]] * 50 - (a[1] + votes[a[0]] * 50));
  return counts[0][0];
}

function detectGrade(fields: FieldNode[], configured: string | undefined, text: string): { grade?: string; source?: NoticeData['gradeSource'] } {
  if (configured) return { grade: parseGrade(configured)?.canonical ?? configured, source: 'config' };
  const gradeField = fields.find((field) => field.key === 'grade');
  if (gradeField) {
    const parsed = parseGrade(gradeField.fieldValue.value.trim());
    if (parsed) return { grade: parsed.canonical, source: 'header' };
  }
  const classification = fields.find((field) => field.key === 'classification');
  if (classification) {
    const token = /grad[eo][ \u00A0]*([A-Za-z]{1,2}[ -]?[0-9A-Ea-e])/i.exec(classification.fieldValue.value);
    const parsed = token ? parseGrade(token[1]) : undefined;
    if (parsed) return { grade: parsed.canonical, source: 'classification' };
  }
  const title = fields.find((field) => field.key === 'title');
  const titleText = title?.fieldValue.value ?? text.slice(0, 300).split(/\r?\n/).find((line) => line.trim()) ?? '';
  const inTitle = /\((P|D|G|NO)[ -]?([0-9A-E])\)/i.exec(titleText);
  if (inTitle) {
    const parsed = parseGrade(`${inTitle[1]}-${inTitle[2]}`);
    if (parsed) return { grade: parsed.canonical, source: 'title' };
  }
  return {};
}

function detectCategory(grade: string | undefined, text: string): 'international' | 'national' | undefined {
  if (grade) {
    if (/^(P|D)-/.test(grade)) return 'international';
    if (/^(G|NO)-/.test(grade)) return 'national';
    return undefined;
  }
  // searched in the raw view (no whole-text fold: it dominated parse time on large notices)
  if (NATIONAL_PHRASES.test(text)) return 'national';
  if (INTERNATIONAL_PHRASES.test(text)) return 'international';
  return undefined;
}

const SPACE = '[\\s\\u00A0]+';
const NATIONAL_PHRASES = new RegExp(
  ['subject to local recruitment', 'soumise? au recrutement local', 'sujeta? a contrataci[oó]n local'].map((phrase) => phrase.replace(/ /g, SPACE)).join('|'),
  'i',
);
const INTERNATIONAL_PHRASES = new RegExp(
  ['not represented among staff members', 'non repr[ée]sent', 'no est[áa]n representados'].map((phrase) => phrase.replace(/ /g, SPACE)).join('|'),
  'i',
);

type NoticeData = NoticeRoot['data'];
