/**
 * Shared helpers of the list rules (count-mismatch, list-numbering,
 * competency-list): reading list items off the notice tree, counting phrases,
 * inline enumerations, competency item names and their analysis. Not a rule.
 *
 * Node values are text of the repaired view; every offset this module returns
 * is an offset of the ORIGINAL text (mapped through `tree.data.view`).
 */
import type { BlockNode, ListItemNode, NoticeRoot, ParagraphNode, SectionNode, Span, SubheadingNode } from '../notice/tree.js';
import type { Language } from '../template/types.js';
import {
  COMPETENCY_LISTS,
  OUTDATED_2018,
  NEVER_IOM_COMPETENCIES,
  type CompetencyListKey,
} from '../template/competencies.js';
import { NUMBER_WORDS, parseCount, type ParsedCount } from '../template/numbers.js';
import { lineIndexAt } from '../notice/lines.js';
import { ownCopy } from '../notice/normalize.js';

export const COMPETENCY_SECTIONS: readonly CompetencyListKey[] = ['values', 'core', 'managerial'];

export function isCompetencySection(id: string): id is CompetencyListKey {
  return (COMPETENCY_SECTIONS as readonly string[]).includes(id);
}

// ---------------------------------------------------------------------------
// Offsets: view ↔ original
// ---------------------------------------------------------------------------

/** A piece of view text with the view offset of its first character. */
export interface ViewText {
  text: string;
  viewStart: number;
}

export function spanText(tree: NoticeRoot, span: Span): ViewText {
  return { text: span.value, viewStart: tree.data.view.toView(span.start) };
}

export function paragraphText(tree: NoticeRoot, node: ParagraphNode | SubheadingNode): ViewText {
  const data = node.data as { viewStart?: number } | undefined;
  const viewStart = data?.viewStart ?? tree.data.view.toView(node.position.start.offset ?? 0);
  return { text: node.value, viewStart };
}

/** Original offset of character `index` of a view text. */
export function originalAt(tree: NoticeRoot, piece: ViewText, index: number): number {
  return tree.data.view.toOriginal(piece.viewStart + index);
}

// ---------------------------------------------------------------------------
// Folding and known names
// ---------------------------------------------------------------------------

/** Case, accents, apostrophes, "&" = and/et/y, punctuation and spaces folded away. */
const FOLD_CACHE = new Map<string, string>();

export function foldName(name: string): string {
  const cached = FOLD_CACHE.get(name);
  if (cached !== undefined) return cached;
  // copies: a slice of a document would keep the whole document alive in the cache
  const folded = ownCopy(foldNameUncached(name));
  if (FOLD_CACHE.size > 5000) FOLD_CACHE.clear();
  FOLD_CACHE.set(ownCopy(name), folded);
  return folded;
}

function foldNameUncached(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`]/g, "'")
    .replace(/\s*&\s*/g, ' and ')
    .replace(/(^|\s)(?:et|y|e)(?=\s)/g, '$1and')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .trim();
}

export interface NameEntry {
  list: CompetencyListKey;
  /** Canonical item key; for outdated items, the 2018 key. */
  key: string;
  outdated: boolean;
}

const NAME_INDEX = new Map<string, NameEntry[]>();
const NEVER_INDEX = new Set(NEVER_IOM_COMPETENCIES.map((entry) => foldName(entry.name)));

function addName(name: string, entry: NameEntry) {
  const key = foldName(name);
  if (!key) return;
  const list = NAME_INDEX.get(key) ?? [];
  if (!list.some((e) => e.list === entry.list && e.key === entry.key)) list.push(entry);
  NAME_INDEX.set(key, list);
}
for (const list of COMPETENCY_SECTIONS) {
  for (const item of COMPETENCY_LISTS[list]) {
    for (const names of Object.values(item.names) as string[][]) for (const name of names) addName(name, { list, key: item.key, outdated: false });
  }
}
for (const item of OUTDATED_2018.managerial) {
  if (COMPETENCY_LISTS.managerial.includes(item)) continue;
  for (const names of Object.values(item.names) as string[][]) for (const name of names) addName(name, { list: 'managerial', key: item.key, outdated: true });
}

/** The competency entries a name matches (any list, any language). */
export function lookupName(name: string): NameEntry[] {
  return NAME_INDEX.get(foldName(name)) ?? [];
}

export function isNeverIomCompetency(name: string): boolean {
  return NEVER_INDEX.has(foldName(name));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern source matching a name forgivingly (spaces/NBSP, ’/', &/and/et/y, case). */
function namePattern(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => {
      if (/^(?:and|et|y|&)$/i.test(word)) return '(?:and|et|y|e|&)';
      return escapeRegExp(word).replace(/['’]/g, "['’]");
    })
    .join('[\\s\\u00A0]+');
}

function allNames(lists: readonly CompetencyListKey[]): string[] {
  const names = new Set<string>();
  for (const list of lists) {
    for (const item of COMPETENCY_LISTS[list]) for (const n of Object.values(item.names) as string[][]) n.forEach((x) => names.add(x));
    if (list === 'managerial') for (const item of OUTDATED_2018.managerial) for (const n of Object.values(item.names) as string[][]) n.forEach((x) => names.add(x));
  }
  // longest first so "Empowering others and building trust" wins over "Empowering others"
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * Run-in item names: a known name at the start of the text or after a
 * sentence end, optionally bold, followed by ":" [S002:58–59]. The name
 * pattern is sticky and tried only at those places (no scan of every offset).
 */
function runInPattern(lists: readonly CompetencyListKey[]): RegExp {
  const alternation = allNames(lists).map(namePattern).join('|');
  return new RegExp(`(?:\\*\\*)?(${alternation})(?:\\*\\*)?[\\s\\u00A0]*:`, 'iuy');
}

const RUN_IN_ALL = runInPattern(COMPETENCY_SECTIONS);
const RUN_IN_BY_LIST: Record<CompetencyListKey, RegExp> = {
  values: runInPattern(['values']),
  core: runInPattern(['core']),
  managerial: runInPattern(['managerial']),
};
const SENTENCE_BOUNDARY = /[.!?…;][\s\u00A0]+/g;

/** Known names followed by ":" at the start of `text` (after spaces) and after each sentence end. */
function runInMatches(text: string, list: CompetencyListKey | undefined, firstOnly = false): Array<{ index: number; name: string }> {
  const re = list ? RUN_IN_BY_LIST[list] : RUN_IN_ALL;
  const matches: Array<{ index: number; name: string }> = [];
  const tryAt = (position: number) => {
    re.lastIndex = position;
    const match = re.exec(text);
    if (match) matches.push({ index: position + match[0].indexOf(match[1]), name: match[1] });
  };
  let first = 0;
  while (first < text.length && /[\s\u00A0]/.test(text[first])) first++;
  tryAt(first);
  if (firstOnly) return matches;
  SENTENCE_BOUNDARY.lastIndex = 0;
  for (let boundary = SENTENCE_BOUNDARY.exec(text); boundary; boundary = SENTENCE_BOUNDARY.exec(text)) {
    tryAt(boundary.index + boundary[0].length);
  }
  return matches;
}

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

export interface ListedItem {
  /** The item name (text before the first ":"; marker and bold removed), view text. */
  name: string;
  /** Original offsets of the name. */
  nameStart: number;
  nameEnd: number;
  /** Original offsets of the item's line (from its start to its end, no line ending). */
  lineStart: number;
  lineEnd: number;
  kind: 'list' | 'line' | 'run-in';
  /** The original text from the line start to the item's content (indent, marker, spaces). */
  prefix: string;
  /** The original text between the name and the definition ("** ", "\u00A0: "), when there is one. */
  separator?: string;
  /** "**" when the name is bold. */
  bold: boolean;
  /** Where the item belongs in the source order of the section (for insertion). */
  block: BlockNode;
}

const COLON = /(?:\*\*)?[\s\u00A0]*:(?:\*\*)?[\s\u00A0]*/u;

function lineBoundsOf(tree: NoticeRoot, offset: number): { start: number; end: number } {
  const { lineStarts, text } = tree.data;
  const line = lineOf(tree, offset);
  const start = lineStarts[line];
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  if (end > start && text[end - 1] === '\n') end--;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

/** Splits "**Name:** definition" / "Name : definition" / "Name" into name and separator. */
function splitName(content: string): { name: string; nameIndex: number; separator?: string; bold: boolean } {
  const bold = content.startsWith('**');
  const offset = bold ? 2 : 0;
  const body = content.slice(offset);
  const colon = COLON.exec(body);
  if (colon && colon.index > 0 && colon.index <= 100 && !/\n/.test(body.slice(0, colon.index))) {
    const raw = body.slice(0, colon.index);
    const lead = raw.length - raw.trimStart().length;
    return { name: raw.trim(), nameIndex: offset + lead, separator: colon[0], bold };
  }
  // the name is read after the leading spaces and asterisks, so its offsets stay inside the content
  const rest = content.replace(/^[\s\u00A0*]+/, '');
  const lead = content.length - rest.length;
  const name = rest.replace(/\*\*/g, '').trim().replace(/[.;,]+$/, '').trim();
  return { name: name.slice(0, Math.max(0, content.length - lead)), nameIndex: lead, bold: false };
}

function listItemToListed(tree: NoticeRoot, item: ListItemNode, list: BlockNode): ListedItem {
  const piece = spanText(tree, item.content);
  const split = splitName(piece.text);
  const nameStart = originalAt(tree, piece, split.nameIndex);
  const nameEnd = originalAt(tree, piece, split.nameIndex + split.name.length);
  const line = lineBoundsOf(tree, item.marker.start);
  return {
    name: split.name,
    nameStart,
    nameEnd,
    lineStart: line.start,
    lineEnd: line.end,
    kind: 'list',
    prefix: tree.data.text.slice(line.start, item.content.start),
    separator: split.separator,
    bold: split.bold,
    block: list,
  };
}

/** Run-in names in a paragraph's text (from `from`), of one list or of all. */
function runInItems(tree: NoticeRoot, piece: ViewText, block: BlockNode, list: CompetencyListKey | undefined, from = 0): ListedItem[] {
  const items: ListedItem[] = [];
  const text = piece.text.slice(from);
  for (const match of runInMatches(text, list)) {
    const index = from + match.index;
    const nameStart = originalAt(tree, piece, index);
    const nameEnd = originalAt(tree, piece, index + match.name.length);
    const line = lineBoundsOf(tree, nameStart);
    items.push({ name: match.name, nameStart, nameEnd, lineStart: line.start, lineEnd: line.end, kind: 'run-in', prefix: '', bold: false, block });
  }
  return items;
}

/** True when the text starts with a known item name followed by ":". */
function startsWithRunIn(text: string, list: CompetencyListKey | undefined): boolean {
  return runInMatches(text, list, true).length > 0;
}

const DEFINITION_LINE = /^[\s\u00A0]*(?:\*\*)?[^:\n]{1,90}?(?:\*\*)?[\s\u00A0]*:(?:\*\*)?[\s\u00A0]+\S/u;

/** Each non-blank line of a view text (from `from`), as a one-per-line item. */
function lineItems(tree: NoticeRoot, piece: ViewText, block: BlockNode, from = 0): ListedItem[] {
  const items: ListedItem[] = [];
  const re = /[^\n\r]+/g;
  re.lastIndex = from;
  for (let match = re.exec(piece.text); match; match = re.exec(piece.text)) {
    const lineText = match[0];
    if (/^[\s\u00A0]*$/.test(lineText)) continue;
    const indent = lineText.length - lineText.replace(/^[\s\u00A0]+/, '').length;
    const split = splitName(lineText.slice(indent));
    if (!split.name) continue;
    const nameIndex = match.index + indent + split.nameIndex;
    const nameStart = originalAt(tree, piece, nameIndex);
    const nameEnd = originalAt(tree, piece, nameIndex + split.name.length);
    const lineStart = originalAt(tree, piece, match.index);
    const line = lineBoundsOf(tree, lineStart);
    items.push({
      name: split.name,
      nameStart,
      nameEnd,
      lineStart: line.start,
      lineEnd: line.end,
      kind: 'line',
      prefix: tree.data.text.slice(line.start, originalAt(tree, piece, match.index + indent)),
      separator: split.separator,
      bold: split.bold,
      block,
    });
  }
  return items;
}

/** A bolded definition line ("**Teamwork:** Develops…"), one item even alone in its paragraph. */
const BOLD_DEFINITION_LINE = /^[\s\u00A0]*\*\*[^*\n]{1,90}?(?::\*\*|\*\*[\s\u00A0]*:)[\s\u00A0]*\S[^\n]*$/u;

function isDefinitionParagraph(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => !/^[\s\u00A0]*$/.test(line));
  return lines.length > 1 && lines.every((line) => DEFINITION_LINE.test(line));
}

export interface ItemScan {
  items: ListedItem[];
  /** False when nothing list-like follows. */
  found: boolean;
}

/**
 * The items listed under a count or a heading (§5 count-mismatch): list items
 * (blank lines and one-item lists followed by run-in paragraphs don't end
 * the list), bolded or "Name: definition" lines, one-per-line entries right
 * after the count, and run-in known item names [S002:58–59]. With
 * `stopAtProse`, the first ordinary paragraph ends the list; otherwise
 * (a whole Values/Core/Managerial section) ordinary paragraphs are skipped.
 */
export function itemsOfBlocks(
  tree: NoticeRoot,
  blocks: readonly BlockNode[],
  options: { stopAtProse: boolean; list?: CompetencyListKey; oneLinePerItemFirst?: boolean },
): ItemScan {
  const items: ListedItem[] = [];
  let first = true;
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.children) {
        const line = lineOf(tree, item.marker.start);
        if (tree.data.noiseLines.has(line)) continue;
        const listed = listItemToListed(tree, item, block);
        if (listed.name) items.push(listed); // an empty bullet is not an item
      }
    } else if (block.type === 'paragraph') {
      if (block.noise) continue;
      const piece = paragraphText(tree, block);
      if (startsWithRunIn(piece.text, options.list)) {
        const multiLine = /\n/.test(piece.text.trim()) && isDefinitionParagraph(piece.text);
        items.push(...(multiLine ? lineItems(tree, piece, block) : runInItems(tree, piece, block, options.list)));
      } else if (isDefinitionParagraph(piece.text) || BOLD_DEFINITION_LINE.test(piece.text)) {
        items.push(...lineItems(tree, piece, block));
      } else if (first && options.oneLinePerItemFirst && /\S[^\n]*\n[^\n]*\S/.test(piece.text)) {
        items.push(...lineItems(tree, piece, block));
        if (options.stopAtProse) break;
      } else if (options.stopAtProse) break;
    } else if (options.stopAtProse) break;
    first = false;
  }
  return { items, found: items.length > 0 };
}

export function lineOf(tree: NoticeRoot, offset: number): number {
  return lineIndexAt(tree.data.lineStarts, offset);
}

/** Items of a whole Values / Core / Managerial section. */
export function competencyItems(tree: NoticeRoot, section: SectionNode & { id: CompetencyListKey }): ListedItem[] {
  return itemsOfBlocks(tree, section.children, { stopAtProse: false, list: section.id }).items;
}

// ---------------------------------------------------------------------------
// Competency analysis (§4.6)
// ---------------------------------------------------------------------------

export interface CompetencyAnalysis {
  list: CompetencyListKey;
  items: ListedItem[];
  /** Canonical key per item (undefined: unknown). */
  keys: Array<string | undefined>;
  unknown: ListedItem[];
  /** Items of another competency list (key of that list). */
  misplaced: Array<{ item: ListedItem; list: CompetencyListKey }>;
  duplicates: ListedItem[];
  missing: string[];
  /** The 2018 list (three values; managerial with the merged item). */
  outdated: boolean;
  /** First item out of canonical order, if any. */
  outOfOrder?: ListedItem;
}

export function analyseCompetencies(list: CompetencyListKey, items: ListedItem[]): CompetencyAnalysis {
  const canonical = COMPETENCY_LISTS[list].map((item) => item.key);
  const keys: Array<string | undefined> = [];
  const unknown: ListedItem[] = [];
  const misplaced: Array<{ item: ListedItem; list: CompetencyListKey }> = [];
  const duplicates: ListedItem[] = [];
  const seen = new Set<string>();
  let merged2018 = false;
  for (const item of items) {
    const entries = lookupName(item.name);
    const own = entries.find((entry) => entry.list === list);
    if (own) {
      keys.push(own.key);
      if (seen.has(own.key)) duplicates.push(item);
      seen.add(own.key);
      if (own.outdated) merged2018 = true;
    } else {
      keys.push(undefined);
      const other = entries[0];
      if (other) misplaced.push({ item, list: other.list });
      else unknown.push(item);
    }
  }
  const has = (key: string) => seen.has(key);
  let outdated = false;
  if (list === 'values') {
    const old = OUTDATED_2018.values.map((item) => item.key);
    outdated = old.every(has) && canonical.filter((key) => !old.includes(key)).every((key) => !has(key));
  } else if (list === 'managerial') {
    outdated = merged2018;
  }
  let missing = canonical.filter((key) => !has(key));
  if (merged2018) missing = missing.filter((key) => key !== 'empoweringOthers' && key !== 'buildingTrust');
  let outOfOrder: ListedItem | undefined;
  let last = -1;
  for (let i = 0; i < items.length; i++) {
    const index = keys[i] === undefined ? -1 : canonical.indexOf(keys[i]!);
    if (index < 0) continue;
    if (index < last && !duplicates.includes(items[i])) {
      outOfOrder = items[i];
      break;
    }
    last = Math.max(last, index);
  }
  return { list, items, keys, unknown, misplaced, duplicates, missing, outdated, outOfOrder };
}

/** True when the list is missing standard items (or is the outdated list): it must be completed, not recounted. */
export function isIncomplete(analysis: CompetencyAnalysis): boolean {
  return analysis.outdated || analysis.missing.length > 0;
}

// ---------------------------------------------------------------------------
// Counts (§5 count-mismatch, §8)
// ---------------------------------------------------------------------------

const NOUNS = new Set(
  [
    // EN
    'value', 'values', 'competency', 'competencies', 'competence', 'competences', 'language', 'languages',
    'position', 'positions', 'post', 'posts', 'area', 'areas', 'domain', 'domains',
    // FR
    'valeur', 'valeurs', 'competence', 'competences', 'langue', 'langues', 'poste', 'postes', 'domaine', 'domaines',
    'axe', 'axes',
    // ES
    'valor', 'valores', 'competencia', 'competencias', 'idioma', 'idiomas', 'lengua', 'lenguas', 'puesto', 'puestos',
    'plaza', 'plazas', 'vacante', 'vacantes', 'area', 'areas', 'ambito', 'ambitos',
  ].map((noun) => foldName(noun)),
);

/** Words that end a "count + adjectives + noun" phrase. */
const STOP_WORDS = new Set(['and', 'or', 'of', 'in', 'to', 'for', 'et', 'ou', 'de', 'des', 'du', 'en', 'a', 'y', 'o', 'del', 'para', 'por', 'years', 'year', 'ans', 'annees', 'anos', 'mois', 'months', 'meses']);

const FOLLOWING_BEFORE = new Set(['following']);
const FOLLOWING_AFTER = new Set(['suivant', 'suivants', 'suivante', 'suivantes', 'siguiente', 'siguientes']);

/** Number words of all three languages, longest first (compounds "dix-sept" / "dix sept"). */
const NUMBER_WORD_SOURCE = [...new Set(Object.values(NUMBER_WORDS).flatMap((defs) => defs.flatMap((def) => [...def.words, ...(def.feminine ? [def.feminine] : []), ...(def.standalone ? [def.standalone] : [])])))]
  .sort((a, b) => b.length - a.length)
  .map((word) => escapeRegExp(word).replace(/-/g, '[-\\u2010\\u2011 \\u00A0]').replace(/é/g, '[ée]'))
  .join('|');

/** A count token: digits (leading zeros allowed) or a §8 word, as a whole word. */
const COUNT_TOKEN = new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F\\-/.,])(\\d{1,3}|${NUMBER_WORD_SOURCE})(?![A-Za-z0-9\\u00C0-\\u024F\\-/]|[.,]\\d)`, 'gi');
const WORD = /[\p{L}\p{N}'’]+/gu;
/** "three (3)": the digits in parentheses right after a number word. */
const PAREN_DIGITS = /[\s\u00A0]*\((\d{1,3})\)/y;
/** Every counting phrase has one of these stems (nouns of NOUNS, following/suivant/siguiente). */
const COUNT_HINT = /(?:v(?:al(?:u|eu|or)|acan)|comp(?:e|\u00e9)t|l(?:angu|engu)|idiom|p(?:os(?:it|t)|uest|laza)|(?:a|\u00e1)(?:rea|mbit)|axe|domai|follow|s(?:uivan|iguien))/gi;

/**
 * Windows of the text around the hint words (a counted noun, "following",
 * "suivant(e)s", "siguientes"): counts are searched only there, so a 20 KB
 * notice is not scanned word by word.
 */
const COUNT_HINT_ANY = new RegExp(COUNT_HINT.source, 'i');

/** Cheap test: could the text hold a counting phrase at all? */
export function mayHoldCount(text: string): boolean {
  return COUNT_HINT_ANY.test(text);
}

function countWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  COUNT_HINT.lastIndex = 0;
  for (let hint = COUNT_HINT.exec(text); hint; hint = COUNT_HINT.exec(text)) {
    let start = Math.max(0, hint.index - 60);
    while (start > 0 && !/[\s\u00A0]/.test(text[start - 1])) start--;
    const end = Math.min(text.length, hint.index + 40);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

export interface CountPhrase {
  /** The count as written. */
  token: string;
  parsed: ParsedCount;
  /** View-text index of the count token (and its end). */
  index: number;
  end: number;
  /** "three (3)": the digit form and its index. */
  digits?: { token: string; value: number; index: number; end: number };
  /** View-text index just after the counted noun phrase. */
  after: number;
  /** The noun counted. */
  noun: string;
}

/**
 * Finds counting phrases in a view text: "these five values", "the following
 * 3 areas", "ces cinq valeurs", "les quatre grands domaines", "05 postes",
 * "los tres valores siguientes", "three (3) values". Counts of anything else
 * ("two years of experience") are not phrases.
 */
export function findCounts(text: string, language: Language): CountPhrase[] {
  const phrases: CountPhrase[] = [];
  let done = 0;
  for (const [windowStart, windowEnd] of countWindows(text)) {
    const slice = text.slice(windowStart, windowEnd);
    COUNT_TOKEN.lastIndex = Math.max(0, done - windowStart);
    for (let match = COUNT_TOKEN.exec(slice); match; match = COUNT_TOKEN.exec(slice)) {
      const phrase = countAt(text, windowStart + match.index, match[1], language);
      if (!phrase) continue;
      phrases.push(phrase);
      done = phrase.after;
      COUNT_TOKEN.lastIndex = Math.max(COUNT_TOKEN.lastIndex, phrase.after - windowStart);
    }
  }
  return phrases;
}

/** The counting phrase whose count token `token` starts at `index`, if it is one. */
function countAt(text: string, index: number, token: string, language: Language): CountPhrase | undefined {
  const parsed = parseCount(token, language) ?? parseCount(token);
  if (!parsed || parsed.value === 0) return undefined;
  if (parsed.kind === 'word' && parsed.article) return undefined; // un/une/una: articles (§8)
  let cursor = index + token.length;
  let digits: CountPhrase['digits'];
  PAREN_DIGITS.lastIndex = cursor;
  const paren = PAREN_DIGITS.exec(text);
  if (paren && parsed.kind === 'word') {
    const digitIndex = cursor + paren[0].indexOf(paren[1]);
    digits = { token: paren[1], value: Number(paren[1]), index: digitIndex, end: digitIndex + paren[1].length };
    cursor += paren[0].length;
  }
  // the words that follow: up to two adjectives, then the noun (no punctuation in between)
  const following: Array<{ word: string; end: number }> = [];
  WORD.lastIndex = cursor;
  let position = cursor;
  for (let word = WORD.exec(text); word && following.length < 4; word = WORD.exec(text)) {
    if (!/^[\s\u00A0]+$/.test(text.slice(position, word.index))) break;
    following.push({ word: foldName(word[0]), end: word.index + word[0].length });
    position = word.index + word[0].length;
  }
  const before = precedingWords(text, index, 2);
  const followingBefore = before.some((word) => FOLLOWING_BEFORE.has(word));
  let noun: { word: string; end: number } | undefined;
  for (let i = 0; i < Math.min(3, following.length); i++) {
    if (NOUNS.has(following[i].word)) {
      noun = following[i];
      break;
    }
    // only adjectives may stand between the count and its noun ("quatre grands domaines")
    if (STOP_WORDS.has(following[i].word) || parseCount(following[i].word)) break;
  }
  if (!noun) {
    const suivants = following.findIndex((entry, i) => i > 0 && FOLLOWING_AFTER.has(entry.word));
    if (suivants > 0) noun = following[suivants];
    else if (followingBefore && following.length > 0 && !STOP_WORDS.has(following[0].word)) noun = following[0];
  }
  if (!noun) return undefined;
  // "les N … suivant(e)s" after the noun
  let after = noun.end;
  const nounIndex = following.indexOf(noun);
  const next = following[nounIndex + 1];
  if (next && FOLLOWING_AFTER.has(next.word)) after = next.end;
  return { token, parsed, index, end: index + token.length, digits, after, noun: noun.word };
}

function precedingWords(text: string, index: number, count: number): string[] {
  const head = text.slice(Math.max(0, index - 40), index);
  const words = head.match(/[\p{L}'’]+/gu) ?? [];
  return words.slice(-count).map((word) => foldName(word));
}

/** End of the sentence that contains `index` (at ".", "!", "?" followed by a space or the end, or a line end). */
export function sentenceEnd(text: string, index: number): number {
  const re = /[.!?…](?=[\s\u00A0]|$)|\r|\n/g;
  re.lastIndex = index;
  const match = re.exec(text);
  return match ? match.index : text.length;
}

/**
 * An inline enumeration after a colon (§5): the text from the colon to the
 * sentence end, split on commas and semicolons, then only the last segment
 * on its final and/et/y/e/o ([S004:19] is four items, not five).
 */
export function inlineEnumeration(segment: string): number | undefined {
  const text = segment.replace(/\s+/g, ' ').trim().replace(/[.;:]+$/, '').trim();
  if (!text) return undefined;
  if (/\betc\b\.?$/i.test(text) || /…$|\.\.\.$/.test(text)) return undefined;
  const parts = text.split(/[,;]/).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  const last = parts[parts.length - 1];
  const conjunctions = /[\s\u00A0](?:and|et|y|e|or|ou|o)[\s\u00A0]/gi;
  let lastConjunction = -1;
  for (let m = conjunctions.exec(last); m; m = conjunctions.exec(last)) lastConjunction = m.index;
  return parts.length + (lastConjunction > 0 ? 1 : 0);
}
