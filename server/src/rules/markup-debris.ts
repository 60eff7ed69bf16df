/**
 * `markup-debris` · warning
 *
 * Leftovers of a copy-paste from Word, a web page or a Markdown editor that
 * show up as stray symbols in the published notice (rule book §5, optional):
 *
 * - **Word's clipboard comments**: `<!--StartFragment-->`,
 *   `<!--EndFragment-->`, `<!--[if gte mso 9]>…<![endif]-->`. Other HTML
 *   comments are debris in a plain-text notice; in a Markdown notice (`#`
 *   headings) they are legitimate and left alone. vnlint's own directives
 *   (`<!-- vnlint-disable … -->`) and other linters' are never reported.
 * - **HTML tags**: `<span style="…">`, `<o:p></o:p>`, `<b>`, `</p>`, `<br>`…
 *   (known HTML tag names only: "<5 years" or "<Name>" are not tags). In a
 *   Markdown notice `<br>`, `<sup>` and `<sub>` are legitimate.
 * - **Escaped emphasis**: `\*level 2\**`, a converter's escaped asterisks
 *   around a phrase. In a plain-text notice a lone `\*` and a backslash
 *   before a line's list marker or number (`\- item`, `1\. item`) are also
 *   debris; in Markdown they are legitimate escapes.
 * - **Unbalanced or stray `**`** in a paragraph (or list item, or heading
 *   line): a bold marker with no partner, or one with spaces on both sides.
 * - **Bold glued to its neighbours**: "in**English**and".
 *
 * Legitimate Markdown is never reported: balanced `**bold**` (also in
 * plain-text notices, e.g. "- **Teamwork:** …" [S000:99–119]), `*italic*`,
 * `* ` list markers, `***` rules, `#` headings, `[links](#)` [S000:62, 95].
 *
 * ok:      "- **Teamwork:** Develops and promotes effective collaboration…"
 * ok:      "<!-- vnlint-disable-next-line grade-format -->"
 * not ok:  "<!--StartFragment-->Responsibilities" → Word clipboard comment
 * not ok:  "Proficiency in**English**and French" → bold glued to its neighbours
 * not ok:  "**Teamwork: Develops…" → unbalanced "**"
 * not ok:  "Core Competencies \*level 2\**" → escaped emphasis
 * not ok:  "<span style=\"font-size:11pt\">Context</span>" → HTML tags
 *
 * Fix (auto) where the intended text is certain:
 * - delete Word's clipboard comments (with their line when they stand alone);
 * - delete inline formatting tags (span, font, o:p, b, strong, i, em, u, …);
 * - "\*level 2\**" → "level 2" (the escaped markers go, the words stay);
 * - delete an unbalanced or stray "**" (only the formatting is lost);
 * - glued bold: add the missing spaces. Decision: in a Markdown notice, or a
 *   plain-text notice that uses `**bold**` elsewhere, the markers stay
 *   ("in **English** and"); in a plain-text notice without any other bold
 *   they are dropped too ("in English and"), since nothing renders them.
 * Quick fix only: other comments in plain text, block and link tags (`<p>`,
 * `<div>`, `<a href>`, `<br>`: deleting them may join lines or lose a link),
 * a lone `\*` in plain text.
 */
import type { NoticeRoot } from '../notice/tree.js';
import type { Fix, Suggestion } from '../engine/types.js';
import { defineRule, type Report } from './rule.js';
import { lineIndexAt } from '../notice/lines.js';
import { lineEndOf } from './structure.js';

/** Word's clipboard markers. */
const CLIPBOARD_COMMENT = /^<!--\s*((?:Start|End)(?:Fragment|HTML|Selection))\s*-->$/i;
/** Word's conditional comments: `<!--[if gte mso 9]>…<![endif]-->`, `<!--[endif]-->` (tested without backtracking). */
const CONDITIONAL_START = /^<!--\s*\[(?:if\b|endif\])/i;

function isWordComment(comment: string): boolean {
  if (CLIPBOARD_COMMENT.test(comment)) return true;
  return CONDITIONAL_START.test(comment) && (comment.endsWith('<![endif]-->') || /^<!--\s*\[endif\]\s*-->$/i.test(comment));
}
/** Directives of vnlint and other linters: never debris. */
const TOOL_COMMENT = /^<!--\s*(?:vnlint-|lint\b|markdownlint|prettier|textlint|cspell|spell-checker|alex)/i;

/** A tag: `<name …>` or `</name>`; the name is checked against KNOWN_TAGS. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]{0,10}(?::[A-Za-z0-9]{1,10})?)(?=[\s/>])(?:[^<>"']|"[^"<>]{0,300}"|'[^'<>]{0,300}'){0,400}>/g;
/** Inline formatting tags: deleting them loses only formatting. */
const INLINE_TAGS = new Set(['span', 'font', 'o:p', 'b', 'strong', 'i', 'em', 'u', 'small', 'big', 'mark', 'abbr', 'ins', 'wbr', 'nobr', 'st1:place', 'st1:city', 'st1:country-region']);
/** Other HTML tag names (debris, but deleting them may join lines or lose a link). */
const OTHER_TAGS = new Set([
  'p', 'div', 'br', 'hr', 'a', 'img', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead',
  'tr', 'td', 'th', 'section', 'article', 'blockquote', 'meta', 'style', 'head', 'body', 'html', 'title', 'sup', 'sub',
  'xml', 'w:worddocument', 'label', 'center', 'dl', 'dt', 'dd', 'pre', 'code', 's', 'strike', 'del',
]);
/** Legitimate inline HTML in a Markdown notice. */
const MARKDOWN_HTML = new Set(['br', 'sup', 'sub']);

/** A run of asterisks holding at least one escaped one: "\*", "\**", "*\*". */
const ESCAPED_RUN = /\*{0,3}\\\*(?:\\?\*)*/g;
/** A backslash before a line's list marker or number, in plain text: "\- item", "1\. item". */
const LINE_ESCAPE = /^[ \t\u00A0]*(?:\d{1,3}(\\)[.)]|(\\)[-+#>])/;
/** Runs of two or more asterisks not escaped. */
const STARS = /(?<!\\)\*{2,}/g;
/** A list item or heading line: its own unit for `**` pairing. */
const ITEM_OR_HEADING = /^[ \t\u00A0]*(?:[-*+•–—·▪●◦‣][ \t\u00A0]|\d{1,3}[.)][ \t\u00A0]|\(\d{1,3}\)[ \t\u00A0]|#{1,6}[ \t])/u;
const THEMATIC_BREAK = /^[ \t]*(?:\*[ \t]*){3,}$/;
const BLANK = /^[\s\u00A0]*$/;
/** An inline code span on one line. */
const CODE_SPAN = /`[^`\r\n]+`/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Reporter = (report: Report) => void;

export default defineRule(
  {
    id: 'markup-debris',
    severity: 'warning',
    fixable: 'auto',
    type: 'problem',
    description: 'Leftovers of a copy-paste from Word, HTML or Markdown (clipboard comments, tags, escaped or unbalanced **).',
  },
  ({ tree, report }) => {
    const text = tree.data.text;
    const hasComment = text.includes('<!--');
    const hasAngle = hasComment || text.includes('<');
    const hasEscape = text.includes('\\');
    const hasStars = text.includes('**');
    if (!hasAngle && !hasEscape && !hasStars) return;
    const markdown = tree.data.headingStyle === 'atx';
    const comments: Array<[number, number]> = [];
    const code: CodeSpans = new Map();
    if (hasComment) checkComments(tree, markdown, comments, code, report);
    if (hasAngle) checkTags(tree, markdown, comments, code, report);
    if (hasEscape) checkEscapes(tree, markdown, code, report);
    if (hasStars) checkStars(tree, code, markdown, report);
  },
);

function isNoiseAt(tree: NoticeRoot, offset: number): boolean {
  return tree.data.noiseLines.has(lineIndexAt(tree.data.lineStarts, offset));
}

/** The deletion of [start, end): the whole line (with its line ending) when nothing else is on it. */
function deletion(tree: NoticeRoot, start: number, end: number): Fix {
  const { text, lineStarts } = tree.data;
  const firstLine = lineIndexAt(lineStarts, start);
  const lastLine = lineIndexAt(lineStarts, Math.max(start, end - 1));
  const lineStart = lineStarts[firstLine];
  const nextStart = lastLine + 1 < lineStarts.length ? lineStarts[lastLine + 1] : text.length;
  let lineEnd = nextStart;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\n') lineEnd--;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
  if (!BLANK.test(text.slice(lineStart, start)) || !BLANK.test(text.slice(end, lineEnd))) return { range: [start, end], text: '' };
  if (nextStart > lineEnd) return { range: [lineStart, nextStart], text: '' }; // the line and its line ending
  if (lineStart > 0) {
    // the last line (no final newline): take the line ending before it, keep "no final newline"
    let before = lineStart - 1;
    if (text[before] === '\n' && before > 0 && text[before - 1] === '\r') before--;
    return { range: [before, lineEnd], text: '' };
  }
  return { range: [start, end], text: '' };
}

function checkComments(tree: NoticeRoot, markdown: boolean, comments: Array<[number, number]>, code: CodeSpans, report: Reporter) {
  const text = tree.data.text;
  let from = 0;
  for (let start = text.indexOf('<!--'); start >= 0; start = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', start + 4);
    if (close < 0) break; // an unclosed comment: nothing to delete with certainty
    const end = close + 3;
    from = end;
    comments.push([start, end]);
    const comment = text.slice(start, end);
    if (TOOL_COMMENT.test(comment) || isNoiseAt(tree, start) || inCodeSpan(tree, start, code)) continue;
    if (isWordComment(comment)) {
      const name = CLIPBOARD_COMMENT.exec(comment)?.[1];
      report({
        message: `Word clipboard comment ${name ? `“<!--${name}-->”` : '(conditional comment)'} left by a copy-paste: delete it.`,
        start,
        end,
        fix: deletion(tree, start, end),
      });
    } else if (!markdown) {
      report({
        message: 'HTML comment in a plain-text notice (copy-paste debris): delete it.',
        start,
        end,
        suggestions: [{ desc: 'Delete the comment', fix: deletion(tree, start, end) }],
      });
    }
  }
}

/** Inline code spans of the lines that have a backtick, computed once per line and run. */
type CodeSpans = Map<number, Array<[number, number]>>;

/** True when `offset` sits inside an inline code span (`…`) of its line: code is never debris. */
function inCodeSpan(tree: NoticeRoot, offset: number, cache: CodeSpans): boolean {
  const { text, lineStarts } = tree.data;
  const line = lineIndexAt(lineStarts, offset);
  let spans = cache.get(line);
  if (!spans) {
    spans = [];
    const lineStart = lineStarts[line];
    const lineEnd = lineEndAt(tree, line);
    const tick = text.indexOf('`', lineStart);
    if (tick >= 0 && tick < lineEnd) {
      CODE_SPAN.lastIndex = lineStart;
      for (let m = CODE_SPAN.exec(text); m && m.index < lineEnd; m = CODE_SPAN.exec(text)) spans.push([m.index, m.index + m[0].length]);
    }
    cache.set(line, spans);
  }
  // binary search: the last span starting before `offset` (a long line may hold thousands)
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && offset < spans[hi][1];
}

function insideAny(ranges: Array<[number, number]>, offset: number): boolean {
  for (const [start, end] of ranges) if (offset >= start && offset < end) return true;
  return false;
}

function checkTags(tree: NoticeRoot, markdown: boolean, comments: Array<[number, number]>, code: CodeSpans, report: Reporter) {
  const text = tree.data.text;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    const name = m[2].toLowerCase();
    const inline = INLINE_TAGS.has(name);
    if (!inline && !OTHER_TAGS.has(name)) continue;
    if (markdown && MARKDOWN_HTML.has(name)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (insideAny(comments, start) || isNoiseAt(tree, start) || inCodeSpan(tree, start, code)) continue;
    const shown = m[0].length > 40 ? `${m[0].slice(0, 37)}…` : m[0];
    const message = `HTML tag “${shown}” left by a copy-paste: delete it.`;
    if (inline) {
      report({ message, start, end, fix: deletion(tree, start, end) });
      continue;
    }
    const suggestions: Suggestion[] =
      name === 'br' && !m[1]
        ? [{ desc: 'Replace the tag with a line break', fix: { range: [start, end], text: tree.data.eol } }]
        : [{ desc: 'Delete the tag', fix: deletion(tree, start, end) }];
    report({ message, start, end, suggestions });
  }
}

/** The end of line `line`'s content (before its line ending). */
function lineEndAt(tree: NoticeRoot, line: number): number {
  return lineEndOf(tree, tree.data.lineStarts[line]!);
}

function checkEscapes(tree: NoticeRoot, markdown: boolean, code: CodeSpans, report: Reporter) {
  const { text, lineStarts } = tree.data;
  if (!markdown) {
    // "\- item", "1\. item" at line starts
    for (let at = text.indexOf('\\'); at >= 0; ) {
      const line = lineIndexAt(lineStarts, at);
      const lineStart = lineStarts[line];
      const lineEnd = lineEndAt(tree, line);
      const m = LINE_ESCAPE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 12)));
      if (m && !tree.data.noiseLines.has(line)) {
        const backslash = lineStart + m[0].length - 2;
        report({
          message: `Escaped “${text[backslash + 1]}” at the start of a line (converter debris): delete the backslash.`,
          start: backslash,
          end: backslash + 2,
          fix: { range: [backslash, backslash + 1], text: '' },
        });
      }
      const next = text.indexOf('\\', lineEnd);
      at = next;
    }
  }
  if (!text.includes('\\*')) return;
  // escaped asterisks, paired within a line
  let line = -1;
  let open: { start: number; end: number } | undefined;
  const flushLone = () => {
    if (!open || markdown) return;
    const raw = text.slice(open.start, open.end);
    report({
      message: `Escaped asterisk “${raw}” in a plain-text notice (converter debris): drop the backslash.`,
      start: open.start,
      end: open.end,
      suggestions: [{ desc: 'Drop the backslash', fix: { range: [open.start, open.end], text: raw.replace(/\\/g, '') } }],
    });
  };
  ESCAPED_RUN.lastIndex = 0;
  for (let m = ESCAPED_RUN.exec(text); m; m = ESCAPED_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const tokenLine = lineIndexAt(lineStarts, start);
    if (tree.data.noiseLines.has(tokenLine) || inCodeSpan(tree, start, code)) continue;
    if (tokenLine !== line) {
      flushLone();
      open = undefined;
      line = tokenLine;
    }
    if (!open) {
      open = { start, end };
      continue;
    }
    const inner = text.slice(open.end, start);
    if (!inner.trim()) {
      // "\*\*" with nothing between: one run of debris
      open = { start: open.start, end };
      continue;
    }
    const raw = text.slice(open.start, end);
    const shown = raw.length > 50 ? `${raw.slice(0, 47)}…` : raw;
    report({
      message: `Escaped emphasis “${shown}” (converter debris): write “${inner.trim()}”.`,
      start: open.start,
      end,
      fix: { range: [open.start, end], text: inner },
    });
    open = undefined;
  }
  flushLone();
}

interface Token {
  start: number;
  end: number;
  left: boolean;
  right: boolean;
}

interface StarFinding {
  kind: 'stray' | 'unbalanced' | 'glued';
  open: Token;
  close?: Token;
  gluedBefore?: boolean;
  gluedAfter?: boolean;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /[\s\u00A0]/.test(ch);
}

function checkStars(tree: NoticeRoot, code: CodeSpans, markdown: boolean, report: Reporter) {
  const { text, lineStarts } = tree.data;
  const findings: StarFinding[] = [];
  let usesBold = markdown;
  let doneUntil = -1;
  let nextLine = 0;
  for (let at = text.indexOf('**'); at >= 0; at = text.indexOf('**', Math.max(at + 2, doneUntil))) {
    const line = lineIndexAt(lineStarts, at);
    if (lineStarts[line] < doneUntil) continue;
    if (lineKind(tree, line) === 'blank') {
      doneUntil = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
      if (doneUntil >= text.length) break;
      continue;
    }
    const [unitFirst, last] = unitOf(tree, line);
    const first = Math.max(unitFirst, nextLine); // never a line already paired
    const unitStart = lineStarts[first];
    const unitEnd = lineEndAt(tree, last);
    doneUntil = last + 1 < lineStarts.length ? lineStarts[last + 1] : text.length;
    nextLine = last + 1;
    if (unitEnd <= unitStart || tree.data.noiseLines.has(first)) continue;
    if (pairStars(text, unitStart, unitEnd, findings, (offset) => inCodeSpan(tree, offset, code))) usesBold = true;
    if (doneUntil >= text.length) break;
  }
  for (const finding of findings) reportStar(text, finding, usesBold, report);
}

function lineKind(tree: NoticeRoot, line: number): 'blank' | 'own' | 'text' {
  const { text, lineStarts } = tree.data;
  const content = text.slice(lineStarts[line], lineEndAt(tree, line));
  if (BLANK.test(content) || THEMATIC_BREAK.test(content) || tree.data.noiseLines.has(line)) return 'blank';
  return ITEM_OR_HEADING.test(content) ? 'own' : 'text';
}

/** The lines of the unit holding `line`: an item or heading line alone, else its paragraph of text lines. */
function unitOf(tree: NoticeRoot, line: number): [number, number] {
  const kind = lineKind(tree, line);
  if (kind !== 'text') return [line, line];
  let first = line;
  let last = line;
  const count = tree.data.lineStarts.length;
  while (first > 0 && first > line - 50 && lineKind(tree, first - 1) === 'text') first--;
  while (last + 1 < count && last < line + 50 && lineKind(tree, last + 1) === 'text') last++;
  return [first, last];
}

/** Pairs the `**` of one unit; collects stray, unbalanced and glued markers. True when a clean pair was seen. */
function pairStars(text: string, unitStart: number, unitEnd: number, findings: StarFinding[], inCode: (offset: number) => boolean): boolean {
  const unit = text.slice(unitStart, unitEnd);
  const stack: Token[] = [];
  let clean = false;
  STARS.lastIndex = 0;
  for (let m = STARS.exec(unit); m; m = STARS.exec(unit)) {
    if (m[0].length > 3) continue; // "****": not emphasis
    const start = unitStart + m.index;
    const end = start + m[0].length;
    if (unit.includes('`') && inCode(start)) continue;
    const before = start > unitStart ? text[start - 1] : undefined;
    const after = end < unitEnd ? text[end] : undefined;
    const token: Token = { start, end, left: !isSpace(after), right: !isSpace(before) };
    if (token.right && stack.length) {
      const open = stack.pop()!;
      const gluedBefore = WORD_CHAR.test(text[open.start - 1] ?? '') && open.start > unitStart;
      const gluedAfter = WORD_CHAR.test(after ?? '');
      if (gluedBefore || gluedAfter) findings.push({ kind: 'glued', open, close: token, gluedBefore, gluedAfter });
      else clean = true;
    } else if (token.left) {
      stack.push(token);
    } else {
      findings.push({ kind: 'stray', open: token });
    }
  }
  for (const open of stack) findings.push({ kind: 'unbalanced', open });
  return clean;
}

function reportStar(text: string, finding: StarFinding, usesBold: boolean, report: Reporter) {
  const { open, close } = finding;
  if (finding.kind === 'glued' && close) {
    const inner = text.slice(open.end, close.start);
    const marker = text.slice(open.start, open.end);
    const written = (finding.gluedBefore ? ' ' : '') + (usesBold ? marker + inner + text.slice(close.start, close.end) : inner) + (finding.gluedAfter ? ' ' : '');
    const shown = inner.length > 40 ? `${inner.slice(0, 37)}…` : inner;
    report({
      message: `Bold “${shown}” glued to the words around it: ${usesBold ? 'add the missing spaces' : 'drop the “**” and add the missing spaces'}.`,
      start: open.start,
      end: close.end,
      fix: { range: [open.start, close.end], text: written },
    });
    return;
  }
  // delete the marker; with spaces on both sides, also one space
  let start = open.start;
  let end = open.end;
  const before = text[start - 1];
  const after = text[end];
  if ((before === undefined || before === ' ' || before === '\n') && after === ' ') end++;
  else if (before === ' ' && (after === undefined || after === '\n' || after === '\r')) start--;
  report({
    message:
      finding.kind === 'stray'
        ? `Stray “${text.slice(open.start, open.end)}” with spaces on both sides (markup debris): delete it.`
        : `Unbalanced “${text.slice(open.start, open.end)}”: no closing marker in this paragraph; delete it.`,
    start: open.start,
    end: open.end,
    fix: { range: [start, end], text: '' },
  });
}
