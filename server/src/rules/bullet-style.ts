/**
 * `bullet-style` · info
 *
 * Bulleted lists that lost their shape when copied (rule book §5, optional):
 *
 * 1. **Mixed markers in one list**: "-" items and "– " items in the same list
 *    [S004:29–59], or a marker glued to its word ("-Assurer") next to items
 *    with a space. One finding covers the list, from its first item to its
 *    last. Blank lines and continuation paragraphs don't end a list [S004:37,
 *    53]; a sub-heading, a section heading, a paragraph ending with ":" (it
 *    introduces a new list) or a numbered item at the same indent does.
 *    Deeper-indented items are sub-lists, compared on their own. A dash line
 *    right after an item that stops mid-sentence (the item has a sentence end
 *    inside and no final punctuation) is the rest of that item, broken by
 *    the copy, not a second marker style [S004:99–101]. A list whose markers
 *    are all glued ("-Assurer" throughout [S004:99–109]) is consistent and is
 *    left alone in a plain-text notice [A]; in a Markdown notice (`#`
 *    headings) "-Assurer" is no list item at all, so it is reported there.
 *    Option `gluedMarkers`: "always" reports glued lists everywhere,
 *    "mixed" only inside mixed lists (default: by the notice's style).
 * 2. **A stray ". -"**: a line that starts with a punctuation mark before
 *    its marker, left where an item was run into the previous one [S004:103].
 *    Inside an item, ". -Next item" (the item's own marker after a sentence
 *    end, before a capital) is an item run into the previous one.
 * 3. **A doubled final period**: an item ending in ".." [S004:51]. An
 *    ellipsis "..." is never touched.
 *
 * ok:      "- Draft reports." / "- Support the team." (one marker, spaced)
 * ok:      "-Assurer …" / "-Fournir …" (all glued: consistent) [S004:99–109]
 * ok:      "– Élaborer …" / "– Suivre …" (FR en-dash lists are fine when consistent)
 * not ok:  "-Assurer …" / "– Partager …" → Mixed bullet markers in one list
 * not ok:  ". -Bonne connaissance…" → stray ". " before the marker
 * not ok:  "…les travaux effectués.." → doubled final period
 *
 * Fix (auto):
 * - mixed markers: every marker of the list becomes the list's majority
 *   marker, with one space after it (a glued marker gets its space; the
 *   majority is never "glued"). In a Markdown notice (`#` headings) the
 *   marker must be one Markdown knows ("-", "*", "+"): the majority of those,
 *   else "-". Only the markers change; text between them is kept byte for
 *   byte. A marker still damaged by mojibake gets no fix until `mojibake`
 *   has repaired it.
 * - stray ". -": the punctuation moves to the end of the previous non-blank
 *   line when that line has no final punctuation (the fix spans from that
 *   line's end to the marker, keeping the line endings between); otherwise
 *   it is deleted.
 * - "..": the second period is deleted.
 * - an item run into the previous one inside a line: quick fix only (put
 *   it on its own line).
 */
import type { ListItemNode, NoticeRoot, SectionNode } from '../notice/tree.js';
import type { Fix } from '../engine/types.js';
import { defineRule, type Report } from './rule.js';
import { lineIndexAt } from '../notice/lines.js';
import { lineEndOf } from './structure.js';

/** Markdown's bullet markers. */
const MARKDOWN_MARKERS = new Set(['-', '*', '+']);
/** Dash markers that may be a broken item's punctuation rather than a marker. */
const DASHES = new Set(['–', '—']);
/** Final punctuation of an item (or of a line before a stray "."). */
const FINAL_PUNCTUATION = /[.!?:;…,)\]»"”’']$/u;
/** A sentence end inside an item. */
const SENTENCE_END_INSIDE = /[.!?][\s\u00A0]+\S/u;
/** A line that starts with a punctuation mark, then an unordered marker and its word: ". -Bonne". */
const STRAY_BEFORE_MARKER = /^([ \t\u00A0]*)([.,;])[ \t\u00A0]*(?=(?:-(?:[ \t\u00A0]+)?|[–—•*+·▪●◦‣][ \t\u00A0]+)\p{L})/u;

interface Counted {
  item: ListItemNode;
  /** Marker character as read (view text, repaired). */
  char: string;
  glued: boolean;
  indent: number;
}

interface Run {
  indent: number;
  items: Counted[];
}

export default defineRule(
  {
    id: 'bullet-style',
    severity: 'info',
    fixable: 'auto',
    type: 'layout',
    description: 'A bulleted list mixes markers, glues a marker to its word, or keeps stray punctuation from a copy.',
  },
  ({ tree, options, report }) => {
    const text = tree.data.text;
    // a glued "-Assurer" list is not a list at all in Markdown: reported there even when consistent
    const gluedAlways = options.gluedMarkers === 'always' || (options.gluedMarkers !== 'mixed' && tree.data.headingStyle === 'atx');
    for (const node of tree.children) {
      if (node.type !== 'section') continue;
      for (const run of runsOf(tree, node)) checkRun(tree, run, gluedAlways, report);
      checkBlocks(tree, node, text, report);
    }
  },
);

function isNoise(tree: NoticeRoot, offset: number): boolean {
  return tree.data.noiseLines.has(lineIndexAt(tree.data.lineStarts, offset));
}

/** The unordered runs of a section: items grouped by indent, continuing across blank lines and paragraphs. */
function runsOf(tree: NoticeRoot, section: SectionNode): Run[] {
  const { lineStarts, noiseLines } = tree.data;
  const runs: Run[] = [];
  /** Open runs by indent, shallowest first. */
  let stack: Run[] = [];
  for (const block of section.children) {
    if (block.type === 'subheading') {
      stack = [];
      continue;
    }
    if (block.type === 'paragraph') {
      if (block.noise) continue;
      // "… the following:" introduces a new list
      if (block.value.trimEnd().endsWith(':')) stack = [];
      continue;
    }
    for (const item of block.children) {
      const line = lineIndexAt(lineStarts, item.marker.start);
      if (noiseLines.has(line)) continue;
      const indent = item.marker.start - lineStarts[line];
      // close the sub-lists deeper than this item
      while (stack.length && stack[stack.length - 1].indent > indent) stack.pop();
      if (block.ordered) {
        // a numbered item at this indent ends the bulleted run there
        if (stack.length && stack[stack.length - 1].indent === indent) stack.pop();
        continue;
      }
      let run = stack[stack.length - 1];
      if (!run || run.indent !== indent) {
        run = { indent, items: [] };
        stack.push(run);
        runs.push(run);
      }
      const char = item.marker.value.trim();
      const glued = item.content.start === item.marker.end;
      const previous = run.items[run.items.length - 1];
      if (previous && DASHES.has(char) && !glued && previous.char !== char && brokenMidSentence(previous.item)) continue;
      run.items.push({ item, char, glued, indent });
    }
  }
  return runs;
}

/** The item stops mid-sentence: it has a sentence end inside and no final punctuation [S004:99]. */
function brokenMidSentence(item: ListItemNode): boolean {
  const content = item.content.value.trimEnd();
  return content.length > 0 && !FINAL_PUNCTUATION.test(content) && SENTENCE_END_INSIDE.test(content);
}

type Reporter = (report: Report) => void;

function describeStyle(char: string, glued: boolean): string {
  return glued ? `“${char}” glued to its word` : `“${char} ”`;
}

function checkRun(tree: NoticeRoot, run: Run, gluedAlways: boolean, report: Reporter) {
  const items = run.items;
  if (items.length === 0) return;
  // fast path: one style throughout (the common case) and not reporting glued lists
  if (!(gluedAlways && items[0].glued) && items.every(({ char, glued }) => char === items[0].char && glued === items[0].glued)) return;
  const styles = new Map<string, number>();
  const chars = new Map<string, number>();
  for (const { char, glued } of items) {
    const key = `${char}${glued ? '' : ' '}`;
    styles.set(key, (styles.get(key) ?? 0) + 1);
    chars.set(char, (chars.get(char) ?? 0) + 1);
  }
  const mixed = styles.size > 1;
  const allGlued = !mixed && items[0].glued;
  if (!mixed && !(allGlued && gluedAlways)) return;
  const target = targetMarker(tree, items, chars);
  const text = tree.data.text;
  const first = items[0].item;
  const last = items[items.length - 1].item;
  // the fix: every marker that differs from the target (or is glued) is rewritten
  let out = '';
  let cursor = -1;
  let fixStart = -1;
  let fixEnd = -1;
  let damaged = false;
  for (const { item, char, glued } of items) {
    if (char === target && !glued) continue;
    const written = text.slice(item.marker.start, item.marker.end);
    if (written.trim() !== char) damaged = true; // mojibake inside the marker: leave it to `mojibake` first
    const leading = written.length - written.trimStart().length;
    const replacement = written.slice(0, leading) + target + (glued ? ' ' : '');
    if (fixStart < 0) {
      fixStart = item.marker.start;
      cursor = fixStart;
    }
    out += text.slice(cursor, item.marker.start) + replacement;
    cursor = item.marker.end;
    fixEnd = item.marker.end;
  }
  const counts = [...styles.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${n} × ${describeStyle(key.trimEnd(), !key.endsWith(' '))}`)
    .join(', ');
  const message = mixed
    ? `Mixed bullet markers in one list (${counts}): use “${target} ” throughout.`
    : `Bullet markers glued to their words (${counts}): put a space after “${target}”.`;
  const fix: Fix | undefined = fixStart >= 0 && !damaged ? { range: [fixStart, fixEnd], text: out } : undefined;
  report({ message, start: first.marker.start, end: last.content.end, ...(fix ? { fix } : {}) });
}

/** The list's marker: its most common character (ties: the first item's); a Markdown marker in a Markdown notice. */
function targetMarker(tree: NoticeRoot, items: Counted[], chars: Map<string, number>): string {
  const markdown = tree.data.headingStyle === 'atx';
  let best = '';
  let bestCount = 0;
  for (const { char } of items) {
    if (markdown && !MARKDOWN_MARKERS.has(char)) continue;
    const n = chars.get(char)!;
    if (n > bestCount) {
      best = char;
      bestCount = n;
    }
  }
  return best || '-';
}

/** Stray punctuation before a marker, items run into the previous one, doubled final periods. */
function checkBlocks(tree: NoticeRoot, section: SectionNode, text: string, report: Reporter) {
  const { lineStarts } = tree.data;
  for (const block of section.children) {
    if (block.type === 'list') {
      for (const item of block.children) {
        if (isNoise(tree, item.marker.start)) continue;
        // "..", never "...": the item's last non-blank characters, no regex and no slice
        let last = item.content.end;
        while (last > item.content.start && isBlank(text.charCodeAt(last - 1))) last--;
        if (last - item.content.start > 2 && text[last - 1] === '.' && text[last - 2] === '.' && text[last - 3] !== '.' && text[last - 3] !== '…') {
          const at = last - 2;
          report({
            message: 'Doubled final period “..”: delete one.',
            start: at,
            end: at + 2,
            fix: { range: [at + 1, at + 2], text: '' },
          });
        }
        if (!block.ordered) runInItems(tree, item, report);
      }
    } else if (block.type === 'paragraph' && !block.noise) {
      const start = block.position.start.offset ?? 0;
      const end = block.position.end.offset ?? start;
      const firstLine = lineIndexAt(lineStarts, start);
      const lastLine = lineIndexAt(lineStarts, Math.max(start, end - 1));
      for (let line = firstLine; line <= lastLine; line++) {
        const lineStart = lineStarts[line];
        const ch = text.charCodeAt(lineStarts[line] + 0);
        // quick test: the line (after indent) starts with . , ;
        if (ch !== 0x2e && ch !== 0x2c && ch !== 0x3b && ch !== 0x20 && ch !== 0x09 && ch !== 0xa0) continue;
        const lineText = text.slice(lineStart, lineEndOf(tree, lineStart));
        const stray = STRAY_BEFORE_MARKER.exec(lineText);
        if (!stray) continue;
        strayPunctuation(tree, section, line, lineStart + stray[1].length, lineStart + stray[0].length, stray[2], report);
      }
    }
  }
}


function strayPunctuation(tree: NoticeRoot, section: SectionNode, line: number, start: number, markerStart: number, mark: string, report: Reporter) {
  const { text, lineStarts } = tree.data;
  // the previous non-blank line: if it lacks final punctuation, the mark belongs there
  let previous = line - 1;
  while (previous >= 0 && /^[\s\u00A0]*$/.test(text.slice(lineStarts[previous], lineEndOf(tree, lineStarts[previous]!)))) previous--;
  let fix: Fix = { range: [start, markerStart], text: '' };
  let where = 'delete it';
  // only an item or paragraph line of the same section (never the heading)
  const bodyStart = section.heading ? section.heading.span.end : section.position.start.offset ?? 0;
  if (previous >= 0 && mark === '.' && lineStarts[previous] >= bodyStart && !tree.data.noiseLines.has(previous)) {
    const previousText = text.slice(lineStarts[previous], lineEndOf(tree, lineStarts[previous]!)).trimEnd();
    if (previousText && !FINAL_PUNCTUATION.test(previousText)) {
      const previousEnd = lineStarts[previous] + previousText.length;
      // from the previous line's text end to the marker: keep the line endings (and blank lines) between
      fix = { range: [previousEnd, markerStart], text: mark + text.slice(previousEnd, start) };
      where = 'move it to the end of the previous item';
    }
  }
  report({
    message: `Stray “${mark}” before a list marker (an item was run into the previous one): ${where}.`,
    start,
    end: markerStart,
    fix,
  });
}

/** The item's own marker after a sentence end, before a capital: "… mentor. -Fournir …". */
function runInItems(tree: NoticeRoot, item: ListItemNode, report: Reporter) {
  const { text } = tree.data;
  const char = item.marker.value.trim();
  if (char.length !== 1 || text.slice(item.marker.start, item.marker.end).trim() !== char) return;
  const end = item.content.end;
  // walk the marker character's occurrences in the item: no regex over the item text
  for (let at = text.indexOf(char, item.content.start); at >= 0 && at < end; at = text.indexOf(char, at + 1)) {
    let before = at;
    while (before > item.content.start && isBlank(text.charCodeAt(before - 1))) before--;
    if (before === at || before <= item.content.start) continue;
    const mark = text[before - 1];
    if (mark !== '.' && mark !== '!' && mark !== '?' && mark !== ';') continue;
    let after = at + 1;
    while (after < end && isBlank(text.charCodeAt(after))) after++;
    if (after >= end || !UPPER.test(text[after])) continue;
    const lineStart = tree.data.lineStarts[lineIndexAt(tree.data.lineStarts, item.marker.start)];
    const indent = text.slice(lineStart, item.marker.start);
    report({
      message: `A list item is run into the previous one (“${char}” after a sentence end): put it on its own line.`,
      start: at,
      end: at + 1,
      suggestions: [{ desc: 'Put the item on its own line', fix: { range: [before, at], text: tree.data.eol + indent } }],
    });
  }
}

/** Space, tab, NBSP. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

const UPPER = /^\p{Lu}$/u;

