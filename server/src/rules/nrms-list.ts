/**
 * `nrms-list` · info (warning for unknown names) (optional rule, rule book §5, §6.4)
 *
 * The list of non-represented member states (NRMS) in the tier paragraph
 * (§4.2: after the NRMS first-tier item, on its line after the colon or in
 * the block below it) is compared with the configured, dated list. The
 * default is the 29 names of [S000:19]; IOM updates the list, so option
 * `list` (with `listDate`) or `lists` (several, chosen by the notice's
 * closing date) sets it [A].
 * - warning: a name that is in no country table (EN, FR or ES, §6.4), even
 *   loosely: case, accents, hyphen against space and an article ("Congo
 *   (the)", "le", "l’", "los"…) are ignored; "GuineaBissau" (no separator)
 *   is still unknown; a real country outside that table (ISO 3166 names,
 *   template/countries.ts: "Liberia") is known, and only not listed;
 * - info: a country listed that the configured list does not have (on the
 *   name), and the configured countries the notice lacks (one finding, on
 *   the list, naming them).
 * Names are looked up in the notice language's table first, then in the
 * others; the table (`countryNames`, §6.4, all FR/ES names [A]) can be
 * extended in the rule's options or in `tables.countryNames`.
 *
 * Why: NRMS candidates are first-tier; a stale list gives the wrong people
 * priority, and a misspelt name cannot be checked at all.
 *
 * ok:      [S000:19] the default list, in EN; the same countries in FR or ES.
 * not ok:  [S003:32] adds Antigua-et-Barbuda and Madagascar and lacks Timor-Leste and
 *          Trinité-et-Tobago (info ×3); "…, GuineaBissau, …" (warning).
 *
 * Fix (quick): an unknown name that is a near miss of exactly one country is
 * replaced by that country's name; an extra country can be removed; the whole
 * list can be replaced by the configured list in the notice language. No fix
 * for an unknown name with no single near miss.
 */
import { tierFacts } from '../requirements/tier.js';
import {
  COUNTRY_NAMES,
  countryRowFrom,
  DEFAULT_NRMS_LIST,
  looseCountryName,
  NRMS_LIST_CONJUNCTIONS,
  type CountryRow,
  type CountryRowInput,
} from '../template/nrms.js';
import { parseMonth } from '../template/months.js';
import { countryCodeOf, ISO_COUNTRIES } from '../template/countries.js';
import { ofLanguage, type Language, type ListItemNode, type ListNode, type NoticeRoot } from '../notice/tree.js';
import type { Suggestion, VnlintConfig } from '../engine/types.js';
import { headerFields } from './header-fields.js';
import { defineRule } from './rule.js';

const LANGUAGES: readonly Language[] = ['en', 'fr', 'es'];
const ORDER: Record<Language, Language[]> = {
  en: ['en', 'fr', 'es'],
  fr: ['fr', 'en', 'es'],
  es: ['es', 'en', 'fr'],
};

// ---------------------------------------------------------------------------
// The country index (built once for the defaults, once per config otherwise)

interface CountryIndex {
  rows: CountryRow[];
  /** Exact names per language → row index. */
  exact: Record<Language, Map<string, number>>;
  /** Loose names (looseCountryName) per language → row index. */
  loose: Record<Language, Map<string, number>>;
  /** Every loose name with its row, for near misses. */
  keys: Array<{ key: string; compact: string; row: number; name: string; language: Language }>;
}

interface NrmsList {
  /** "2025-11-01", or undefined for the default list. */
  since?: string;
  rows: number[];
}

interface Setup {
  index: CountryIndex;
  /** Sorted by `since`. */
  lists: NrmsList[];
  looseMatching: boolean;
  isDefault: boolean;
}

const compactOf = (key: string) => key.replace(/[ ']/g, '');

function buildIndex(rows: CountryRow[]): CountryIndex {
  const index: CountryIndex = {
    rows,
    exact: { en: new Map(), fr: new Map(), es: new Map() },
    loose: { en: new Map(), fr: new Map(), es: new Map() },
    keys: [],
  };
  rows.forEach((row, at) => {
    for (const language of LANGUAGES) {
      for (const name of row.names[language]) {
        if (!index.exact[language].has(name)) index.exact[language].set(name, at);
        const key = looseCountryName(name);
        if (!index.loose[language].has(key)) index.loose[language].set(key, at);
        index.keys.push({ key, compact: compactOf(key), row: at, name, language });
      }
    }
  });
  return index;
}

function lookup(index: CountryIndex, name: string, language: Language, looseMatching: boolean): number | undefined {
  const order = ofLanguage(ORDER, language);
  for (const lang of order) {
    const hit = ofLanguage(index.exact, lang).get(name);
    if (hit !== undefined) return hit;
  }
  if (!looseMatching) return undefined;
  const key = looseCountryName(name);
  for (const lang of order) {
    const hit = ofLanguage(index.loose, lang).get(key);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Optimal string alignment distance, bounded: returns max + 1 as soon as it is exceeded. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[b.length]!;
}

/**
 * The one country an unknown name is a near miss of: the same letters without
 * separators ("GuineaBissau"), or one or two edits away (two from 8 letters).
 * Undefined when no country or several are that close.
 */
function nearMiss(index: CountryIndex, name: string, language: Language): { row: number; name: string } | undefined {
  const key = looseCountryName(name);
  const compact = compactOf(key);
  if (compact.length < 4) return undefined;
  const pick = (hits: CountryIndex['keys']) => {
    const rows = new Set(hits.map((hit) => hit.row));
    if (rows.size !== 1) return undefined;
    const best = hits.find((hit) => hit.language === language) ?? hits[0]!;
    return { row: best.row, name: best.name };
  };
  const sameLetters = index.keys.filter((entry) => entry.compact === compact);
  if (sameLetters.length) return pick(sameLetters);
  const max = compact.length >= 8 ? 2 : 1;
  let bestDistance = max + 1;
  let hits: CountryIndex['keys'] = [];
  for (const entry of index.keys) {
    const d = distance(key, entry.key, max);
    if (d < bestDistance) {
      bestDistance = d;
      hits = [entry];
    } else if (d === bestDistance && d <= max) hits.push(entry);
  }
  return bestDistance <= max ? pick(hits) : undefined;
}

const DEFAULT_INDEX = buildIndex(COUNTRY_NAMES);
const DEFAULT_SETUP: Setup = {
  index: DEFAULT_INDEX,
  lists: [{ rows: DEFAULT_NRMS_LIST.map((name) => DEFAULT_INDEX.exact.en.get(name)!) }],
  looseMatching: true,
  isDefault: true,
};

const setups = new WeakMap<object, Setup>();

function setupFor(options: Record<string, unknown>, config: VnlintConfig): Setup {
  const tableRows = config.tables?.countryNames;
  const relevant = ['list', 'listDate', 'lists', 'countryNames', 'looseMatching'].some((key) => options[key] !== undefined);
  if (!relevant && tableRows === undefined) return DEFAULT_SETUP;
  // The processor hands the same config object to every run: build once per config.
  const cached = setups.get(config);
  if (cached) return cached;
  const setup = buildSetup(options, tableRows);
  setups.set(config, setup);
  return setup;
}

function rowsOf(value: unknown): CountryRow[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((input) => {
    const row = input && typeof input === 'object' ? countryRowFrom(input as CountryRowInput) : undefined;
    return row ? [row] : [];
  });
}

function namesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string' && name.trim() !== '').map((name) => name.trim()) : [];
}

function buildSetup(options: Record<string, unknown>, tableRows: unknown): Setup {
  // configured rows replace the default row of the same country, or are added
  const rows = [...COUNTRY_NAMES];
  const base = buildIndex(COUNTRY_NAMES);
  for (const row of [...rowsOf(tableRows), ...rowsOf(options.countryNames)]) {
    const same = [...row.names.en, ...row.names.fr, ...row.names.es]
      .map((name) => lookup(base, name, 'en', true))
      .find((at) => at !== undefined);
    if (same !== undefined) rows[same] = { ...row, inDefaultList: rows[same]!.inDefaultList };
    else rows.push(row);
  }
  const looseMatching = options.looseMatching !== false;
  const rawLists: Array<{ since?: string; names: string[] }> = [];
  if (Array.isArray(options.lists)) {
    for (const entry of options.lists) {
      if (!entry || typeof entry !== 'object') continue;
      const { since, names } = entry as { since?: unknown; names?: unknown };
      const list = namesOf(names);
      if (list.length) rawLists.push({ since: typeof since === 'string' ? since.trim() : undefined, names: list });
    }
  }
  const single = namesOf(options.list);
  if (single.length) rawLists.push({ since: typeof options.listDate === 'string' ? options.listDate.trim() : undefined, names: single });
  if (!rawLists.length) rawLists.push({ names: DEFAULT_NRMS_LIST });
  // a configured name that is not in §6.4 is a country too: its ISO row's names, or its own row
  let index = buildIndex(rows);
  for (const list of rawLists) {
    for (const name of list.names) {
      if (lookup(index, name, 'en', looseMatching) === undefined) {
        const code = countryCodeOf(name);
        const iso = code ? ISO_COUNTRIES.find((country) => country.code === code) : undefined;
        rows.push({ names: iso ? iso.names : { en: [name], fr: [name], es: [name] }, inDefaultList: false });
        index = buildIndex(rows);
      }
    }
  }
  const lists = rawLists
    .map((list) => ({ since: list.since, rows: [...new Set(list.names.map((name) => lookup(index, name, 'en', looseMatching)!))] }))
    .sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
  return { index, lists, looseMatching, isDefault: false };
}

// ---------------------------------------------------------------------------
// The notice's closing date, to choose among dated lists

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC_DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const WRITTEN_DMY = /^(\d{1,2})(?:er|º|°)?[ \u00A0]+(?:de[ \u00A0]+)?(\p{L}+)\.?,?[ \u00A0]+(?:de[ \u00A0]+|del[ \u00A0]+)?(\d{4})$/u;
const WRITTEN_MDY = /^(\p{L}+)\.?[ \u00A0]+(\d{1,2}),?[ \u00A0]+(\d{4})$/u;

const iso = (year: string, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function closingDate(tree: NoticeRoot): string | undefined {
  const field = headerFields(tree).find((candidate) => candidate.key === 'closing');
  const value = field?.fieldValue.value.trim();
  if (!value) return undefined;
  let match = ISO.exec(value);
  if (match) return iso(match[1]!, Number(match[2]), Number(match[3]));
  match = NUMERIC_DMY.exec(value);
  if (match) return iso(match[3]!, Number(match[2]), Number(match[1]));
  match = WRITTEN_DMY.exec(value);
  let month = match ? parseMonth(match[2]!, tree.data.language) : undefined;
  if (match && month) return iso(match[3]!, month.month, Number(match[1]));
  match = WRITTEN_MDY.exec(value);
  month = match ? parseMonth(match[1]!, tree.data.language) : undefined;
  if (match && month) return iso(match[3]!, month.month, Number(match[2]));
  return undefined;
}

/** The list in force on the closing date (the latest when the notice has no date). */
function listFor(setup: Setup, tree: NoticeRoot): NrmsList {
  const lists = setup.lists;
  if (lists.length === 1) return lists[0]!;
  const date = closingDate(tree);
  if (!date) return lists[lists.length - 1]!;
  let chosen = lists[0]!;
  for (const list of lists) if (!list.since || list.since <= date) chosen = list;
  return chosen;
}

// ---------------------------------------------------------------------------
// The list in the tier paragraph

interface NameSpan {
  /** View offsets. */
  start: number;
  end: number;
  text: string;
}

interface ListRegion {
  /** View offsets of the text holding the names. */
  start: number;
  end: number;
  /** False for a list of one name per list item. */
  replaceable: boolean;
  separator: string;
}

const SEGMENT = /[^,;\r\n]+/g;
const SPACE = /[\s\u00A0]/;
const TRAILING = /[\s\u00A0.:;*_]/;
const LEADING = /[\s\u00A0*_•·]/;
const CONJUNCTION_AT_START = new RegExp(`^(?:${[...new Set(Object.values(NRMS_LIST_CONJUNCTIONS).flat())].join('|')})[\\s\\u00A0]+`, 'iu');
const CONJUNCTION_INSIDE = new RegExp(`[\\s\\u00A0]+(?:${[...new Set(Object.values(NRMS_LIST_CONJUNCTIONS).flat())].join('|')})[\\s\\u00A0]+`, 'giu');

/** The view span of the NRMS country list, if the tier paragraph has one. */
function regionOf(tree: NoticeRoot): { region: ListRegion; items?: ListItemNode[] } | undefined {
  const facts = tierFacts(tree);
  const nrmsItem = facts?.items.find((item) => item.nrms);
  if (!facts || !nrmsItem) return undefined;
  const view = tree.data.view.text;
  const children = facts.section.children;
  for (let at = 0; at < children.length; at++) {
    const child = children[at]!;
    if (child.type !== 'list') continue;
    const items = (child as ListNode).children;
    const index = items.findIndex((item) => item.content.start === nrmsItem.start);
    if (index === -1) continue;
    const item = items[index]!;
    const itemEnd = (item.data as { viewEnd: number }).viewEnd;
    const contentStart = itemEnd - item.content.value.length;
    // "…categories: Bahamas, Barbados, …" on the item's own line
    const colon = item.content.value.search(/:[\s\u00A0]*\p{L}/u);
    if (colon !== -1) return { region: { start: contentStart + colon + 1, end: itemEnd, replaceable: true, separator: ', ' } };
    if (index !== items.length - 1) return undefined;
    const next = children[at + 1];
    if (!next) return undefined;
    const data = next.data as { viewStart: number; viewEnd: number };
    if (next.type === 'paragraph') {
      const text = view.slice(data.viewStart, data.viewEnd);
      const oneByLine = !/[,;]/.test(text) && /\n/.test(text.trim());
      return {
        region: {
          start: data.viewStart,
          end: data.viewEnd,
          replaceable: true,
          separator: oneByLine ? tree.data.eol : /;/.test(text) && !/,/.test(text) ? '; ' : ', ',
        },
      };
    }
    if (next.type === 'list') {
      return { region: { start: data.viewStart, end: data.viewEnd, replaceable: false, separator: ', ' }, items: (next as ListNode).children };
    }
    return undefined;
  }
  return undefined;
}

/** The names of the region, each trimmed; "A and B" is split when the whole is no country but both halves are. */
function namesIn(view: string, region: ListRegion, items: ListItemNode[] | undefined, known: (name: string) => boolean): NameSpan[] {
  const pieces: NameSpan[] = [];
  if (items) {
    for (const item of items) {
      const end = (item.data as { viewEnd: number }).viewEnd;
      pieces.push({ start: end - item.content.value.length, end, text: item.content.value });
    }
  } else {
    const text = view.slice(region.start, region.end);
    SEGMENT.lastIndex = 0;
    for (let match = SEGMENT.exec(text); match; match = SEGMENT.exec(text)) {
      pieces.push({ start: region.start + match.index, end: region.start + match.index + match[0].length, text: match[0] });
    }
  }
  const names: NameSpan[] = [];
  for (const piece of pieces) {
    let start = piece.start;
    let end = piece.end;
    while (start < end && LEADING.test(view[start]!)) start++;
    while (end > start && TRAILING.test(view[end - 1]!)) end--;
    if (start === end) continue;
    let text = view.slice(start, end);
    if (!known(text)) {
      // "…, and Vanuatu" / "…, et Vanuatu"
      const conjunction = CONJUNCTION_AT_START.exec(text);
      if (conjunction && known(text.slice(conjunction[0].length))) {
        start += conjunction[0].length;
        text = text.slice(conjunction[0].length);
      } else {
        // "Tuvalu and Vanuatu": split at the last conjunction when both halves are countries
        let last: RegExpExecArray | undefined;
        CONJUNCTION_INSIDE.lastIndex = 0;
        for (let match = CONJUNCTION_INSIDE.exec(text); match; match = CONJUNCTION_INSIDE.exec(text)) last = match;
        if (last) {
          const left = text.slice(0, last.index);
          const right = text.slice(last.index + last[0].length);
          if (known(left) && known(right)) {
            names.push({ start, end: start + left.length, text: left });
            names.push({ start: start + last.index + last[0].length, end, text: right });
            continue;
          }
        }
      }
    }
    names.push({ start, end, text });
  }
  return names;
}

// ---------------------------------------------------------------------------

export default defineRule(
  {
    id: 'nrms-list',
    severity: 'info',
    fixable: 'quick',
    description: 'The list of non-represented member states differs from the configured list or has an unknown country name.',
  },
  ({ tree, report, options, config }) => {
    const found = regionOf(tree);
    if (!found) return;
    const { region, items } = found;
    const view = tree.data.view;
    const viewText = view.text;
    if (viewText.slice(region.start, region.end).includes('${')) return; // the §4.2 placeholder
    const setup = setupFor(options, config);
    const { index, looseMatching } = setup;
    const language = tree.data.language;
    const rowOf = (name: string) => lookup(index, name, language, looseMatching);
    // a country outside the §6.4 table (ISO 3166 names, template/countries.ts) is known, just not listed
    const otherCountry = (name: string) => looseMatching && countryCodeOf(name) !== undefined;
    const names = namesIn(viewText, region, items, (name) => rowOf(name) !== undefined || otherCountry(name));
    if (!names.length) return;

    const resolved = names.map((name) => {
      const row = rowOf(name.text);
      return { name, row, other: row === undefined && otherCountry(name.text) };
    });
    const misses = resolved.map((entry) => (entry.row === undefined && !entry.other ? nearMiss(index, entry.name.text, language) : undefined));
    const recognised = resolved.filter((entry, at) => entry.row !== undefined || entry.other || misses[at]).length;
    // a paragraph that is mostly not country names is not the list
    if (recognised === 0 || recognised * 2 < names.length) return;

    const list = listFor(setup, tree);
    const configured = new Set(list.rows);
    const listName = setup.isDefault ? 'the default list' : list.since ? `the list configured for ${list.since}` : 'the configured list';
    const label = `${listName} of non-represented member states (${list.rows.length} countries)`;
    const original = (at: number) => view.toOriginal(at);
    const nameIn = (row: number) => ofLanguage(index.rows[row]!.names, language)[0]!;
    const listStart = names[0]!.start;
    const listEnd = names[names.length - 1]!.end;
    const replacement = list.rows.map(nameIn).join(region.separator);
    const replaceList: Suggestion[] =
      region.replaceable && viewText.slice(listStart, listEnd) !== replacement
        ? [{ desc: `Replace the list with ${listName} (${list.rows.length} countries)`, fix: { range: [original(listStart), original(listEnd)], text: replacement } }]
        : [];

    const present = new Set<number>();
    const reportedExtra = new Set<number>();
    resolved.forEach(({ name, row, other }, at) => {
      const start = original(name.start);
      const end = original(name.end);
      if (row === undefined && !other) {
        const miss = misses[at];
        if (miss) present.add(miss.row);
        report({
          message: `Unknown country name “${name.text}” in the list of non-represented member states${miss ? `; did you mean “${miss.name}”?` : '.'}`,
          start,
          end,
          severity: 'warning',
          suggestions: miss ? [{ desc: `Write “${miss.name}”`, fix: { range: [start, end], text: miss.name } }] : undefined,
        });
        return;
      }
      if (row !== undefined) {
        present.add(row);
        if (configured.has(row) || reportedExtra.has(row)) return;
        reportedExtra.add(row);
      }
      const suggestions: Suggestion[] = [];
      if (names.length > 1) {
        // drop the name with the separator after it (or before it, for the last name)
        const range: [number, number] =
          at < names.length - 1 ? [start, original(names[at + 1]!.start)] : [original(names[at - 1]!.end), end];
        suggestions.push({ desc: `Remove “${name.text}” from the list`, fix: { range, text: '' } });
      }
      suggestions.push(...replaceList);
      report({
        message: `“${name.text}” is not in ${label}.`,
        start,
        end,
        suggestions,
      });
    });

    const missing = list.rows.filter((row) => !present.has(row));
    if (missing.length) {
      const quoted = missing.map((row) => `“${nameIn(row)}”`);
      const missingNames = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted[0]!;
      report({
        message: `The list lacks ${missingNames}, which ${missing.length === 1 ? 'is' : 'are'} in ${label}.`,
        start: original(listStart),
        end: original(listEnd),
        suggestions: replaceList.length ? replaceList : undefined,
      });
    }
  },
);
