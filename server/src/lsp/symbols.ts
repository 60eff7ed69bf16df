/**
 * Document symbols (Outline view, breadcrumbs, Go to Symbol): the header with
 * its fields, then the sections, nested under their group.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NoticeRoot } from '../notice/tree.js';
import { outlineOf, type OutlineNode } from './outline.js';

const KINDS: Record<OutlineNode['kind'], SymbolKind> = {
  header: SymbolKind.Namespace,
  field: SymbolKind.Property,
  group: SymbolKind.Module,
  section: SymbolKind.String,
  preamble: SymbolKind.File,
};

function toSymbol(document: TextDocument, node: OutlineNode): DocumentSymbol {
  const range = { start: document.positionAt(node.start), end: document.positionAt(node.end) };
  const selectionRange = { start: document.positionAt(node.selectionStart), end: document.positionAt(node.selectionEnd) };
  return {
    name: node.name || node.id,
    ...(node.detail ? { detail: node.detail } : {}),
    kind: KINDS[node.kind],
    range,
    selectionRange,
    children: node.children.map((child) => toSymbol(document, child)),
  };
}

export function documentSymbols(document: TextDocument, tree: NoticeRoot): DocumentSymbol[] {
  return outlineOf(tree).map((node) => toSymbol(document, node));
}
