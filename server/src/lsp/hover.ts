/**
 * Hover: on a finding, the rule's explanation, its fix and a link to the
 * rule's page; on a section heading, what the template expects there
 * (requirement for this notice, place in the template order, other
 * languages' headings) and the standard text (template/texts.ts); on a header
 * field, what the field holds; on a competency item, its standard definition.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Language, NoticeRoot } from '../notice/tree.js';
import { RULES } from '../rules/index.js';
import { COMPETENCY_LISTS, findCompetency, type CompetencyListKey } from '../template/competencies.js';
import { CANONICAL_GRADES } from '../template/grades.js';
import { fieldByKey } from '../template/fields.js';
import { requirementColumn, requirementFor } from '../template/requirements.js';
import { sectionById, sectionsOfFamily } from '../template/sections.js';
import { fillPlaceholders, standardHeading, standardText } from '../template/texts.js';
import type { LintMessage } from '../engine/types.js';
import type { CachedLint } from './documents.js';
import { ruleDocUrl } from './diagnostics.js';
import { t } from './l10n.js';
import { nodeAt, type OutlineNode } from './outline.js';

const MAX_STANDARD_LINES = 24;

export function requirementText(requirement: string): string {
  switch (requirement) {
    case 'R':
      return t('Required');
    case 'C':
      return t('Conditional');
    case 'O':
      return t('Optional');
    default:
      return t('Not expected');
  }
}

function fence(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const shown = lines.slice(0, MAX_STANDARD_LINES);
  if (lines.length > shown.length) shown.push('…');
  return ['```text', ...shown, '```'].join('\n');
}

/** The standard text of a section, filled the way the missing-section fix fills it. */
export function standardSectionText(tree: NoticeRoot, sectionId: string, language: Language): string | undefined {
  const body = standardText(sectionId, language, { grade: tree.data.grade, category: tree.data.category });
  if (!body) return undefined;
  return fillPlaceholders(body.lines.join('\n'), {}, true);
}

export function sectionHover(tree: NoticeRoot, node: OutlineNode): string {
  const def = node.def!;
  const language = tree.data.language;
  const column = requirementColumn(tree.data.noticeType, tree.data.grade, tree.data.category);
  const requirement = requirementFor(def.id, column, tree.data.layout);
  const family = sectionsOfFamily(def.family);
  const parts: string[] = [];
  parts.push(`**${def.names[language]}** — ${t('template section {0} of {1}', family.indexOf(def) + 1, family.length)}`);
  parts.push(t('{0} for this notice ({1}, column {2}).', requirementText(requirement), tree.data.noticeType, column));
  if (def.parent) parts.push(t('Part of “{0}”.', sectionById(def.parent)?.names[language] ?? def.parent));
  if (def.kind === 'group') parts.push(t('A group heading: it holds sub-sections and is never empty.'));
  const others = (['en', 'fr', 'es'] as Language[])
    .filter((l) => l !== language)
    .map((l) => `${standardHeading(def.id, l)?.replace(/\$\{level\}/g, 'N') ?? def.names[l]} (${l})`);
  parts.push(t('Other languages: {0}', others.join(' · ')));
  const text = standardSectionText(tree, def.id, language);
  if (text) parts.push(`${t('Standard text:')}\n\n${fence(text)}`);
  else if (def.kind === 'section') parts.push(t('The template has no standard text for this section in this language: write it for the post.'));
  return parts.join('\n\n');
}

function fieldHover(tree: NoticeRoot, node: OutlineNode): string {
  const def = fieldByKey(node.id);
  const language = tree.data.language;
  const parts = [`**${def?.names?.[language] ?? node.name}**`];
  if (def) {
    const layout = tree.data.layout === 'body-only' ? 'current' : tree.data.layout;
    parts.push(def.requiredIn.includes(layout) ? t('Required in the {0} header layout.', layout) : t('Optional in the {0} header layout.', layout));
  }
  if (node.id === 'grade') parts.push(t('Grades: {0}', CANONICAL_GRADES.join(', ')));
  return parts.join('\n\n');
}

function findingHover(tree: NoticeRoot, messages: LintMessage[]): string {
  const parts: string[] = [];
  for (const message of messages) {
    const rule = RULES.find((r) => r.meta.id === message.ruleId);
    const lines = [`**vnlint** · [\`${message.ruleId}\`](${message.url ?? ruleDocUrl(message.ruleId ?? '')}) · ${t(message.severity)}`];
    if (rule) lines.push(t(rule.meta.description));
    if (message.fix) lines.push(t('Automatic fix available (Fix all, --fix).'));
    for (const suggestion of message.suggestions ?? []) {
      lines.push(`${t('Quick fix:')} ${suggestion.desc}`);
      if (suggestion.fix.text.trim()) lines.push(fence(suggestion.fix.text.replace(/^(\r\n|\r|\n)+|(\r\n|\r|\n)+$/g, '')));
    }
    parts.push(lines.join('\n\n'));
  }
  return parts.join('\n\n---\n\n');
}

function competencyHover(tree: NoticeRoot, list: CompetencyListKey, line: string): string | undefined {
  const name = line.replace(/^[\s\u00A0]*(?:[-*•–]|\d+[.)])?[\s\u00A0]*(?:\*\*)?/, '').split(/[:：]|\*\*/)[0]!.trim();
  if (!name) return undefined;
  const item = findCompetency(list, name);
  if (!item || !COMPETENCY_LISTS[list].includes(item)) return undefined;
  const language = tree.data.language;
  const definition = item.definitions[language] ?? item.definitions.en;
  return [`**${item.names[language][0] ?? name}**`, definition ? `${t('Standard definition:')} ${definition}` : ''].filter(Boolean).join('\n\n');
}

export function hover(document: TextDocument, position: Position, cached: CachedLint): Hover | null {
  const tree = cached.result.notice;
  const offset = document.offsetAt(position);
  const parts: string[] = [];
  const findings = cached.result.messages.filter((m) => m.range[0] <= offset && offset <= m.range[1]);
  if (findings.length) parts.push(findingHover(tree, findings));
  const node = nodeAt(tree, offset);
  let range;
  if (node) {
    if ((node.kind === 'section' || node.kind === 'group') && offset >= node.selectionStart && offset <= node.selectionEnd && node.def) {
      parts.push(sectionHover(tree, node));
      range = { start: document.positionAt(node.selectionStart), end: document.positionAt(node.selectionEnd) };
    } else if (node.kind === 'field' && offset <= node.selectionEnd) {
      parts.push(fieldHover(tree, node));
      range = { start: document.positionAt(node.selectionStart), end: document.positionAt(node.selectionEnd) };
    } else if (node.id === 'values' || node.id === 'core' || node.id === 'managerial') {
      const line = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
      const text = competencyHover(tree, node.id, line);
      if (text) parts.push(text);
    }
  }
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(range && !findings.length ? { range } : {}) };
}

