/**
 * Folding ranges (one per section, group, header and multi-line list, plus
 * `<!-- #region -->` markers) and selection ranges (expand selection: line →
 * list item → list / paragraph → section → group → document).
 */
import { FoldingRangeKind, type FoldingRange, type Position, type SelectionRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NoticeRoot } from '../notice/tree.js';
import { outlineOf, walkOutline } from './outline.js';

const REGION_START = /^\s*<!--\s*#region\b/;
const REGION_END = /^\s*<!--\s*#endregion\b/;
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

export function foldingRanges(document: TextDocument, tree: NoticeRoot): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (startOffset: number, endOffset: number, kind?: string) => {
    const startLine = document.positionAt(startOffset).line;
    const endLine = document.positionAt(endOffset).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  for (const node of walkOutline(outlineOf(tree))) {
    if (node.kind === 'field') continue;
    add(node.start, node.end, node.kind === 'header' ? FoldingRangeKind.Imports : undefined);
    for (const block of node.section?.children ?? []) {
      if (block.type === 'list') add(block.position.start.offset ?? 0, block.position.end.offset ?? 0);
    }
  }
  const stack: number[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.getText({ start: { line, character: 0 }, end: { line, character: 200 } });
    if (REGION_START.test(text)) stack.push(line);
    else if (REGION_END.test(text) && stack.length) ranges.push({ startLine: stack.pop()!, endLine: line, kind: FoldingRangeKind.Region });
  }
  const seen = new Set<string>();
  return ranges.filter((range) => {
    const key = `${range.startLine}:${range.endLine}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function selectionRanges(document: TextDocument, tree: NoticeRoot, positions: Position[]): SelectionRange[] {
  const text = document.getText();
  return positions.map((position) => {
    const offset = document.offsetAt(position);
    const spans: Array<[number, number]> = [];
    // the word
    let ws = offset;
    let we = offset;
    while (ws > 0 && WORD_CHAR.test(text[ws - 1]!)) ws--;
    while (we < text.length && WORD_CHAR.test(text[we]!)) we++;
    if (we > ws) spans.push([ws, we]);
    // the line's content
    const line = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
    const lineStart = document.offsetAt({ line: position.line, character: 0 });
    const contentStart = lineStart + (line.length - line.trimStart().length);
    spans.push([contentStart, lineStart + line.trimEnd().length]);
    for (const node of walkOutline(outlineOf(tree))) {
      if (offset < node.start || offset > node.end) continue;
      for (const block of node.section?.children ?? []) {
        const bs = block.position.start.offset ?? 0;
        const be = block.position.end.offset ?? 0;
        if (offset < bs || offset > be) continue;
        if (block.type === 'list') {
          for (const item of block.children) {
            const is = item.position.start.offset ?? 0;
            const ie = item.position.end.offset ?? 0;
            if (offset >= is && offset <= ie) spans.push([is, ie]);
          }
        }
        spans.push([bs, be]);
      }
      spans.push([node.start, node.end]);
    }
    spans.push([0, text.length]);
    // innermost first, each containing the previous one
    const chain = spans
      .filter(([s, e]) => e >= s && s <= offset && offset <= e)
      .sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
    let result: SelectionRange | undefined;
    const kept: Array<[number, number]> = [];
    for (const span of chain) {
      const previous = kept[kept.length - 1];
      if (previous && (span[0] > previous[0] || span[1] < previous[1] || (span[0] === previous[0] && span[1] === previous[1]))) continue;
      kept.push(span);
    }
    for (const [s, e] of kept.reverse()) {
      result = { range: { start: document.positionAt(s), end: document.positionAt(e) }, ...(result ? { parent: result } : {}) };
    }
    return result ?? { range: { start: position, end: position } };
  });
}
