/**
 * `list-numbering` · warning
 *
 * A numbered list skips, repeats or restarts a number (rule book §5): lists
 * numbered "1.", "1)", "(1)" or "a)" start at 1 (or a) and go up by one.
 * Copy-pasted duties lists lose or duplicate items and nobody renumbers them.
 *
 * Blank lines and continuation paragraphs don't restart a list [S000:37–51,
 * S003:47–65]: in the tree these may be several list nodes in one section,
 * separated by paragraphs; a list node that does not start again at 1 (or a)
 * continues the previous one. A section heading starts a new list. Sub-lists
 * in another style ("a)" under "1.") are numbered on their own and restart
 * under each parent item. Digits "1." and "1)" are one style; "(1)" and
 * letters are others.
 *
 * ok:      1. 2. 3. … 14. with a blank line between 2 and 3 [S000:37–51];
 *          1.–11. [S002:12–22]; 1. 2. / paragraph / 3. 4.
 * not ok:  1. 2. 4. (skips 3); 1. 2. 2. (repeats 2); 1. … 9. 1. (restarts);
 *          a) b) d).
 *
 * Fix (auto): renumber the wrong markers in place, keeping the marker style
 * ("1)", "(1)", "a)") and the zero padding ("01." → "03."); nothing else in
 * the list changes.
 */
import type { ListItemNode, NoticeRoot, SectionNode } from '../notice/tree.js';
import { defineRule } from './rule.js';
import { lineOf } from './lists.js';

type Style = 'digit' | 'paren' | 'letter';

interface Run {
  style: Style;
  /** Items with the number they should carry. */
  items: Array<{ item: ListItemNode; expected: number }>;
}

function styleOf(item: ListItemNode): Style {
  const marker = item.marker.value.trim();
  if (/^\(\d+\)$/.test(marker)) return 'paren';
  if (/^[a-z]\)$/i.test(marker)) return 'letter';
  return 'digit';
}

export default defineRule(
  {
    id: 'list-numbering',
    severity: 'warning',
    fixable: 'auto',
    type: 'layout',
    description: 'A numbered list skips, repeats or restarts a number.',
  },
  ({ tree, report }) => {
    for (const node of tree.children) {
      if (node.type !== 'section') continue;
      for (const run of runsOf(tree, node)) checkRun(tree, run, report);
    }
  },
);

/** The numbered runs of a section: ordered items grouped by style, continuing across paragraphs. */
function runsOf(tree: NoticeRoot, section: SectionNode): Run[] {
  const runs: Run[] = [];
  /** Open runs, outermost first (a sub-list style sits above its parent's). */
  let stack: Run[] = [];
  for (const block of section.children) {
    if (block.type !== 'list' || !block.ordered) continue;
    let firstOfNode = true;
    for (const item of block.children) {
      if (item.number === undefined || tree.data.noiseLines.has(lineOf(tree, item.marker.start))) continue;
      const style = styleOf(item);
      const depth = stack.findIndex((run) => run.style === style);
      let run: Run | undefined;
      if (depth >= 0) {
        // back to an open style: close its sub-lists
        stack = stack.slice(0, depth + 1);
        run = stack[depth];
        // a new list node starting again at 1 after a paragraph is a new list
        if (firstOfNode && item.number === 1) {
          run = { style, items: [] };
          stack[depth] = run;
          runs.push(run);
        }
      } else {
        run = { style, items: [] };
        stack.push(run);
        runs.push(run);
      }
      const previous = run.items[run.items.length - 1];
      run.items.push({ item, expected: previous ? previous.expected + 1 : 1 });
      firstOfNode = false;
    }
  }
  return runs;
}

type Reporter = Parameters<Parameters<typeof defineRule>[1]>[0]['report'];

function label(style: Style, n: number): string {
  return style === 'letter' ? String.fromCharCode(96 + n) : String(n);
}

function checkRun(tree: NoticeRoot, run: Run, report: Reporter) {
  const text = tree.data.text;
  const items = run.items;
  let i = 0;
  while (i < items.length) {
    if (items[i].item.number === items[i].expected) {
      i++;
      continue;
    }
    // a group of consecutive wrong items: one finding, one fix
    let j = i;
    while (j + 1 < items.length && items[j + 1].item.number !== items[j + 1].expected) j++;
    const first = items[i];
    const before = items[i - 1];
    const got = first.item.number!;
    const shown = first.item.marker.value.trim();
    let problem: string;
    if (!before) problem = `starts at “${shown}” instead of ${label(run.style, 1)}`;
    else if (got === before.item.number) problem = `repeats ${label(run.style, got)}`;
    else if (got < before.item.number!) problem = `restarts at “${shown}” after ${label(run.style, before.item.number!)}`;
    else if (got === before.item.number! + 1) problem = `continues a wrong count at “${shown}” (expected ${label(run.style, first.expected)})`;
    else {
      const from = before.item.number! + 1;
      const to = got - 1;
      problem = from === to ? `skips ${label(run.style, from)}` : `skips ${label(run.style, from)}–${label(run.style, to)}`;
    }
    // renumber items i..j, keeping everything between the markers
    const start = items[i].item.marker.start;
    const end = items[j].item.marker.end;
    let out = '';
    let cursor = start;
    let valid = true;
    for (let k = i; k <= j; k++) {
      const marker = items[k].item.marker;
      const written = text.slice(marker.start, marker.end);
      const renumbered = renumber(written, run.style, items[k].expected);
      if (renumbered === undefined) valid = false;
      out += text.slice(cursor, marker.start) + (renumbered ?? written);
      cursor = marker.end;
    }
    const count = j - i + 1;
    const expectedText = label(run.style, first.expected);
    report({
      message: `Numbered list ${problem}: item “${shown}” should be ${expectedText}${count > 1 ? ` (${count} items to renumber)` : ''}.`,
      start: first.item.marker.start,
      end: first.item.marker.end,
      ...(valid ? { fix: { range: [start, end] as [number, number], text: out } } : {}),
    });
    i = j + 1;
  }
}

/** The marker with its number replaced, same style and padding ("07." → "08.", "b)" → "c)"). */
function renumber(marker: string, style: Style, n: number): string | undefined {
  if (style === 'letter') {
    if (n > 26) return undefined;
    return marker.replace(/[a-z]/i, (letter) => (letter === letter.toUpperCase() ? String.fromCharCode(64 + n) : String.fromCharCode(96 + n)));
  }
  // zero padding ("01.") keeps its width; "10." → "2." is not padded
  return marker.replace(/\d+/, (digits) => (digits.length > 1 && digits.startsWith('0') ? String(n).padStart(digits.length, '0') : String(n)));
}
