/**
 * A cache of what was computed from one notice tree, holding the LAST tree only (get/has/set like a WeakMap).
 *
 * Why not a WeakMap<tree, …>: V8's scavenger does not drop a WeakMap entry whose key died young; the entry keeps
 * key and value alive until the next full GC. Every lint builds a new tree, so each scavenge copied and promoted
 * the trees of the last ≈ 20 lints with everything cached for them (≈ 2 MB at 20 KB, 4–5 ms pauses, which set the
 * p95). A lint works on one tree at a time, so the last tree is all these caches need; another tree recomputes,
 * with the same result.
 */
export class LastTreeCache<K extends object, V> {
  private key: K | undefined;
  private value: V | undefined;

  get(key: K): V | undefined {
    return key === this.key ? this.value : undefined;
  }

  has(key: K): boolean {
    return key === this.key;
  }

  set(key: K, value: V): this {
    this.key = key;
    this.value = value;
    return this;
  }
}
