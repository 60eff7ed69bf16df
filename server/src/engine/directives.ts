/**
 * Inline directives in notices (HTML comments alone on their line):
 *
 *   <!-- vnlint-disable rule-a rule-b -->   off from here (all rules without ids)
 *   <!-- vnlint-enable rule-a -->           on again from here (all without ids)
 *   <!-- vnlint-disable-next-line rule-a --> off for the next line only
 *   <!-- vnlint-disable-file rule-a -->     off for the whole file
 *
 * Rule ids may be separated by spaces or commas; text after ` -- ` is a
 * reason and ignored. The directives are turned into unified-message-control
 * marks over a small tree of marker nodes, so messages are filtered exactly as
 * remark-lint's `<!--lint disable-->` comments do.
 */
import { messageControl } from 'unified-message-control';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty = every rule. */
  ruleIds: string[];
  /** 0-based line of the comment. */
  line: number;
  /** UTF-16 offsets of the comment (without the line break). */
  start: number;
  end: number;
  /** Offsets of the whole line including its line break (what a removal fix deletes). */
  lineStart: number;
  lineEnd: number;
}

const DIRECTIVE = /^[ \t]*<!--[ \t]*vnlint-(disable-next-line|disable-file|disable|enable)(?![\w-])([^]*?)-->[ \t]*$/;
const LINE = /[^\r\n]*(\r\n|\r|\n|$)/g;

/** Finds the directives of a text (fast path: none unless the text mentions "vnlint-"). */
export function findDirectives(text: string): Directive[] {
  if (!text.includes('vnlint-')) return [];
  const directives: Directive[] = [];
  let line = 0;
  LINE.lastIndex = 0;
  for (;;) {
    const matchStart = LINE.lastIndex;
    const match = LINE.exec(text);
    if (!match || (match[0] === '' && matchStart >= text.length)) break;
    // a byte order mark stays in the file: the directive line starts after it
    const bom = matchStart === 0 && match[0].startsWith('\uFEFF') ? 1 : 0;
    const lineStart = matchStart + bom;
    const body = match[0].slice(bom, match[0].length - match[1].length);
    if (body.includes('vnlint-')) {
      const found = DIRECTIVE.exec(body);
      if (found) {
        const spec = found[2].split(/\s--\s/)[0];
        const ruleIds = spec.split(/[\s,]+/).filter(Boolean);
        const indent = /^[ \t]*/.exec(body)![0].length;
        directives.push({
          kind: found[1] as DirectiveKind,
          ruleIds,
          line,
          start: lineStart + indent,
          end: lineStart + body.trimEnd().length,
          lineStart,
          lineEnd: matchStart + match[0].length,
        });
      }
    }
    line++;
    if (match[1] === '') break;
  }
  return directives;
}

interface MarkerNode {
  type: 'vnlintDirective';
  attributes: string;
  order: number;
  position: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
}

function point(lineStarts: readonly number[], line: number) {
  const clamped = Math.min(line, lineStarts.length);
  const offset = clamped < lineStarts.length ? lineStarts[clamped] : Number.MAX_SAFE_INTEGER;
  return { line: clamped + 1, column: 1, offset };
}

/**
 * Removes from `file.messages` the messages of `source` that the directives
 * turn off. `lineStarts` are the offsets where each line starts.
 */
export function applyDirectives(file: VFile, directives: readonly Directive[], lineStarts: readonly number[], source: string): void {
  if (directives.length === 0) return;
  const nodes: MarkerNode[] = [];
  const add = (line: number, verb: string, ids: string[], order: number) => {
    const at = point(lineStarts, line);
    nodes.push({ type: 'vnlintDirective', attributes: [verb, ...ids].join(' '), order, position: { start: at, end: at } });
  };
  directives.forEach((directive, index) => {
    switch (directive.kind) {
      case 'disable-file':
        add(0, 'disable', directive.ruleIds, -1);
        break;
      case 'disable':
      case 'enable':
        add(directive.line, directive.kind, directive.ruleIds, index);
        break;
      case 'disable-next-line':
        add(directive.line + 1, 'disable', directive.ruleIds, index);
        add(directive.line + 2, 'enable', directive.ruleIds, index);
        break;
    }
  });
  nodes.sort((a, b) => a.position.start.offset - b.position.start.offset || a.order - b.order);
  const last = lineStarts.length;
  const tree = {
    type: 'root',
    children: nodes,
    // no end offset: unified-message-control then sees no "gaps" to drop messages in
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: last, column: 1 } },
  };
  messageControl(tree as never, {
    file,
    name: 'vnlint',
    source,
    test: 'vnlintDirective',
    marker: (node) => ({ name: 'vnlint', attributes: (node as unknown as MarkerNode).attributes }),
  });
}

/**
 * The directives that suppress nothing: for each disabling directive, the
 * messages are filtered without it and compared with the full filtering.
 */
export function unusedDirectives(file: VFile, all: VFileMessage[], directives: readonly Directive[], lineStarts: readonly number[], source: string): Directive[] {
  const keptWith = (subset: readonly Directive[]) => {
    file.messages = [...all];
    applyDirectives(file, subset, lineStarts, source);
    return file.messages.length;
  };
  const full = keptWith(directives);
  const unused: Directive[] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    if (keptWith(directives.filter((other) => other !== directive)) === full) unused.push(directive);
  }
  return unused;
}
