/** Text edits: fixes as LSP edits, and one minimal edit between two texts. */
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../engine/types.js';

export function fixToEdit(document: TextDocument, fix: Fix): TextEdit {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

/**
 * The single edit that turns the document's text into `output` (common
 * prefix and suffix kept). One edit per batch can never overlap another,
 * whatever the fix loop did to get there; undefined when nothing changes.
 */
export function minimalEdit(document: TextDocument, output: string): TextEdit | undefined {
  const input = document.getText();
  if (input === output) return undefined;
  let start = 0;
  const max = Math.min(input.length, output.length);
  while (start < max && input.charCodeAt(start) === output.charCodeAt(start)) start++;
  // never split a surrogate pair or a CRLF
  if (start > 0 && (/[\uDC00-\uDFFF]/.test(input[start] ?? '') || (input[start - 1] === '\r' && input[start] === '\n'))) start--;
  let endIn = input.length;
  let endOut = output.length;
  while (endIn > start && endOut > start && input.charCodeAt(endIn - 1) === output.charCodeAt(endOut - 1)) {
    endIn--;
    endOut--;
  }
  if (endIn < input.length && (/[\uD800-\uDBFF]/.test(input[endIn - 1] ?? '') || (input[endIn - 1] === '\r' && input[endIn] === '\n'))) {
    endIn++;
    endOut++;
  }
  return { range: { start: document.positionAt(start), end: document.positionAt(endIn) }, newText: output.slice(start, endOut) };
}
