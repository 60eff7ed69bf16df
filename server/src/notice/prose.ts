/**
 * Prose inside sections, through retext: a paragraph or list item becomes an
 * nlcst tree (sentences, words, punctuation) whose offsets are offsets of the
 * original file. Built lazily and cached, so rules that need no prose cost
 * nothing.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import type { Root as NlcstRoot } from 'nlcst';
import { visit } from 'unist-util-visit';
import type { FieldNode, Language, ListItemNode, NoticeRoot, ParagraphNode, SectionNode, Span, SubheadingNode } from './tree.js';
import { COUNTRY_NAMES, looseCountryName } from '../template/nrms.js';
import { classifyNoiseLine, clearNoiseCache } from '../text/noise.js';
import { clearLineCache } from './parse.js';
import { lineIndexAt } from './lines.js';
import { LastTreeCache } from './tree-cache.js';

const english = unified().use(retextEnglish).freeze();
const latin = unified().use(retextLatin).freeze();
const cache = new WeakMap<object, NlcstRoot>();

/**
 * Parses `span` (a paragraph's or list item's text) into nlcst. Positions are
 * rewritten to the original text: `position.start.offset` is a file offset.
 */
export function proseOf(tree: NoticeRoot, key: object, span: Span, language: Language = tree.data.language): NlcstRoot {
  const cached = cache.get(key);
  if (cached) return cached;
  const parser = language === 'en' ? english : latin;
  const nlcst = parser.parse(span.value) as NlcstRoot;
  const view = tree.data.view;
  // the span's value is text of the repaired view; its start in the view is found from its original start
  const viewStart = view.repaired ? tree.data.view.toView(span.start) : span.start;
  // parse-latin shares point objects between parents and children: move each once
  const moved = new Set<object>();
  visit(nlcst, (node) => {
    if (!node.position) return;
    for (const point of [node.position.start, node.position.end]) {
      if (point.offset === undefined || moved.has(point)) continue;
      moved.add(point);
      const original = view.toOriginal(viewStart + point.offset);
      point.offset = original;
    }
  });
  cache.set(key, nlcst);
  return nlcst;
}

// ---------------------------------------------------------------------------
// Prose blocks: every paragraph, list item and sub-heading of the notice body
// (never the header, never job-board noise), with its language, its protected
// ranges and a text-keyed cache shared by the prose rules.
// ---------------------------------------------------------------------------


export interface ProseBlock {
  kind: 'paragraph' | 'listItem' | 'subheading';
  node: ParagraphNode | ListItemNode | SubheadingNode;
  /** The section the block belongs to (`preamble` for text before the first heading). */
  section: SectionNode;
  /** Text of the repaired view. */
  value: string;
  /** Offset of `value` in `tree.data.view.text`. */
  viewStart: number;
  /** Original-text offsets of the block. */
  start: number;
  end: number;
  /** The block's own language (a French notice may quote an English paragraph). */
  language: Language;
  /** Ranges of `value` (relative offsets) no prose rule reports in: URLs, e-mails, `code`, quoted official names. */
  protectedRanges: ReadonlyArray<readonly [number, number]>;
  /** True for the non-represented member states list of the tier section: no prose rule looks at it. */
  countryList: boolean;
  /** The memo entry of (language, value), once blockMemo() has looked it up (internal). */
  memoEntry?: MemoEntry;
}

const blockCache = new LastTreeCache<NoticeRoot, ProseBlock[]>(); // not a WeakMap: see tree-cache.ts

/** Every prose block of the notice, in document order. Cached per tree. */
export function proseBlocks(tree: NoticeRoot): ProseBlock[] {
  const cached = blockCache.get(tree);
  if (cached) return cached;
  const blocks: ProseBlock[] = [];
  const noise = tree.data.noiseLines;
  for (const section of tree.children) {
    if (section.type !== 'section') continue;
    for (const child of section.children) {
      if (child.type === 'list') {
        for (const item of child.children) {
          const data = item.data as { viewEnd?: number } | undefined;
          const viewStart = data?.viewEnd !== undefined ? data.viewEnd - item.content.value.length : tree.data.view.toView(item.content.start);
          pushBlock(tree, blocks, 'listItem', item, section, item.content.value, viewStart, item.content.start, item.content.end, noise);
        }
        continue;
      }
      if (child.type === 'paragraph' && child.noise) continue;
      const data = child.data as { viewStart?: number } | undefined;
      const start = child.position.start.offset ?? 0;
      const viewStart = data?.viewStart ?? tree.data.view.toView(start);
      pushBlock(tree, blocks, child.type, child, section, child.value, viewStart, start, child.position.end.offset ?? start, noise);
    }
  }
  blockCache.set(tree, blocks);
  return blocks;
}

function pushBlock(
  tree: NoticeRoot,
  blocks: ProseBlock[],
  kind: ProseBlock['kind'],
  node: ProseBlock['node'],
  section: SectionNode,
  value: string,
  viewStart: number,
  start: number,
  end: number,
  noise: Set<number>,
) {
  if (!/[\p{L}\p{N}]/u.test(value)) return;
  if (noise.size && noise.has(lineOf(tree, start))) return;
  // memo('block', tree.data.language, value, …), keeping the entry: it is the block's own when the block is in the
  // notice's language (blockMemo then needs no second look-up of the text)
  const entry = value.length > MEMO_MAX_TEXT ? undefined : storeFor<MemoEntry>(memoStores, tree.data.language, MEMO_LIMIT).get(value, newEntry);
  const facts = entry ? fromEntry(entry, 'block', () => blockFacts(value)) : blockFacts(value);
  const language = facts.language ?? tree.data.language;
  blocks.push({
    kind,
    node,
    section,
    value,
    viewStart,
    start,
    end,
    language,
    protectedRanges: facts.protectedRanges,
    countryList: facts.countryList && (section.id === 'tier' || section.id === 'preamble'),
    memoEntry: language === tree.data.language ? entry : undefined,
  });
}

function blockFacts(value: string) {
  return {
    language: blockLanguage(value),
    protectedRanges: protectedRangesOf(value),
    countryList: looksLikeCountryList(value),
  };
}

function lineOf(tree: NoticeRoot, offset: number): number {
  return lineIndexAt(tree.data.lineStarts, offset);
}

/** Original-text offset of a block-relative offset. */
export function blockOffset(tree: NoticeRoot, block: ProseBlock, relative: number): number {
  return tree.data.view.repaired ? tree.data.view.toOriginal(block.viewStart + relative) : block.start + relative;
}

/** True when the relative range `[start, end)` touches a protected range of the block. */
export function isProtected(block: ProseBlock, start: number, end: number): boolean {
  for (const [from, to] of block.protectedRanges) {
    if (start < to && end > from) return true;
    if (start === end && start >= from && start < to) return true;
  }
  return false;
}

/**
 * The block's nlcst with offsets RELATIVE to `block.value` (use `blockOffset`
 * to map them). Parsed once per distinct text and language, shared by every
 * rule and kept across lint runs, so while typing only the edited paragraph is
 * parsed again.
 */
export function blockProse(block: ProseBlock): NlcstRoot {
  if (block.value.length > MEMO_MAX_TEXT) return (block.language === 'en' ? english : latin).parse(block.value) as NlcstRoot;
  return storeFor<NlcstRoot>(treeStores, block.language, TREE_LIMIT).get(block.value, () =>
    (block.language === 'en' ? english : latin).parse(block.value) as NlcstRoot,
  );
}

// --- text-keyed memo (LRU) -------------------------------------------------

/** Small results (findings, facts) of the prose rules: per language and text, an entry of results by kind. */
const MEMO_LIMIT = 1000;
const MEMO_MAX_TEXT = 20_000;
/**
 * kind → result, for one language and text. Why one entry per text (not one cache per kind): a notice's blocks are
 * looked up by about ten kinds on every lint; with the entry kept on the block (blockMemo) the text is looked up
 * once per block, and each kind is a look-up by a short constant key.
 */
type MemoEntry = Map<string, unknown>;
/** language → text → entry. */
const memoStores = new Map<string, TextCache<MemoEntry>>();
const newEntry = (): MemoEntry => new Map();
/** nlcst trees are large (tens of KB per paragraph) and only needed until each rule has its findings: few entries. */
const TREE_LIMIT = 256;
const treeStores = new Map<string, TextCache<unknown>>();

/**
 * A cache keyed by a paragraph's own text, in two generations: a hit in the
 * older one is promoted, and when the newer one is full the older is dropped.
 * Keying by the text string itself (not a concatenated key) lets V8 reuse the
 * string's hash across every rule of a lint; no delete+set per hit.
 */
class TextCache<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  constructor(private readonly limit: number) {}

  get(text: string, compute: () => T): T {
    let value = this.current.get(text);
    if (value !== undefined || this.current.has(text)) return value as T;
    value = this.previous.get(text);
    if (value === undefined && !this.previous.has(text)) value = compute();
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, value as T);
    return value as T;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}

function storeFor<T>(stores: Map<string, TextCache<unknown>>, key: string, limit: number): TextCache<T> {
  let store = stores.get(key);
  if (!store) {
    store = new TextCache<unknown>(limit);
    stores.set(key, store);
  }
  return store as TextCache<T>;
}

/**
 * Memoises `compute()` by kind, language and text. Results must depend on
 * nothing else (use relative offsets). Shared by the prose rules.
 */
export function memo<T>(kind: string, language: string, text: string, compute: () => T): T {
  // pasted data is not kept: the cache's memory stays bounded by MEMO_LIMIT short paragraphs per language
  if (text.length > MEMO_MAX_TEXT) return compute();
  return fromEntry(storeFor<MemoEntry>(memoStores, language, MEMO_LIMIT).get(text, newEntry), kind, compute);
}

/** memo(kind, block.language, block.value, compute), with the text's entry kept on the block. */
export function blockMemo<T>(block: ProseBlock, kind: string, compute: () => T): T {
  if (block.value.length > MEMO_MAX_TEXT) return compute();
  const entry = (block.memoEntry ??= storeFor<MemoEntry>(memoStores, block.language, MEMO_LIMIT).get(block.value, newEntry));
  return fromEntry(entry, kind, compute);
}

function fromEntry<T>(entry: MemoEntry, kind: string, compute: () => T): T {
  let value = entry.get(kind);
  if (value === undefined && !entry.has(kind)) {
    value = compute();
    entry.set(kind, value);
  }
  return value as T;
}

/** Empties the text-keyed caches (benchmarks measure the cold cost with it), the parser's and noise line memos too. */
export function clearProseCache(): void {
  clearLineCache();
  clearNoiseCache();
  for (const store of memoStores.values()) store.clear();
  for (const store of treeStores.values()) store.clear();
}

// --- language of a block -----------------------------------------------------

const STOPWORDS: Record<Language, Set<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'with', 'for', 'is', 'are', 'will', 'be', 'on', 'in', 'this', 'that', 'all', 'or', 'an', 'as', 'by', 'from']),
  fr: new Set(['les', 'des', 'et', 'du', 'est', 'dans', 'sur', 'une', 'aux', 'au', 'avec', 'pour', 'ou', 'qui', 'le', 'sont', 'ces', 'leur', 'par', 'être']),
  es: new Set(['los', 'las', 'y', 'del', 'el', 'es', 'por', 'para', 'con', 'una', 'que', 'o', 'se', 'su', 'sus', 'al', 'como', 'son', 'este', 'ser']),
};
const WORD = /[\p{L}’']+/gu;

/** The block's language by stop words, or undefined when it is too short to tell. */
export function blockLanguage(text: string): Language | undefined {
  const counts: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  let seen = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (STOPWORDS.en.has(word)) counts.en++;
    if (STOPWORDS.fr.has(word)) counts.fr++;
    if (STOPWORDS.es.has(word)) counts.es++;
    if (++seen > 40) break;
  }
  const ranked = (Object.keys(counts) as Language[]).sort((a, b) => counts[b] - counts[a]);
  const [best, second] = ranked;
  if (counts[best] < 2 || counts[best] < 2 * counts[second]) return undefined;
  return best;
}

// --- protected ranges ----------------------------------------------------------

const URL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|tel:)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’]/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const CODE = /`[^`\n]+`/g;
/** A quoted name: a quotation that starts with a capital letter and has no sentence punctuation. */
const QUOTED_NAME = /(?:“([^“”\n]{1,120})”|"([^"\n]{1,120})"|«[\s\u00A0\u202F]*([^«»\n]{1,120}?)[\s\u00A0\u202F]*»|„([^“”„\n]{1,120})[“”])/gu;
const MARKDOWN_LINK_TARGET = /\]\(([^)\s]*)\)/g;
const QUOTE_CHAR = /["“«„]/;

export function protectedRangesOf(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const hasUrl = text.includes('://') || text.includes('www.') || text.includes('mailto:') || text.includes('tel:');
  for (const [pattern, present] of [
    [URL, hasUrl],
    [EMAIL, text.includes('@')],
    [CODE, text.includes('`')],
    [MARKDOWN_LINK_TARGET, text.includes('](')],
  ] as const) {
    if (!present) continue;
    for (const match of text.matchAll(pattern)) ranges.push([match.index!, match.index! + match[0].length]);
  }
  if (!QUOTE_CHAR.test(text)) return ranges.sort((a, b) => a[0] - b[0]);
  for (const match of text.matchAll(QUOTED_NAME)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    if (!/^\p{Lu}/u.test(inner) || /[.!?]\s/.test(inner)) continue;
    const innerStart = match.index! + match[0].indexOf(inner);
    ranges.push([innerStart, innerStart + inner.length]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

let countryNames: Set<string> | undefined;

/** A comma-separated list that is mostly country names (the tier section's NRMS list). */
function looksLikeCountryList(text: string): boolean {
  let separators = 0;
  for (let i = 0; i < text.length && separators < 4; i++) if (text.charCodeAt(i) === 44 /* , */) separators++;
  if (separators < 4) return false;
  countryNames ??= new Set(COUNTRY_NAMES.flatMap((row) => [...row.names.en, ...row.names.fr, ...row.names.es].map(looseCountryName)));
  const items = text.split(/[,;]|\bet\b|\band\b|\by\b/).map((item) => item.replace(/[.\s\u00A0]+$/u, '').trim()).filter(Boolean);
  if (items.length < 5) return false;
  let countries = 0;
  for (const item of items) if (item.length < 60 && countryNames.has(looseCountryName(item))) countries++;
  return countries >= Math.max(3, items.length / 2);
}

// --- the notice title ------------------------------------------------------------

export interface TitleSpan {
  value: string;
  /** Offset of `value` in the view text. */
  viewStart: number;
  start: number;
  end: number;
  source: 'field' | 'first-line';
}

/**
 * The position title: header field `title`, else the first line of the notice
 * when it is prose of the preamble or a job-board title ("IOM RECRUTE … H/F",
 * job-board noise of the informational kind); other noise lines are skipped.
 */
export function noticeTitle(tree: NoticeRoot): TitleSpan | undefined {
  for (const child of tree.children) {
    if (child.type !== 'header') continue;
    const field = child.children.find((f: FieldNode) => f.key === 'title');
    if (field && field.fieldValue.value.trim()) {
      const value = field.fieldValue.value;
      return { value, viewStart: tree.data.view.toView(field.fieldValue.start), start: field.fieldValue.start, end: field.fieldValue.end, source: 'field' };
    }
  }
  return firstLineTitle(tree);
}

/** The first line of the notice as a title (see noticeTitle), whatever the header says. */
export function firstLineTitle(tree: NoticeRoot): TitleSpan | undefined {
  const view = tree.data.view;
  const text = view.text;
  const first = proseBlocks(tree)[0];
  let line = 0;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    let end = at;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const content = text.slice(at, end);
    const lead = content.length - content.trimStart().length;
    if (content.trim()) {
      const span = (): TitleSpan => {
        const value = content.trim();
        const viewStart = at + lead;
        return { value, viewStart, start: view.toOriginal(viewStart), end: view.toOriginal(viewStart + value.length), source: 'first-line' };
      };
      if (tree.data.noiseLines.has(line)) {
        if (classifyNoiseLine(content, tree.data.language)?.category === 5) return span();
      } else {
        return first && first.section.id === 'preamble' && first.kind === 'paragraph' && first.viewStart <= at + lead && at + lead < first.viewStart + first.value.length
          ? span()
          : undefined;
      }
    }
    at = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    line++;
  }
  return undefined;
}
