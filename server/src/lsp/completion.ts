/**
 * Completion:
 * - at the start of a line where a heading can go: the section headings of
 *   the notice's family in its language (missing required ones first), each
 *   also as the whole standard section (a snippet whose ${…} placeholders
 *   come from the template's);
 * - in the header area: the header field labels of the layout;
 * - after a field label's colon: grade values, vacancy types, contract types,
 *   recruiting types;
 * - inside the Values / Core / Managerial lists: the framework's item names,
 *   with their standard definitions.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language, NoticeRoot } from '../notice/tree.js';
import { listStyle } from '../rules/structure.js';
import { COMPETENCY_LISTS, type CompetencyListKey } from '../template/competencies.js';
import { CONTRACT_VALUES, FIELD_ORDER, FIELD_PLACEHOLDER, FIELDS, fieldByKey, RECRUITING_TYPE_EXPECTED } from '../template/fields.js';
import { CANONICAL_GRADES, COMPETENCY_LEVEL_BY_GRADE } from '../template/grades.js';
import { NOTICE_TYPE_LABELS } from '../template/notice-types.js';
import { nrmsListText } from '../template/nrms.js';
import { requirementColumn, requirementFor } from '../template/requirements.js';
import { sectionsOfFamily } from '../template/sections.js';
import { renderCompetencyItem, standardHeading, standardText } from '../template/texts.js';
import { fold } from '../notice/normalize.js';
import type { CachedLint } from './documents.js';
import { requirementText } from './hover.js';
import { t } from './l10n.js';
import { nodeAt, outlineOf } from './outline.js';
import { escapeSnippet, fieldLabel, SnippetBuilder } from './skeleton.js';

const LABEL_VALUE = /^[\s\u00A0]*(?:[-*•][\s\u00A0]*)?(?:\*\*)?([^:：*]{2,60}?)(?:\*\*)?[\s\u00A0]*[:：](?:\*\*)?[\s\u00A0]*([^\r\n]*)$/;
const HEADING_PREFIX = /^([\s\u00A0]*(?:#{1,6}[ \t]+)?)([\p{L}’'() /-]{0,40})$/u;
const ITEM_PREFIX = /^([\s\u00A0]*(?:[-*•–]|\d{1,2}[.)])[\s\u00A0]+(?:\*\*)?)([\p{L}’' -]{0,40})$/u;

function levelOf(tree: NoticeRoot): string {
  for (const node of outlineOf(tree)) {
    for (const n of [node, ...node.children]) {
      const match = /\b(?:level|niveau|nivel)[\s\u00A0]*(\d)/i.exec(n.section?.heading?.tail ?? '');
      if (match) return match[1]!;
    }
  }
  const level = tree.data.grade ? COMPETENCY_LEVEL_BY_GRADE[tree.data.grade]?.level : undefined;
  return level ? String(level) : 'N';
}

function fieldAtLabel(label: string): string | undefined {
  const folded = fold(label.replace(/\*\*/g, '').trim());
  return FIELDS.find((def) => def.labels.some((l) => fold(l.text) === folded))?.key;
}

function valueItems(key: string, language: Language): string[] {
  switch (key) {
    case 'grade':
      return CANONICAL_GRADES;
    case 'vacancyType':
      return NOTICE_TYPE_LABELS.filter((l) => l.language === language).map((l) => l.text);
    case 'contract':
      return CONTRACT_VALUES.filter((c) => c.language === language).map((c) => c.text);
    case 'recruitingType':
      return [...RECRUITING_TYPE_EXPECTED.P[language], ...RECRUITING_TYPE_EXPECTED.D[language]];
    default:
      return [];
  }
}

export function completions(document: TextDocument, position: Position, cached: CachedLint): CompletionItem[] {
  const tree = cached.result.notice;
  const language = tree.data.language;
  const prefix = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const lineStart = { line: position.line, character: 0 };

  // 1. a field value after its label
  const labelValue = LABEL_VALUE.exec(prefix);
  if (labelValue) {
    const key = fieldAtLabel(labelValue[1]!);
    if (key) {
      const start = { line: position.line, character: prefix.length - labelValue[2]!.length };
      return valueItems(key, language).map((value, index) => ({
        label: value,
        kind: CompletionItemKind.Value,
        sortText: String(index).padStart(3, '0'),
        textEdit: { range: { start, end: position }, newText: value },
        detail: fieldByKey(key)?.names?.[language],
      }));
    }
  }

  const offset = document.offsetAt(position);
  const node = nodeAt(tree, offset);

  // 2. competency names inside the Values / Core / Managerial lists
  if (node && (node.id === 'values' || node.id === 'core' || node.id === 'managerial') && offset > node.selectionEnd) {
    const item = ITEM_PREFIX.exec(prefix);
    const bare = HEADING_PREFIX.exec(prefix);
    if (item || bare) {
      const list = node.id as CompetencyListKey;
      const style = listStyle(tree);
      const start = { line: position.line, character: item ? item[1]!.length : 0 };
      return COMPETENCY_LISTS[list].map((entry, index) => {
        const name = entry.names[language][0] ?? entry.names.en[0]!;
        const definition = entry.definitions[language];
        const full = renderCompetencyItem(name, definition ?? FIELD_PLACEHOLDER[language], language, style);
        // after a typed marker, insert from the name on
        const markerless = item ? full.replace(/^[\s\u00A0]*(?:[-*•–]|\d{1,2}[.)])[\s\u00A0]+(?:\*\*)?/, '') : full;
        const newText = markerless;
        return {
          label: name,
          kind: CompletionItemKind.EnumMember,
          detail: t('IOM competency framework'),
          documentation: definition,
          sortText: String(index).padStart(3, '0'),
          filterText: name,
          textEdit: { range: { start, end: position }, newText },
        } satisfies CompletionItem;
      });
    }
    return [];
  }

  const heading = HEADING_PREFIX.exec(prefix);
  if (!heading) return [];
  const previousLine = position.line > 0 ? document.getText({ start: { line: position.line - 1, character: 0 }, end: { line: position.line, character: 0 } }) : '';
  const items: CompletionItem[] = [];
  const start = { line: position.line, character: heading[1]!.length };
  const range = { start, end: position };

  // 3. header labels, before the first section
  const firstSection = outlineOf(tree).find((n) => n.kind === 'section' || n.kind === 'group');
  if (!firstSection || offset <= firstSection.start) {
    const layout = tree.data.layout === 'body-only' ? 'current' : tree.data.layout;
    const present = new Set(tree.children.flatMap((child) => (child.type === 'header' ? child.children.map((f) => f.key) : [])));
    FIELD_ORDER[layout].forEach((key, index) => {
      const def = fieldByKey(key);
      const label = def && fieldLabel(def, layout, language);
      if (!def || !label || present.has(key)) return;
      items.push({
        label: `${label}:`,
        kind: CompletionItemKind.Field,
        detail: t('Header field'),
        sortText: `0${String(index).padStart(3, '0')}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: `${escapeSnippet(label)}: \${1:${escapeSnippet(FIELD_PLACEHOLDER[language])}}` },
      });
    });
  }

  // 4. section headings where a heading can go (an empty line, or after a blank line)
  if (prefix.trim() === '' || previousLine.trim() === '' || heading[1]!.includes('#')) {
    const family = tree.data.noticeType === 'volunteer' ? 'volunteer' : 'staff';
    const column = requirementColumn(tree.data.noticeType, tree.data.grade, tree.data.category);
    const present = new Set(tree.children.filter((c) => c.type === 'section').map((c) => (c as { id: string }).id));
    const level = levelOf(tree);
    const values = { NRMS: nrmsListText(language), level };
    const eol = tree.data.eol;
    for (const def of sectionsOfFamily(family)) {
      const headingText = standardHeading(def.id, language);
      if (!headingText) continue;
      const requirement = requirementFor(def.id, column, tree.data.layout);
      const missing = !present.has(def.id) && requirement === 'R';
      const shown = headingText.replace(/\$\{level\}/g, level);
      const sort = `${present.has(def.id) ? 2 : missing ? 0 : 1}${String(def.order).padStart(3, '0')}`;
      const detail = `${requirementText(requirement)}${present.has(def.id) ? ` · ${t('already in the notice')}` : ''}`;
      items.push({ label: shown, kind: CompletionItemKind.Keyword, detail, sortText: `${sort}a`, filterText: shown, textEdit: { range, newText: shown }, preselect: missing || undefined });
      const body = standardText(def.id, language, { grade: tree.data.grade, category: tree.data.category, list: listStyle(tree) });
      const snippet = new SnippetBuilder().template(headingText, values).text(eol + eol);
      if (body) {
        if (body.placement === 'end') snippet.placeholder(FIELD_PLACEHOLDER[language]).text(eol + eol);
        snippet.template(body.lines.join(eol), values);
      } else if (def.kind === 'group') continue;
      else snippet.placeholder(FIELD_PLACEHOLDER[language]);
      items.push({
        label: `${shown} ${t('(standard section)')}`,
        kind: CompletionItemKind.Snippet,
        detail,
        documentation: { kind: 'markdown', value: ['```text', snippet.toText(), '```'].join('\n') },
        sortText: `${sort}b`,
        filterText: shown,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: snippet.toSnippet() },
      });
    }
  }
  return items;
}

