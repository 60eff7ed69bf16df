/**
 * `competency-list` · error (outdated list: warning; ES notices: info; order: info)
 *
 * The Values, Core Competencies and Managerial Competencies lists are IOM's
 * framework, copied verbatim (rule book §4.6, §5). Notices copied from old
 * ones keep the 2018 lists (three values; "Empowering others and building
 * trust"), or pick up items that are not IOM competencies ("Planning and
 * organizing", a Notes sentence as a fourth bullet).
 *
 * Checks each list's items against the template (template/competencies.ts):
 * unknown items, items of another list, missing standard items, duplicates,
 * the outdated 2018 list, and order differences (info). The item name is the
 * text before the first ":" with marker, number and bold removed; matching
 * ignores case, accents, punctuation, ’ vs ', "&" vs and/et/y, and accepts the
 * EN, FR and ES names. Definitions are not compared [S000 vs S002]. Items may
 * be list items, "Name: definition" lines or run-in names [S002:58–59].
 *
 * Does not run on volunteer notices [S004:93]; warnings only on consultancies
 * [A]; ES names are [A], so ES findings are info.
 *
 * ok:      [S000:99–119]; [S003:111–131]; [S001:124–129] (a blank line inside).
 * not ok:  a 2025 notice with the three 2018 values only (warning);
 *          "Planning and organizing" under Core; Core without "Communication".
 *
 * Fix (quick): insert each missing item with its standard one-line definition
 * (template/texts.ts renderCompetencyItem) in the notice's language and list
 * style, at its canonical place; replace the outdated list with the current
 * one; delete a duplicate line.
 */
import type { NoticeRoot, SectionNode } from '../notice/tree.js';
import type { Severity, Suggestion } from '../engine/types.js';
import type { Language } from '../template/types.js';
import { COMPETENCY_LISTS, type CompetencyListKey } from '../template/competencies.js';
import { renderCompetencyItem } from '../template/texts.js';
import { defineRule } from './rule.js';
import { analyseCompetencies, competencyItems, isCompetencySection, isNeverIomCompetency, type ListedItem } from './lists.js';

const LIST_NAMES: Record<CompetencyListKey, string> = { values: 'Values', core: 'Core Competencies', managerial: 'Managerial Competencies' };

export default defineRule(
  {
    id: 'competency-list',
    severity: 'error',
    fixable: 'quick',
    description: 'A Values, Core or Managerial Competencies list differs from the IOM competency framework.',
  },
  ({ tree, report }) => {
    const data = tree.data;
    if (data.noticeType === 'volunteer' || data.layout === 'volunteer') return;
    const language = data.language;
    const assumed = language === 'es';
    const level = (severity: Severity): Severity => {
      if (assumed) return 'info';
      if (data.noticeType === 'consultancy' && severity === 'error') return 'warning';
      return severity;
    };
    const seen = new Set<string>();
    for (const node of tree.children) {
      if (node.type !== 'section' || !isCompetencySection(node.id) || seen.has(node.id)) continue;
      seen.add(node.id);
      const list = node.id;
      const items = competencyItems(tree, node as SectionNode & { id: CompetencyListKey });
      if (items.length === 0) continue;
      const analysis = analyseCompetencies(list, items);
      const listName = LIST_NAMES[list];
      const style = styleOf(tree, items);
      const anchor = headingSpan(node, items);

      if (analysis.outdated) {
        const suggestions: Suggestion[] = [];
        const replacement = fullList(list, language, style, tree);
        if (replacement && style.editable) {
          const first = items[0];
          const last = items[items.length - 1];
          suggestions.push({ desc: `Replace with the current ${listName} list`, fix: { range: [first.lineStart, last.lineEnd], text: replacement } });
        }
        report({
          message: `${listName}: this is the outdated 2018 list; the current framework has ${COMPETENCY_LISTS[list].length} items (${COMPETENCY_LISTS[list].map((item) => item.names[language][0] ?? item.names.en[0]).join(', ')}).`,
          start: anchor.start,
          end: anchor.end,
          severity: level('warning'),
          suggestions,
        });
      } else {
        for (const key of analysis.missing) {
          const def = COMPETENCY_LISTS[list].find((item) => item.key === key)!;
          const name = def.names[language][0] ?? def.names.en[0];
          const suggestions: Suggestion[] = [];
          const insertion = insertionFor(tree, list, key, analysis.keys, items, language, style);
          if (insertion) suggestions.push({ desc: `Insert “${name}” with its standard definition`, fix: insertion });
          report({
            message: `${listName}: the standard item “${name}” is missing.`,
            start: anchor.start,
            end: anchor.end,
            severity: level('error'),
            suggestions,
          });
        }
      }

      for (const item of analysis.unknown) {
        const never = isNeverIomCompetency(item.name);
        report({
          message: `${listName}: “${shorten(item.name)}” is not an IOM ${list === 'values' ? 'value' : 'competency'}${never ? ' (it is not part of the IOM competency framework)' : ''}.`,
          start: item.nameStart,
          end: item.nameEnd,
          severity: level('error'),
          suggestions: deleteLine(tree, item),
        });
      }
      for (const { item, list: other } of analysis.misplaced) {
        report({
          message: `${listName}: “${shorten(item.name)}” belongs to ${LIST_NAMES[other]}, not ${listName}.`,
          start: item.nameStart,
          end: item.nameEnd,
          severity: level('error'),
          suggestions: deleteLine(tree, item),
        });
      }
      for (const item of analysis.duplicates) {
        report({
          message: `${listName}: “${shorten(item.name)}” is listed twice.`,
          start: item.nameStart,
          end: item.nameEnd,
          severity: level('error'),
          suggestions: deleteLine(tree, item),
        });
      }
      if (analysis.outOfOrder && !analysis.outdated) {
        const item = analysis.outOfOrder;
        report({
          message: `${listName}: “${shorten(item.name)}” is out of the framework's order (${COMPETENCY_LISTS[list].map((entry) => entry.names[language][0] ?? entry.names.en[0]).join(', ')}).`,
          start: item.nameStart,
          end: item.nameEnd,
          severity: 'info',
        });
      }
    }
  },
);

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function headingSpan(section: SectionNode, items: ListedItem[]): { start: number; end: number } {
  const heading = section.heading;
  if (heading && heading.style !== 'opener' && heading.span.end > heading.span.start) return { start: heading.span.start, end: heading.span.end };
  return { start: items[0].nameStart, end: items[0].nameEnd };
}

interface ItemStyle {
  /** Items are whole lines (list items or one-per-line entries), so lines can be inserted. */
  editable: boolean;
  prefix: string;
  bold: boolean;
  separator?: string;
  /** Items are separated by blank lines. */
  spaced: boolean;
}

function styleOf(tree: NoticeRoot, items: ListedItem[]): ItemStyle {
  const lineItems = items.filter((item) => item.kind !== 'run-in');
  const sample = lineItems.find((item) => item.separator) ?? lineItems[0];
  let spaced = false;
  for (let i = 1; i < lineItems.length; i++) {
    const gap = tree.data.text.slice(lineItems[i - 1].lineEnd, lineItems[i].lineStart);
    if (/(?:\r\n|\r|\n)[\s\u00A0]*(?:\r\n|\r|\n)/.test(gap)) spaced = true;
  }
  return {
    editable: lineItems.length === items.length && items.length > 0,
    prefix: sample?.prefix ?? '',
    bold: sample?.bold ?? false,
    separator: sample?.separator,
    spaced,
  };
}

/** One item line in the list's own style (marker, bold, separator), else the template's rendering. */
function renderItem(name: string, definition: string, language: Language, style: ItemStyle): string {
  if (style.separator !== undefined) {
    const open = style.bold ? '**' : '';
    return `${style.prefix}${open}${name}${style.separator}${definition}`;
  }
  return renderCompetencyItem(name, definition, language, { style: style.bold ? 'markdown' : 'plain', marker: style.prefix });
}

function itemLine(list: CompetencyListKey, key: string, language: Language, style: ItemStyle): string | undefined {
  const def = COMPETENCY_LISTS[list].find((item) => item.key === key);
  const name = def?.names[language][0];
  const definition = def?.definitions[language];
  if (!def || !name || !definition) return undefined;
  return renderItem(name, definition, language, style);
}

function fullList(list: CompetencyListKey, language: Language, style: ItemStyle, tree: NoticeRoot): string | undefined {
  const eol = tree.data.eol;
  const lines = COMPETENCY_LISTS[list].map((item) => itemLine(list, item.key, language, style));
  if (lines.some((line) => line === undefined)) return undefined;
  return lines.join(style.spaced ? eol + eol : eol);
}

/** Inserts the missing item before the first present item that follows it in the framework, or after the last. */
function insertionFor(
  tree: NoticeRoot,
  list: CompetencyListKey,
  key: string,
  keys: Array<string | undefined>,
  items: ListedItem[],
  language: Language,
  style: ItemStyle,
): { range: [number, number]; text: string } | undefined {
  if (!style.editable) return undefined;
  const line = itemLine(list, key, language, style);
  if (!line) return undefined;
  const eol = tree.data.eol;
  const separator = style.spaced ? eol + eol : eol;
  const canonical = COMPETENCY_LISTS[list].map((item) => item.key);
  const rank = canonical.indexOf(key);
  for (let i = 0; i < items.length; i++) {
    const k = keys[i];
    if (k !== undefined && canonical.indexOf(k) > rank) {
      return { range: [items[i].lineStart, items[i].lineStart], text: line + separator };
    }
  }
  const last = items[items.length - 1];
  return { range: [last.lineEnd, last.lineEnd], text: separator + line };
}

function deleteLine(tree: NoticeRoot, item: ListedItem): Suggestion[] {
  if (item.kind === 'run-in') return [];
  const text = tree.data.text;
  let end = item.lineEnd;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (end < text.length) end += 1;
  else {
    // the last line: remove the line ending before it instead
    let start = item.lineStart;
    if (text.slice(0, start).endsWith('\r\n')) start -= 2;
    else if (start > 0) start -= 1;
    return [{ desc: 'Delete this item', fix: { range: [start, item.lineEnd], text: '' } }];
  }
  return [{ desc: 'Delete this item', fix: { range: [item.lineStart, end], text: '' } }];
}

