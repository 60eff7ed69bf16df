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
import { LOCAL_RECRUITMENT_PHRASES } from '../template/requirements.js';
import { NRMS_LIST_PHRASES } from '../template/nrms.js';
import { PROFESSIONAL_TITLE_SUFFIX } from '../template/notice-types.js';
import { classifyNoiseLine, classifyNoiseLineUncached, noiseLinesKnown, rememberNoiseLines, type NoiseClass } from '../text/noise.js';
import type { FieldDef, SectionDef } from '../template/types.js';
import { fold, ownCopy, stripHeadingMarkup } from './normalize.js';
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

interface SegmentHeading {
  candidates: VariantEntry[];
  text: string;
  tail: string | undefined;
  atx: boolean;
  runIn: boolean;
  textStart: number;
  textEnd: number;
}
interface SegmentItem {
  markerStart: number;
  markerEnd: number;
  number: number | undefined;
  ordered: boolean;
  contentStart: number;
}

/**
 * One line's piece, as classified. Why a class with every field set in the constructor, instead of object
 * literals with the fields each kind needs: the parser reads every segment in the same few places, and literals of
 * a dozen shapes (plus fields added later to memo copies) made those reads megamorphic and cost parseNotice's
 * optimised code "wrong map" deoptimisations; one hidden class keeps them monomorphic (BENCHMARKS.md).
 */
class Segment {
  kind: LineKind;
  /** View offsets of the segment (without the line ending). */
  start: number;
  end: number;
  /** Index of the source line. */
  line: number;
  heading: SegmentHeading | undefined;
  wrapper: { language: Language; mergesInto: string | undefined; text: string } | undefined;
  field: { entry: LabelEntry; labelStart: number; labelEnd: number; valueStart: number; valueEnd: number } | undefined;
  item: SegmentItem | undefined;
  /** The memo's copy this segment was made from (offsets relative to its line), which keeps `stopwords`. */
  origin: Segment | undefined;
  /** Stop-word counts of the segment's text, on a memo copy: computed once per distinct line. */
  stopwords: Record<Language, number> | undefined;
  /** On a memo copy: its text and its list item's content, as kept string instances (stableText). */
  text: string | undefined;
  itemContent: string | undefined;
  /** On a memo copy: the memo's own copy of the whole line (the cache key). */
  lineText: string | undefined;
  /** On a memo copy: openerFold() of its text and of its list item's content (null: cannot open a section; undefined: not computed). */
  openerFoldText: string | null | undefined;
  openerFoldItem: string | null | undefined;
  /** On the memo copy of a line's first segment: classifyNoiseLine() of the whole line (null: not noise). */
  lineNoise: NoiseClass | null | undefined;

  constructor(kind: LineKind, start: number, end: number, line: number) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.line = line;
    this.heading = undefined;
    this.wrapper = undefined;
    this.field = undefined;
    this.item = undefined;
    this.origin = undefined;
    this.stopwords = undefined;
    this.text = undefined;
    this.itemContent = undefined;
    this.lineText = undefined;
    this.openerFoldText = undefined;
    this.openerFoldItem = undefined;
    this.lineNoise = undefined;
  }
}

/** A segment of `kind` with one of the optional parts set. */
function segmentWith<K extends 'heading' | 'wrapper' | 'field' | 'item'>(kind: LineKind, start: number, end: number, line: number, part: K, value: Segment[K]): Segment {
  const segment = new Segment(kind, start, end, line);
  segment[part] = value;
  return segment;
}

const ITEM = /^([ \t\u00A0]*)(?:(\d{1,3})([.)])|\((\d{1,3})\)|([a-z])\)|([-*+•–—·▪●◦‣]))(?=[ \t\u00A0]|(?<=-)\p{L})/u;
const BLANK = /^[\s\u00A0\u200B\u202F\uFEFF]*$/;

function matchHeadingText(text: string, foldedText?: string): { candidates: VariantEntry[]; tail: string | undefined } | undefined {
  if (text.length > 300) return undefined;
  const folded = foldedText ?? fold(text);
  if (!folded || folded.length > 220) return undefined;
  const exact = variantIndex.get(folded) ?? (folded.length <= LONGEST_VARIANT ? looseVariantIndex.get(stripAccents(folded)) : undefined);
  if (exact) return { candidates: exact, tail: undefined };
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

/** `noise`: classifyNoiseLine() of the line, when the caller has it. */
function classifyLine(view: string, start: number, end: number, line: number, language?: Language, noise?: NoiseClass | null): Segment[] {
  const content = view.slice(start, end);
  if (BLANK.test(content)) return [new Segment('blank', start, end, line)];
  // a line that is only an HTML comment (vnlint directives) is not notice text
  if (HTML_COMMENT_LINE.test(content)) return [new Segment('blank', start, end, line)];
  if (/^[ \t]*(=+|-{3,})[ \t]*$/.test(content)) return [new Segment('underline', start, end, line)];
  if (noise === undefined ? classifyNoiseLine(content, language) : noise) return [new Segment('noise', start, end, line)];

  const stripped = stripHeadingMarkup(content);
  const strippedFolded = stripped.text.length <= 240 ? fold(stripped.text) : '';
  if (stripped.text && strippedFolded && strippedFolded.length <= 220) {
    const heading = matchHeadingText(stripped.text, strippedFolded);
    if (heading) {
      return [
        segmentWith('heading', start, end, line, 'heading', {
          candidates: heading.candidates,
          text: stripped.text,
          tail: heading.tail,
          atx: stripped.atx,
          runIn: false,
          textStart: start + stripped.start,
          textEnd: start + stripped.end,
        }),
      ];
    }
    const wrapper = wrapperIndex.get(strippedFolded);
    if (wrapper) return [segmentWith('wrapper', start, end, line, 'wrapper', { language: wrapper[0].language, mergesInto: wrapper[0].mergesInto, text: stripped.text })];
    if (chromeIndex.has(strippedFolded)) return [new Segment('chrome', start, end, line)];
  }

  const field = FIELD_HINT.test(content.slice(0, MAX_LABEL_LENGTH + 12)) ? matchField(content, start) : undefined;
  if (field) return [segmentWith('field', start, end, line, 'field', field)];

  const item = ITEM.exec(content);
  const segments: Segment[] = [];
  if (item) {
    const number = item[2] ?? item[4];
    const letter = item[5];
    const markerStart = start + item[1].length;
    const markerEnd = start + item[0].length;
    let contentStart = markerEnd;
    while (contentStart < end && /[ \t\u00A0]/.test(view[contentStart])) contentStart++;
    segments.push(
      segmentWith('item', start, end, line, 'item', {
        markerStart,
        markerEnd,
        number: number !== undefined ? Number(number) : letter !== undefined ? letter.charCodeAt(0) - 96 : undefined,
        ordered: number !== undefined || letter !== undefined,
        contentStart,
      }),
    );
  } else {
    segments.push(new Segment('text', start, end, line));
  }
  return splitRunIn(view, segments[0]);
}

/*
 * Why a memo of line classes: classifying a line (noise patterns, heading markup, folding, heading and label
 * lookups, list markers, run-in headings) was the largest part of a parse, and the editor parses the same lines
 * again on every keystroke. The segments of a line depend only on its content and the forced language (every
 * test above looks inside [start, end) only), so they are kept with offsets relative to the line start and
 * shifted on use; each use gets fresh objects, because the assembly below changes segments in place. Two
 * generations of at most LINE_CACHE_LIMIT lines; keys are copied so that they do not keep a document alive.
 */
const LINE_CACHE_LIMIT = 2000;
const LINE_CACHE_MAX_LENGTH = 2000;
const lineCaches = new Map<string, LineCache>();

/** Empties the line-class memo (benchmarks measure the cold cost with it). */
export function clearLineCache(): void {
  lineCaches.clear();
}

/**
 * classifyNoiseLine() of the line the last classifyLineCached() call classified (null: not noise). Why: parseNotice
 * hands these to noiseLines() (rememberNoiseLines), which would otherwise cut and look up every line again; the
 * line memo keeps it (`lineNoise`), so a known line costs no second lookup.
 */
let lastLineNoise: NoiseClass | null = null;

type LineCache = { current: Map<string, Segment[]>; previous: Map<string, Segment[]> };

/** The line memo for a forced language (or none). */
function lineCacheFor(language: Language | undefined): LineCache {
  let cache = lineCaches.get(language ?? '');
  if (!cache) {
    cache = { current: new Map(), previous: new Map() };
    lineCaches.set(language ?? '', cache);
  }
  return cache;
}

/** Appends the segments of the line [start, end) to `out`; `cache` is lineCacheFor(language). */
function classifyLineCached(view: string, start: number, end: number, line: number, language: Language | undefined, cache: LineCache, out: Segment[]): void {
  if (end - start > LINE_CACHE_MAX_LENGTH) {
    lastLineNoise = classifyNoiseLine(view.slice(start, end), language) ?? null;
    for (const segment of classifyLine(view, start, end, line, language, lastLineNoise)) out.push(segment);
    return;
  }
  const content = view.slice(start, end);
  let relative = cache.current.get(content);
  if (relative !== undefined) {
    lastLineNoise = relative[0].lineNoise ?? null;
    for (let i = 0; i < relative.length; i++) out.push(shiftSegment(relative[i], start, line, true));
    return;
  }
  relative = cache.previous.get(content);
  let key: string;
  if (relative === undefined) {
    const noise = classifyNoiseLineUncached(content) ?? null;
    const segments = classifyLine(view, start, end, line, language, noise);
    key = ownCopy(content);
    // (0 - start, not -start: for the first line -start is -0, a heap number, and every offset it is added to
    // would become one too, giving the memo's offset fields a double representation that deoptimises their readers)
    relative = segments.map((segment) => shiftSegment(segment, 0 - start, 0, false));
    for (const template of relative) template.lineText = key;
    relative[0].lineNoise = noise;
    segments.forEach((segment, index) => (segment.origin = relative![index]));
    for (const segment of segments) out.push(segment);
  } else {
    for (let i = 0; i < relative.length; i++) out.push(shiftSegment(relative[i], start, line, true));
    key = relative[0]?.lineText ?? ownCopy(content);
  }
  lastLineNoise = relative[0].lineNoise ?? null;
  if (cache.current.size >= LINE_CACHE_LIMIT) {
    cache.previous = cache.current;
    cache.current = new Map();
  }
  cache.current.set(key, relative);
}

/**
 * The text [start, end) of a segment made from the memo copy `origin`, as one string instance kept on `origin`.
 * Why: rules and the prose layer look paragraphs and list items up in text-keyed caches; a new string on every lint
 * is hashed and compared character by character there, the same instance is found by its cached hash and identity.
 */
function stableText(origin: Segment, key: 'text' | 'itemContent', viewText: string, start: number, end: number): string {
  let kept = origin[key];
  if (kept === undefined) {
    // cut from the memo's own copy of the line (its offsets are relative to the line): no second copy of the text
    const from = key === 'text' ? origin.start : origin.item!.contentStart;
    kept = origin.lineText !== undefined ? origin.lineText.slice(from, origin.end) : ownCopy(viewText.slice(start, end));
    origin[key] = kept;
  }
  return kept;
}

/** A copy of `segment` with every offset moved by `delta` and the given line index; `fromMemo`: `segment` is the memo's copy. */
function shiftSegment(segment: Segment, delta: number, line: number, fromMemo: boolean): Segment {
  const copy = new Segment(segment.kind, segment.start + delta, segment.end + delta, line);
  if (fromMemo) copy.origin = segment;
  const heading = segment.heading;
  if (heading) {
    copy.heading = {
      candidates: heading.candidates,
      // the memo's copy must not keep the document its texts were cut from
      text: fromMemo ? heading.text : ownCopy(heading.text),
      tail: fromMemo || heading.tail === undefined ? heading.tail : ownCopy(heading.tail),
      atx: heading.atx,
      runIn: heading.runIn,
      textStart: heading.textStart + delta,
      textEnd: heading.textEnd + delta,
    };
  }
  const wrapper = segment.wrapper;
  if (wrapper) copy.wrapper = { language: wrapper.language, mergesInto: wrapper.mergesInto, text: fromMemo ? wrapper.text : ownCopy(wrapper.text) };
  const field = segment.field;
  if (field) {
    copy.field = { entry: field.entry, labelStart: field.labelStart + delta, labelEnd: field.labelEnd + delta, valueStart: field.valueStart + delta, valueEnd: field.valueEnd + delta };
  }
  const item = segment.item;
  if (item) {
    copy.item = { markerStart: item.markerStart + delta, markerEnd: item.markerEnd + delta, number: item.number, ordered: item.ordered, contentStart: item.contentStart + delta };
  }
  return copy;
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
      out.push(first ? withEnd(segment, trimEnd(view, position, cutStart)) : new Segment('text', position, trimEnd(view, position, cutStart), segment.line));
    }
    first = false;
    out.push(
      segmentWith('heading', cutStart, segment.start + cut.headingEnd, segment.line, 'heading', {
        candidates: cut.candidates,
        text: cut.text,
        tail: cut.tail,
        atx: false,
        runIn: true,
        textStart: cutStart,
        textEnd: segment.start + cut.headingEnd,
      }),
    );
    position = skipSpaces(view, segment.start + cut.headingEnd, segment.end);
  }
  if (position < segment.end) out.push(new Segment('text', position, segment.end, segment.line));
  return out;
}

/** A copy of `segment` (same kind, parts and memo links) ending at `end`. */
function withEnd(segment: Segment, end: number): Segment {
  const copy = new Segment(segment.kind, segment.start, end, segment.line);
  copy.heading = segment.heading;
  copy.wrapper = segment.wrapper;
  copy.field = segment.field;
  copy.item = segment.item;
  copy.origin = segment.origin;
  copy.stopwords = segment.stopwords;
  copy.text = segment.text;
  copy.itemContent = segment.itemContent;
  copy.lineText = segment.lineText;
  copy.openerFoldText = segment.openerFoldText;
  copy.openerFoldItem = segment.openerFoldItem;
  copy.lineNoise = segment.lineNoise;
  return copy;
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
  /** How many line endings are "\r\n", a lone "\r" and a lone "\n" (for dominantEol). */
  crlf: number;
  cr: number;
  lf: number;
}

function splitLines(text: string): Lines {
  const starts = [0];
  const ends: number[] = [];
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  // Why: indexOf (native, vectorised) finds the line endings instead of a JS loop over every character
  let nextCr = text.indexOf('\r');
  let nextLf = text.indexOf('\n');
  while (nextCr !== -1 || nextLf !== -1) {
    let index = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
    ends.push(index);
    if (index === nextCr && text.charCodeAt(index + 1) === 10) {
      index++;
      crlf++;
    } else if (index === nextCr) cr++;
    else lf++;
    starts.push(index + 1);
    if (nextCr !== -1 && nextCr <= index) nextCr = text.indexOf('\r', index + 1);
    if (nextLf !== -1 && nextLf <= index) nextLf = text.indexOf('\n', index + 1);
  }
  ends.push(text.length);
  return { starts, ends, crlf, cr, lf };
}

/** The text's most frequent line ending; `lines` = splitLines(text), which counted them (lf: lone "\n"). */
function dominantEol({ crlf, cr, lf }: Lines): '\n' | '\r\n' | '\r' {
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** The paragraph being gathered; `origin`: the memo copy of its one segment, while it has only one (see stableText). */
class PendingParagraph {
  start: number;
  end: number;
  origin: Segment | undefined;
  constructor(start: number, end: number, origin: Segment | undefined) {
    this.start = start;
    this.end = end;
    this.origin = origin;
  }
}

/**
 * Step 3 of parseNotice: builds the header fields and the sections from the classified segments, one at a time
 * (take). Why a class with one method per segment kind rather than one loop with closures: V8 optimises each
 * method on its own, so the rare kinds (wrappers, header fields) do not make the hot loop's optimised code larger,
 * and a first-time branch in one of them does not throw the whole loop's code away (BENCHMARKS.md).
 */
class Assembler {
  readonly fields: FieldNode[] = [];
  readonly sections: SectionNode[] = [];
  readonly votes: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  private current: SectionNode;
  private pendingWrappers: HeadingInfo[] = [];
  private headerDone = false;
  private listNode: ListNode | undefined = undefined;
  private paragraph: PendingParagraph | undefined = undefined;
  private groupContext: string | undefined = undefined;

  constructor(
    private readonly viewText: string,
    private readonly view: RepairedView,
    private readonly toPoint: (offset: number) => Position['start'],
    private readonly segments: Segment[],
    private readonly family: 'staff' | 'volunteer',
  ) {
    this.current = this.newSection('preamble', undefined, segments[0]?.start ?? 0);
  }

  /** Assembles segments[index]; returns the index of the last segment it used (a header field may take the next line). */
  take(index: number): number {
    const segment = this.segments[index];
    switch (segment.kind) {
      case 'blank':
      case 'underline':
        this.flushParagraph();
        break;
      case 'noise':
      case 'chrome':
        this.flushParagraph();
        this.closeList();
        break;
      case 'wrapper':
        this.wrapper(segment, index);
        break;
      case 'heading':
        this.heading(segment, index);
        break;
      case 'field':
        return this.field(segment, index);
      case 'item':
        this.item(segment);
        break;
      case 'text':
        this.text(segment);
        break;
    }
    return index;
  }

  private position(viewStart: number, viewEnd: number): Position {
    return { start: this.toPoint(this.view.toOriginal(viewStart)), end: this.toPoint(this.view.toOriginal(viewEnd)) };
  }

  private vote(languages: Language[]): void {
    const unique = [...new Set(languages)];
    for (const language of unique) this.votes[language] += 1 / unique.length;
  }

  private newSection(id: string, heading: HeadingInfo | undefined, viewStart: number): SectionNode {
    return {
      type: 'section',
      id,
      wrappers: [],
      heading,
      children: [],
      position: this.position(viewStart, viewStart),
      data: { viewStart, viewEnd: viewStart },
    } as SectionNode;
  }

  flushParagraph(): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    const viewText = this.viewText;
    const node: ParagraphNode = {
      type: 'paragraph',
      // (a copy otherwise: text-keyed caches keep paragraph texts, and a slice would keep the whole document)
      value: paragraph.origin ? stableText(paragraph.origin, 'text', viewText, paragraph.start, paragraph.end) : ownCopy(viewText.slice(paragraph.start, paragraph.end)),
      position: this.position(paragraph.start, paragraph.end),
      data: { viewStart: paragraph.start, viewEnd: paragraph.end },
    } as ParagraphNode;
    this.current.children.push(node);
    this.extend(paragraph.end);
    this.paragraph = undefined;
  }

  /** Ends the current list node; its position is set here, once, rather than after each of its items. */
  private closeList(): void {
    const list = this.listNode;
    if (list === undefined) return;
    const data = list.data as { viewStart: number; viewEnd: number };
    list.position = this.position(data.viewStart, data.viewEnd);
    this.listNode = undefined;
  }

  /** Extends the current section to the view offset `viewEnd`. */
  private extend(viewEnd: number): void {
    const data = this.current.data as { viewStart: number; viewEnd: number };
    if (viewEnd > data.viewEnd) data.viewEnd = viewEnd;
  }

  private startSection(id: string, heading: HeadingInfo | undefined, viewStart: number): void {
    this.flushParagraph();
    this.closeList();
    this.finishSection();
    this.current = this.newSection(id, heading, viewStart);
    if (heading) this.extend(heading.span.end === heading.span.start ? viewStart : (heading as AssembledHeading).viewEnd!);
    if (this.pendingWrappers.length) {
      this.current.wrappers = this.pendingWrappers;
      (this.current.data as { viewStart: number }).viewStart = (this.pendingWrappers[0] as AssembledHeading).viewStart!;
      this.pendingWrappers = [];
    }
  }

  finishSection(): void {
    this.closeList();
    const current = this.current;
    const data = current.data as { viewStart: number; viewEnd: number };
    current.position = this.position(data.viewStart, data.viewEnd);
    if (current.id !== 'preamble' || current.children.length > 0 || current.wrappers.length > 0) this.sections.push(current);
  }

  private wrapper(segment: Segment, index: number): void {
    const { viewText, view } = this;
    const next = nextSignificant(this.segments, index);
    const info = segment.wrapper!;
    const stripped = stripHeadingMarkup(viewText.slice(segment.start, segment.end));
    const wrapperSpan = span(viewText, view, segment.start, segment.end);
    const wrapperTextSpan = span(viewText, view, segment.start + stripped.start, segment.start + stripped.end);
    const wrapperStyle = stripped.atx ? 'atx' : 'plain';
    const headingInfo = headingInfoOf(info.text, wrapperSpan, wrapperTextSpan, segment, wrapperStyle, info.language, undefined, undefined, segment.start, undefined);
    // "Qualifications" before "Éducation" (not before the long group heading) is the group heading itself
    if (info.mergesInto && !(next && next.kind === 'heading' && next.heading!.candidates.some((c) => c.def.id === info.mergesInto))) {
      const groupDef = SECTIONS.find((def) => def.id === info.mergesInto);
      if (groupDef && groupDef.kind === 'group') {
        this.vote([info.language]);
        this.startSection(groupDef.id, headingInfoOf(info.text, wrapperSpan, wrapperTextSpan, segment, wrapperStyle, info.language, undefined, undefined, segment.start, segment.end), segment.start);
        this.groupContext = groupDef.id;
        return;
      }
    }
    this.flushParagraph();
    this.closeList();
    this.vote([info.language]);
    this.pendingWrappers.push(headingInfo);
  }

  private heading(segment: Segment, index: number): void {
    const { viewText, view, family, groupContext } = this;
    const heading = segment.heading!;
    const currentId = this.current.id;
    const candidates = heading.candidates.filter(
      (candidate) =>
        (candidate.def.family === family || !heading.candidates.some((other) => other.def.family === family)) &&
        (!candidate.onlyInside || candidate.onlyInside === groupContext || insideGroup(currentId, candidate.onlyInside)),
    );
    if (candidates.length === 0) {
      // e.g. FR "Compétences" outside Qualifications: body text, not a section
      this.flushParagraph();
      this.closeList();
      this.current.children.push({
        type: 'subheading',
        value: segment.origin ? heading.text : ownCopy(heading.text), // (the memo's texts are copies already)
        position: this.position(segment.start, segment.end),
        data: { viewStart: segment.start, viewEnd: segment.end },
      } as BlockNode);
      this.extend(segment.end);
      return;
    }
    const def = candidates[0].def;
    this.vote(candidates.map((candidate) => candidate.language));
    // "Responsibilities" directly before "Responsibilities and Accountabilities": a wrapper (§3.1)
    const following = nextSignificant(this.segments, index);
    if (following?.kind === 'heading' && !heading.runIn && following.heading!.candidates.some((candidate) => candidate.def.id === def.id)) {
      this.flushParagraph();
      this.closeList();
      this.pendingWrappers.push(
        headingInfoOf(
          heading.text,
          span(viewText, view, segment.start, segment.end),
          span(viewText, view, heading.textStart, heading.textEnd),
          segment,
          heading.atx ? 'atx' : 'plain',
          candidates.length === 1 ? candidates[0].language : undefined,
          [...new Set(candidates.map((candidate) => candidate.language))],
          undefined,
          segment.start,
          undefined,
        ),
      );
      return;
    }
    const headingInfo = headingInfoOf(
      heading.text,
      span(viewText, view, segment.start, segment.end),
      span(viewText, view, heading.textStart, heading.textEnd),
      segment,
      heading.runIn ? 'run-in' : heading.atx ? 'atx' : 'plain',
      candidates.length === 1 ? candidates[0].language : undefined,
      [...new Set(candidates.map((candidate) => candidate.language))],
      heading.tail,
      undefined,
      segment.end,
    );
    if (def.kind === 'group') this.groupContext = def.id;
    else if (groupContext && !groupMember(groupContext, def.id)) this.groupContext = undefined;
    this.headerDone = true;
    this.startSection(def.id, headingInfo, segment.start);
  }

  /** A "Label: value" line: a header field while the header lasts, ordinary text after it. */
  private field(segment: Segment, index: number): number {
    if (this.headerDone) {
      segment.kind = 'text';
      this.text(segment);
      return index;
    }
    const { viewText, view } = this;
    const field = segment.field!;
    this.flushParagraph();
    this.closeList();
    let valueStart = field.valueStart;
    let valueEnd = field.valueEnd;
    // the value may be on the next line
    if (valueStart >= valueEnd) {
      const next = this.segments[index + 1];
      if (next && next.kind === 'text') {
        valueStart = next.start;
        valueEnd = next.end;
        index++;
      }
    }
    this.fields.push({
      type: 'field',
      key: field.entry.field.key,
      label: span(viewText, view, field.labelStart, field.labelEnd),
      fieldValue: span(viewText, view, valueStart, valueEnd),
      language: field.entry.language,
      layout: field.entry.layout,
      position: this.position(segment.start, Math.max(segment.end, valueEnd)),
    } as FieldNode);
    this.vote([field.entry.language, ...labelLanguages(field.entry.folded)]);
    return index;
  }

  private item(segment: Segment): void {
    const { viewText, view } = this;
    this.flushParagraph();
    const item = segment.item!;
    const opener = matchOpener(openerFoldOf(segment, 'item', viewText, item.contentStart, segment.end), this.current.id, this.family);
    if (opener) this.startSection(opener.def.id, openerHeading(opener, segment), segment.start);
    let listNode = this.listNode;
    if (!listNode || listNode.ordered !== item.ordered) {
      this.closeList();
      listNode = {
        type: 'list',
        ordered: item.ordered,
        children: [],
        position: this.position(segment.start, segment.end),
        data: { viewStart: segment.start, viewEnd: segment.end },
      } as ListNode;
      this.listNode = listNode;
      this.current.children.push(listNode);
    }
    const itemNode: ListItemNode = {
      type: 'listItem',
      marker: span(viewText, view, item.markerStart, item.markerEnd),
      number: item.number,
      content: segment.origin
        ? { value: stableText(segment.origin, 'itemContent', viewText, item.contentStart, segment.end), start: view.toOriginal(item.contentStart), end: view.toOriginal(segment.end) }
        : { value: ownCopy(viewText.slice(item.contentStart, segment.end)), start: view.toOriginal(item.contentStart), end: view.toOriginal(segment.end) },
      position: this.position(segment.start, segment.end),
      data: { viewStart: segment.start, viewEnd: segment.end },
    } as ListItemNode;
    listNode.children.push(itemNode);
    const listData = listNode.data as { viewStart: number; viewEnd: number };
    listData.viewEnd = segment.end;
    this.extend(segment.end);
  }

  private text(segment: Segment): void {
    const paragraph = this.paragraph;
    if (!paragraph) {
      const opener = matchOpener(openerFoldOf(segment, 'text', this.viewText, segment.start, segment.end), this.current.id, this.family);
      if (opener) {
        this.startSection(opener.def.id, openerHeading(opener, segment), segment.start);
        this.vote([opener.language]);
      }
    }
    // a text line between list items ends the list node; blank lines do not
    this.closeList();
    if (paragraph) {
      paragraph.end = segment.end;
      paragraph.origin = undefined;
    } else this.paragraph = new PendingParagraph(segment.start, segment.end, segment.origin);
    if (!this.headerDone && this.fields.length > 0 && this.current.id === 'preamble') {
      // prose after the header block ends it
      this.headerDone = this.fields.length >= 2;
    }
  }
}

export function parseNotice(text: string, settings: ParseSettings = {}): NoticeRoot {
  // A BOM is kept in the text but never part of a line's content.
  const view = repairedView(text);
  const viewText = view.text;
  const originalLines = splitLines(text);
  // Why: without mojibake the view is the text itself; its lines need not be found twice (read-only tables)
  const lines = viewText === text ? originalLines : splitLines(viewText);
  const toPoint = pointMapper(originalLines.starts);

  // 1. classify
  let segments: Segment[] = [];
  // the noise classes of the original lines, for noiseLines(): those of the view's lines where a line reads the same
  // in the view (all of them when the view is the text); none when repair changed the lines themselves, or when
  // noiseLines() knows this text already (the same text linted again)
  const sameText = viewText === text;
  const lineNoise =
    (sameText || lines.starts.length === originalLines.starts.length) && !noiseLinesKnown(text) ? new Map<number, NoiseClass>() : undefined;
  const lineCache = lineCacheFor(settings.language);
  for (let line = 0; line < lines.starts.length; line++) {
    let start = lines.starts[line];
    const bom = line === 0 && viewText.charCodeAt(0) === 0xfeff;
    if (bom) start++;
    classifyLineCached(viewText, start, lines.ends[line], line, settings.language, lineCache, segments);
    if (lineNoise) {
      let noise: NoiseClass | null | undefined = lastLineNoise;
      // (noiseLines() classifies the whole original line, a BOM included)
      if (bom) noise = classifyNoiseLine(text.slice(0, originalLines.ends[0]));
      else if (!sameText) {
        const original = text.slice(originalLines.starts[line], originalLines.ends[line]);
        if (original !== viewText.slice(start, lines.ends[line])) noise = classifyNoiseLine(original);
      }
      if (noise) lineNoise.set(line, noise);
    }
  }
  if (lineNoise) rememberNoiseLines(text, lineNoise);
  // setext headings: "Education\n=========" (the underline makes the line above a heading candidate)
  segments = segments.filter((segment, index) => {
    if (segment.kind !== 'underline') return true;
    const previous = segments[index - 1];
    if (previous && previous.kind === 'text') {
      const heading = matchHeadingText(viewText.slice(previous.start, previous.end).trim());
      if (heading) {
        const text = viewText.slice(previous.start, previous.end).trim();
        const setext = withEnd(previous, previous.end);
        setext.kind = 'heading';
        setext.heading = { candidates: heading.candidates, text, tail: heading.tail, atx: false, runIn: false, textStart: previous.start, textEnd: previous.end };
        segments[index - 1] = setext;
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
  const assembler = new Assembler(viewText, view, toPoint, segments, family);
  for (let index = 0; index < segments.length; index++) index = assembler.take(index);
  assembler.flushParagraph();
  assembler.finishSection();
  const { fields, sections, votes } = assembler;
  let layout: Layout = family === 'volunteer' ? 'volunteer' : 'body-only';
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

  const language = settings.language ?? decideLanguage(votes, viewText, segments);
  const gradeInfo = detectGrade(fields, settings.grade, viewText);
  const noticeType = settings.noticeType ?? detectNoticeType({ fields, family, grade: gradeInfo.grade, text: viewText, sections });
  const category = detectCategory(gradeInfo.grade, viewText, fields);

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
      eol: dominantEol(originalLines),
      headingStyle: sections.some((section) => section.heading?.style === 'atx') ? 'atx' : 'plain',
      text,
      lineStarts: originalLines.starts,
      noiseLines: noiseLinesOf(segments),
      view,
    },
    position: { start: toPoint(0), end: toPoint(text.length) },
  } as NoticeRoot;
}

/** The line indexes of the noise segments. (A function of its own: noise is rare, and its first sight would otherwise deoptimise parseNotice.) */
function noiseLinesOf(segments: Segment[]): Set<number> {
  const lines = new Set<number>();
  for (const segment of segments) if (segment.kind === 'noise') lines.add(segment.line);
  return lines;
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

/** The folded start of `content` when it may open a section (its first word is an opener's), else null. */
function openerFold(content: string): string | null {
  if (openerEntries.length === 0) return null;
  const head = content.slice(0, 32).trimStart().toLowerCase();
  if (!openerHeads.some((prefix) => head.startsWith(prefix))) return null;
  return fold(content.slice(0, 400));
}

/**
 * openerFold() of a segment's text (`text`) or of its list item's content (`item`), kept on the segment's memo
 * copy. Why: it depends on the text only, and it was computed for every paragraph and list item on every lint.
 */
function openerFoldOf(segment: Segment, which: 'text' | 'item', viewText: string, start: number, end: number): string | null {
  const origin = segment.origin;
  if (!origin) return openerFold(viewText.slice(start, end));
  const kept = which === 'text' ? origin.openerFoldText : origin.openerFoldItem;
  if (kept !== undefined) return kept;
  const folded = openerFold(stableText(origin, which === 'text' ? 'text' : 'itemContent', viewText, start, end));
  if (which === 'text') origin.openerFoldText = folded;
  else origin.openerFoldItem = folded;
  return folded;
}

function matchOpener(folded: string | null, currentId: string, family: 'staff' | 'volunteer'): OpenerEntry | undefined {
  if (folded === null) return undefined;
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
  return headingInfoOf(opener.prefix, { value: '', start: segment.start, end: segment.start }, undefined, undefined, 'opener', opener.language, undefined, undefined, undefined, segment.start);
}

type Span = HeadingInfo['span'];
/** A heading with the view offsets the assembly needs: `viewStart` of a wrapper (also of the group heading a wrapper becomes), `viewEnd` of a section's heading. */
type AssembledHeading = HeadingInfo & { viewStart: number | undefined; viewEnd: number | undefined };

/**
 * Every heading of the tree (sections', wrappers', openers') with the same fields in one order. Why: rules read
 * section.heading on every lint, and headings built as literals of several shapes, or by spreading one and adding
 * a field (which gives each object a hidden class of its own in V8 11), made those reads megamorphic.
 */
function headingInfoOf(
  text: string,
  headingSpan: Span,
  textSpan: Span | undefined,
  segment: Segment | undefined,
  style: HeadingInfo['style'],
  language: Language | undefined,
  languages: Language[] | undefined,
  tail: string | undefined,
  viewStart: number | undefined,
  viewEnd: number | undefined,
): AssembledHeading {
  return {
    text,
    span: headingSpan,
    textSpan,
    data: segment ? { viewStart: segment.start, viewEnd: segment.end } : undefined,
    style,
    language,
    languages,
    tail,
    viewStart,
    viewEnd,
  };
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

/**
 * Why: three regex scans of up to 20 KB, one per language, cost ≈ 0.1–0.15 ms. Every match is a whole word: a
 * maximal run of [A-Za-z0-9_] (\b on both sides, /i without /u folds ASCII letters only), and the three lists
 * share no word. So one pass over the runs, looking each short run of letters up (as a number, no string built),
 * gives the same three counts. Any other shape of STOPWORDS falls back to the regular expressions.
 */
const STOPWORD_KEYS = new Map<number, Language>();
let STOPWORD_MAX_LENGTH = 0;
let stopwordsPlain = true;
for (const language of LANGUAGES) {
  const list = /^\\b\(([a-z|]+)\)\\b$/.exec(STOPWORDS[language].source)?.[1].split('|') ?? [];
  if (list.length === 0 || STOPWORDS[language].flags !== 'gi') stopwordsPlain = false;
  for (const word of list) {
    const key = wordKey(word, 0, word.length);
    if (STOPWORD_KEYS.has(key) || word.length > 10) stopwordsPlain = false;
    STOPWORD_KEYS.set(key, language);
    STOPWORD_MAX_LENGTH = Math.max(STOPWORD_MAX_LENGTH, word.length);
  }
}
/** A run of ASCII letters as a number, case-folded (5 bits a letter; exact up to 10 letters). */
function wordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = key * 32 + ((text.charCodeAt(i) | 32) - 96);
  return key;
}
const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
const isLetterCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

function countStopwords(text: string): Record<Language, number> {
  const counts: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  if (!stopwordsPlain) {
    for (const language of LANGUAGES) counts[language] = (text.match(STOPWORDS[language]) ?? []).length;
    return counts;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let letters = true;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (!isWordCode(code)) break;
      if (letters && !isLetterCode(code)) letters = false;
    }
    if (letters && i - start <= STOPWORD_MAX_LENGTH) {
      const language = STOPWORD_KEYS.get(wordKey(text, start, i));
      // (named increments: see ofLanguage)
      if (language === 'en') counts.en++;
      else if (language === 'fr') counts.fr++;
      else if (language === 'es') counts.es++;
    }
  }
  return counts;
}

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
 * The stop-word counts of proseSample(), without building it. Why: the sample is the body lines joined by "\n",
 * and no word runs across a "\n", so its counts are the sum of the lines' counts, which the line memo keeps
 * (`origin.stopwords`): a line is counted once, not on every lint. `length` is the sample's length.
 */
function proseSampleCounts(viewText: string, segments: Segment[]): { counts: Record<Language, number>; length: number } {
  const counts: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  let length = 0;
  for (const segment of segments) {
    if (segment.kind !== 'text' && segment.kind !== 'item') continue;
    let own = segment.origin?.stopwords;
    if (!own) {
      own = countStopwords(viewText.slice(segment.start, segment.end));
      if (segment.origin) segment.origin.stopwords = own;
    }
    counts.en += own.en;
    counts.fr += own.fr;
    counts.es += own.es;
    length += segment.end - segment.start + 1;
    if (length > 20000) break;
  }
  return { counts, length };
}

/**
 * The notice language: the language of most headings and labels (§0), unless
 * the prose is clearly in another language (a Spanish body with English
 * headings is a Spanish notice whose headings are in the wrong language).
 */
function decideLanguage(votes: Record<Language, number>, viewText: string, segments: Segment[]): Language {
  const { counts: proseCounts, length } = proseSampleCounts(viewText, segments);
  const prose = LANGUAGES.map((language) => [language, proseCounts[language]] as const).sort((a, b) => b[1] - a[1]);
  if (prose[0][1] >= 25 && prose[0][1] >= 3 * prose[1][1]) return prose[0][0];
  const ranked = LANGUAGES.map((language) => [language, votes[language]] as const).sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] > 0 && ranked[0][1] - ranked[1][1] >= 1) return ranked[0][0];
  // tie or no headings: count function words in a sample
  const sampleCounts = length <= 20000 ? proseCounts : countStopwords(proseSample(viewText, segments).slice(0, 20000));
  const counts = LANGUAGES.map((language) => [language, sampleCounts[language]] as const);
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

function detectCategory(grade: string | undefined, text: string, fields: FieldNode[]): 'international' | 'national' | undefined {
  if (grade) {
    if (/^(P|D)-/.test(grade)) return 'international';
    if (/^(G|NO)-/.test(grade)) return 'national';
    return undefined;
  }
  // searched in the raw view (no whole-text fold: it dominated parse time on large notices)
  if (NATIONAL_PHRASES.test(text)) return 'national';
  const title = fields.find((field) => field.key === 'title')?.fieldValue.value.trim();
  if (title && PROFESSIONAL_TITLE_SUFFIX.test(title)) return 'international';
  if (INTERNATIONAL_PHRASES.test(text)) return 'international';
  return undefined;
}

/** The phrases of every language as one case-insensitive regex: any run of spaces or NBSP between words, accents optional. */
function phrasesPattern(phrases: Record<Language, string[]>): RegExp {
  const loose = (phrase: string) =>
    Array.from(phrase.normalize('NFC'))
      .map((char) => {
        if (char === ' ') return '[\\s\\u00A0]+';
        const base = char.normalize('NFD').replace(/\p{M}/gu, '');
        if (base !== char) return `[${base}${char}]`;
        return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
  return new RegExp(Object.values(phrases).flat().map(loose).join('|'), 'i');
}

const NATIONAL_PHRASES = phrasesPattern(LOCAL_RECRUITMENT_PHRASES);
const INTERNATIONAL_PHRASES = phrasesPattern(NRMS_LIST_PHRASES);

type NoticeData = NoticeRoot['data'];
