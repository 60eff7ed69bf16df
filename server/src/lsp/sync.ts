/**
 * Incremental document sync that survives a misbehaving client: change
 * ranges are clamped to the document before they are applied (a position
 * past the end, a negative or non-numeric line or character), and malformed
 * change lists are ignored. vscode-languageserver-textdocument alone would
 * leave holes in its line table for a range past the end, and answer NaN
 * positions from then on (test/lsp/robustness.test.ts).
 */
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

function clampPosition(document: TextDocument, position: unknown): Position {
  const p = (position ?? {}) as { line?: unknown; character?: unknown };
  const line = typeof p.line === 'number' && Number.isFinite(p.line) ? Math.trunc(p.line) : 0;
  const character = typeof p.character === 'number' && Number.isFinite(p.character) ? Math.trunc(p.character) : 0;
  if (line < 0) return { line: 0, character: 0 };
  if (line >= document.lineCount) return document.positionAt(document.getText().length);
  // offsetAt clamps the character to its line; positionAt turns it back into a valid position
  return document.positionAt(document.offsetAt({ line, character: Math.max(0, character) }));
}

/** The same change with its range clamped to the document, or undefined for a malformed change. */
export function clampChange(document: TextDocument, change: unknown): TextDocumentContentChangeEvent | undefined {
  if (!change || typeof change !== 'object') return undefined;
  const { range, text } = change as { range?: { start?: unknown; end?: unknown }; text?: unknown };
  if (typeof text !== 'string') return undefined;
  if (range === undefined || range === null) return { text };
  if (typeof range !== 'object') return undefined;
  return { range: { start: clampPosition(document, range.start), end: clampPosition(document, range.end) }, text };
}

/** A TextDocuments configuration that applies changes one by one, each clamped to the text it applies to. */
export const SafeTextDocument = {
  create: TextDocument.create,
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    if (!Array.isArray(changes)) return document;
    let updated = document;
    for (const change of changes) {
      const safe = clampChange(updated, change);
      if (safe) updated = TextDocument.update(updated, [safe], version);
    }
    return TextDocument.update(updated, [], version);
  },
};
