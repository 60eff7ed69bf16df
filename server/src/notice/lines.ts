/** Offsets and lines: the one binary search every layer uses to turn an offset into a position. */

/** 0-based index of the line holding `offset`, given the offsets where lines start. */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and UTF-16 column of an offset (unist's point, ESLint's columns). */
export function pointAt(lineStarts: readonly number[], offset: number) {
  const index = lineIndexAt(lineStarts, offset);
  return { line: index + 1, column: offset - lineStarts[index] + 1, offset };
}
