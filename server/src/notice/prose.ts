/**
 * Prose inside sections, through retext: a paragraph or list item becomes an
 * nlcst tree (sentences, words, punctuation) whose offsets are offsets of the
 * original file. Built lazily and cached, so rules that need no prose cost
 * nothing.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import type { Root as NlcstRoot } from 'nlcst';
import { visit } from 'unist-util-visit';
import type { Language, NoticeRoot, Span } from './tree.js';

const english = unified().use(retextEnglish).freeze();
const latin = unified().use(retextLatin).freeze();
const cache = new WeakMap<object, NlcstRoot>();

/**
 * Parses `span` (a paragraph's or list item's text) into nlcst. Positions are
 * rewritten to the original text: `position.start.offset` is a file offset.
 */
export function proseOf(tree: NoticeRoot, key: object, span: Span, language: Language = tree.data.language): NlcstRoot {
  const cached = cache.get(key);
  if (cached) return cached;
  const parser = language === 'en' ? english : latin;
  const nlcst = parser.parse(span.value) as NlcstRoot;
  const view = tree.data.view;
  // the span's value is text of the repaired view; its start in the view is found from its original start
  const viewStart = view.repaired ? viewOffsetOf(tree, span.start) : span.start;
  // parse-latin shares point objects between parents and children: move each once
  const moved = new Set<object>();
  visit(nlcst, (node) => {
    if (!node.position) return;
    for (const point of [node.position.start, node.position.end]) {
      if (point.offset === undefined || moved.has(point)) continue;
      moved.add(point);
      const original = view.toOriginal(viewStart + point.offset);
      point.offset = original;
    }
  });
  cache.set(key, nlcst);
  return nlcst;
}

/** Inverse of view.toOriginal for an offset at a run boundary (span starts are). */
function viewOffsetOf(tree: NoticeRoot, original: number): number {
  const view = tree.data.view;
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.toOriginal(mid) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
