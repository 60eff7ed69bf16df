/**
 * The repaired view of a notice: the text with definite mojibake repaired, so
 * that damaged headings and labels ("RĂ©fĂ©rence du poste", "IOMโ€™s") are
 * recognised (rule book §2, §3.1 "after mojibake repair"). Positions found in
 * the view map back to the original text; the `mojibake` rule reports the
 * damage itself.
 */
import { findMojibake } from '../text/mojibake.js';

export interface RepairedView {
  text: string;
  /** Maps an offset of the view to the matching offset of the original text. */
  toOriginal(offset: number): number;
  /** The view offset whose original offset is `original` (exact at run boundaries, where span starts sit). */
  toView(original: number): number;
  /** True when the view differs from the original. */
  repaired: boolean;
}

interface Segment {
  viewStart: number;
  viewEnd: number;
  originalStart: number;
  originalEnd: number;
}

/**
 * One class for both kinds of view, so that every view has the same hidden class: `view.toOriginal()` is read all
 * over the rules, and views of two shapes (a literal for unrepaired text, another for repaired text) made those
 * reads polymorphic and deoptimised them when the first notice with mojibake came (BENCHMARKS.md).
 */
class TextView implements RepairedView {
  readonly text: string;
  readonly repaired: boolean;
  /** The repaired runs, in view order (empty when the view is the text itself). */
  private readonly segments: Segment[];

  constructor(text: string, segments: Segment[]) {
    this.text = text;
    this.repaired = segments.length > 0;
    this.segments = segments;
  }

  toView(original: number): number {
    if (!this.repaired) return original;
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toOriginal(mid) < original) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  toOriginal(offset: number): number {
    if (!this.repaired) return offset;
    const segments = this.segments;
    // binary search the last segment starting at or before offset
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].viewStart <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1) return offset;
    const segment = segments[found];
    if (offset >= segment.viewEnd) return segment.originalEnd + (offset - segment.viewEnd);
    // inside a repaired run: its start maps to the run's start, anything else to its end
    return offset === segment.viewStart ? segment.originalStart : segment.originalEnd;
  }
}

const NO_SEGMENTS: Segment[] = [];

export function repairedView(text: string): RepairedView {
  const spans = findMojibake(text).filter((span) => span.repaired !== undefined);
  if (spans.length === 0) return new TextView(text, NO_SEGMENTS);
  const segments: Segment[] = [];
  let out = '';
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start);
    const viewStart = out.length;
    out += span.repaired;
    segments.push({ viewStart, viewEnd: out.length, originalStart: span.start, originalEnd: span.end });
    last = span.end;
  }
  out += text.slice(last);
  return new TextView(out, segments);
}
