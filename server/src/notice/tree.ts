/**
 * The notice tree: a unist tree that the parser builds from a notice and the
 * rules read. Offsets are UTF-16 code-unit offsets into the file's text
 * (what JavaScript strings, LSP and ESLint's `range` use).
 */
import type { Node, Parent, Position } from 'unist';
import type { RepairedView } from './view.js';

export type Language = 'en' | 'fr' | 'es';

/**
 * record[language], read by name. Why: a keyed read `record[language]` in hot code is specialised by V8 on the first
 * language it sees and deoptimised when the next one comes (a folder of English notices, then French ones); three
 * named reads never are.
 */
export function ofLanguage<T>(record: Record<Language, T>, language: Language): T {
  return language === 'en' ? record.en : language === 'fr' ? record.fr : record.es;
}
export type NoticeType = 'VN' | 'SVN' | 'CFA' | 'CFEOI' | 'consultancy' | 'internship' | 'volunteer';
export type Layout = 'current' | 'legacy' | 'body-only' | 'volunteer';

/** A text span with its offsets; `value` is the raw text of the span. */
export interface Span {
  value: string;
  start: number;
  end: number;
}

export interface NoticeRoot extends Parent {
  type: 'notice';
  children: Array<HeaderNode | SectionNode>;
  data: NoticeData;
}

export interface NoticeData {
  /** Detected (or configured) notice language. */
  language: Language;
  /** Language votes by headings/labels, for mixed-language reports. */
  languageVotes: Record<Language, number>;
  noticeType: NoticeType;
  layout: Layout;
  /** Canonical grade ("P-4"), or undefined when none is stated. */
  grade?: string;
  /** Where the grade came from, when known. */
  gradeSource?: 'header' | 'title' | 'classification' | 'config';
  /** National (G/NO, local recruitment) or international (P/D) post, when known. */
  category?: 'international' | 'national';
  /** The file's dominant line ending, kept by every fix. */
  eol: '\n' | '\r\n' | '\r';
  /** Markdown notices use `#` headings; plain ones use bare lines. */
  headingStyle: 'plain' | 'atx';
  /** The whole text, so rules can slice spans without the file. */
  text: string;
  /** Offsets where each line starts (index 0 = line 1). */
  lineStarts: number[];
  /** Lines classified as job-board noise (0-based line indexes). */
  noiseLines: Set<number>;
  /** The text with definite mojibake repaired; node values are slices of it. */
  view: RepairedView;
}

export interface HeaderNode extends Parent {
  type: 'header';
  children: FieldNode[];
  position: Position;
}

export interface FieldNode extends Node {
  type: 'field';
  /** Canonical key (reference, title, city, ...). */
  key: string;
  label: Span;
  /** The value; empty `value` when the field is present but blank. */
  fieldValue: Span;
  language?: Language;
  /** The layout whose label matched. */
  layout: 'current' | 'legacy' | 'volunteer';
  position: Position;
}

export interface HeadingInfo {
  /** The heading text as written, without markup. */
  text: string;
  /** The full heading line (or run-in fragment) span. */
  span: Span;
  /** How it was written. */
  style: 'plain' | 'atx' | 'run-in' | 'opener';
  /** Language of the matched variant (undefined when the text is the same in several, e.g. "Notes"). */
  language?: Language;
  /** Every language whose variant matches the text. */
  languages?: Language[];
  /** Text after the variant (a heading with a tail: "– behavioural indicators Level 2"). */
  tail?: string;
  /** The heading text without markup (`#`, `**`, numbering, trailing ":"), original offsets. */
  textSpan?: Span;
  /** View offsets of `span` (in tree.data.view.text). */
  data?: { viewStart: number; viewEnd: number };
}

export interface SectionNode extends Parent {
  type: 'section';
  /**
   * Canonical section id from the template (`education`, `values`, ...);
   * `preamble` for text before the first section.
   */
  id: string;
  /** Wrapper headings merged into this section ("Job Description"). */
  wrappers: HeadingInfo[];
  /** Undefined for the preamble and for sections found by their opening sentence. */
  heading?: HeadingInfo;
  children: BlockNode[];
  position: Position;
}

export type BlockNode = ParagraphNode | ListNode | SubheadingNode;

export interface ParagraphNode extends Node {
  type: 'paragraph';
  value: string;
  position: Position;
  /** True when the whole paragraph is job-board noise. */
  noise?: boolean;
}

/** A heading-like line that is not a template section (body text per the rule book). */
export interface SubheadingNode extends Node {
  type: 'subheading';
  value: string;
  position: Position;
}

export interface ListNode extends Parent {
  type: 'list';
  ordered: boolean;
  children: ListItemNode[];
  position: Position;
}

export interface ListItemNode extends Node {
  type: 'listItem';
  /** The marker as written ("1.", "a)", "-", "•"). */
  marker: Span;
  /** The number the marker stands for (a = 1), for ordered items. */
  number?: number;
  /** The item text after the marker. */
  content: Span;
  position: Position;
}
