/**
 * The notice's structure as the editor shows it: the header with its fields,
 * then the sections, sub-sections nested under their group (Education under
 * Qualifications, Values under Required Competencies). Shared by document
 * symbols, folding and selection ranges, hover and completion.
 */
import type { FieldNode, HeaderNode, Language, NoticeRoot, SectionNode } from '../notice/tree.js';
import { sectionById } from '../template/sections.js';
import type { SectionDef } from '../template/types.js';
import { t } from './l10n.js';

export interface OutlineNode {
  kind: 'header' | 'field' | 'group' | 'section' | 'preamble';
  /** Section id, field key, 'header' or 'preamble'. */
  id: string;
  name: string;
  detail?: string;
  /** Offsets of the whole node (original text). */
  start: number;
  end: number;
  /** Offsets of the part to select/highlight: the heading or the label. */
  selectionStart: number;
  selectionEnd: number;
  def?: SectionDef;
  section?: SectionNode;
  field?: FieldNode;
  children: OutlineNode[];
}

const cache = new WeakMap<NoticeRoot, OutlineNode[]>();

export function sectionName(section: SectionNode, language: Language): string {
  const def = sectionById(section.id);
  if (section.heading && section.heading.style !== 'opener') return section.heading.text.trim() || def?.names[language] || section.id;
  return def?.names[language] ?? section.id;
}

/** Trims trailing whitespace off `[start, end)`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function headerNode(tree: NoticeRoot, header: HeaderNode, headerName: string): OutlineNode {
  const text = tree.data.text;
  const fields = header.children.map<OutlineNode>((field) => ({
    kind: 'field',
    id: field.key,
    name: field.label.value.trim().replace(/[:：]\s*$/, ''),
    detail: field.fieldValue.value.trim(),
    start: field.label.start,
    end: trimEnd(text, field.label.start, Math.max(field.fieldValue.end, field.label.end)),
    selectionStart: field.label.start,
    selectionEnd: field.label.end,
    field,
    children: [],
  }));
  const start = header.position.start.offset ?? fields[0]?.start ?? 0;
  const end = trimEnd(text, start, header.position.end.offset ?? fields.at(-1)?.end ?? start);
  return { kind: 'header', id: 'header', name: headerName, start, end, selectionStart: start, selectionEnd: start, children: fields };
}

function sectionNode(tree: NoticeRoot, section: SectionNode): OutlineNode {
  const text = tree.data.text;
  const def = sectionById(section.id);
  const language = tree.data.language;
  const start = section.wrappers.length ? section.wrappers[0]!.span.start : section.position.start.offset ?? 0;
  const headingSpan = section.heading && section.heading.style !== 'opener' ? section.heading.span : undefined;
  const end = Math.max(trimEnd(text, start, section.position.end.offset ?? start), headingSpan?.end ?? start);
  let selectionStart = headingSpan?.start ?? start;
  let selectionEnd = headingSpan?.end ?? start;
  if (!headingSpan) {
    // found by its opening sentence: select the first line
    const lineEnd = text.slice(start).search(/\r|\n/);
    selectionEnd = lineEnd < 0 ? end : Math.min(end, start + lineEnd);
    selectionStart = start;
  }
  return {
    kind: def?.kind === 'group' ? 'group' : 'section',
    id: section.id,
    name: sectionName(section, language),
    detail: def && def.names[language] !== sectionName(section, language) ? def.names[language] : undefined,
    start,
    end,
    selectionStart,
    selectionEnd,
    def,
    section,
    children: [],
  };
}

/** The outline of a notice (cached per tree; the header block is named in the UI language). */
export function outlineOf(tree: NoticeRoot): OutlineNode[] {
  const headerName = t('Header');
  const cached = cache.get(tree);
  if (cached) return cached;
  const roots: OutlineNode[] = [];
  let group: OutlineNode | undefined;
  for (const child of tree.children) {
    if (child.type === 'header') {
      if (child.children.length) roots.push(headerNode(tree, child, headerName));
      group = undefined;
      continue;
    }
    if (child.id === 'preamble') {
      const node = sectionNode(tree, child);
      const firstLine = tree.data.text.slice(node.start, node.end).split(/\r\n|\r|\n/).find((line) => line.trim());
      if (!firstLine || node.end <= node.start) continue;
      roots.push({ ...node, kind: 'preamble', name: firstLine.trim().replace(/^#+\s*/, '').slice(0, 80) });
      continue;
    }
    const node = sectionNode(tree, child);
    if (node.def?.parent && group && group.id === node.def.parent) {
      group.children.push(node);
      group.end = Math.max(group.end, node.end);
      continue;
    }
    roots.push(node);
    group = node.kind === 'group' ? node : undefined;
  }
  cache.set(tree, roots);
  return roots;
}

/** Every node of the outline, depth first. */
export function* walkOutline(nodes: OutlineNode[]): Generator<OutlineNode> {
  for (const node of nodes) {
    yield node;
    yield* walkOutline(node.children);
  }
}

/** The innermost section (or field) containing `offset`. */
export function nodeAt(tree: NoticeRoot, offset: number): OutlineNode | undefined {
  let found: OutlineNode | undefined;
  for (const node of walkOutline(outlineOf(tree))) {
    if (offset >= node.start && offset <= node.end) found = node;
  }
  return found;
}
