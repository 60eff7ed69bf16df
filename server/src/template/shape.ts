/**
 * One hidden class per template table. Why: the parser and the rules read the
 * template's objects (section definitions, header fields, grade rows...) on
 * every lint, and a table written as literals with optional fields comes in
 * several shapes, which makes every such read polymorphic in V8 and costs
 * deoptimisations while the linter warms up: giving the section definitions
 * one shape made a 1,000-notice run 7 % faster (BENCHMARKS.md).
 */

/** Copies of `items` that all have every key any of them has, in one order (a missing key is undefined). */
export function uniformShapes<T extends object>(items: readonly T[]): T[] {
  const keys: string[] = [];
  for (const item of items) for (const key of Object.keys(item)) if (!keys.includes(key)) keys.push(key);
  return items.map((item) => {
    const copy: Record<string, unknown> = {};
    for (const key of keys) copy[key] = (item as Record<string, unknown>)[key];
    return copy as T;
  });
}
