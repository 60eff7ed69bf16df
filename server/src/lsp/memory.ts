/**
 * Gives memory back once a burst of lints is over.
 *
 * Linting allocates a lot of short-lived data (trees, prose, messages), and
 * V8 grows its heap to match: right after 50 notices are opened the heap has
 * twice the pages its live data needs. V8's own memory reducer only gives
 * them back after about 8 s of quiet. The server knows better when a burst is
 * over: when no lint has run for IDLE_MS. It then runs two full collections
 * (the second one releases the pages the first one emptied, once they are
 * swept), but only when the heap grew by GROWTH_MB since the last time, so a
 * server that merely lints a keystroke now and then does not collect for
 * nothing. The collections happen while the server is idle, never on the
 * path of a keystroke's diagnostics (a keystroke waits LINT_DELAY_MS before
 * its lint anyway).
 *
 * `gc` is V8's own: every launch passes `--expose-gc` (SERVER_NODE_OPTIONS in
 * protocol.ts); a server started without it takes it from a fresh context
 * after enabling the flag (set back at once), or does without.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

export const IDLE_MS = 200;
/** The second collection, once the first one's pages are swept. */
const SECOND_GC_MS = 50;
const GROWTH_MB = 8;

type Collect = () => void;

export function findGc(): Collect | undefined {
  const exposed = (globalThis as { gc?: Collect }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as Collect | undefined;
    v8.setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? gc : undefined;
  } catch {
    return undefined;
  }
}

const physicalMb = () => v8.getHeapStatistics().total_physical_size / 1048576;

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private baseline = physicalMb();
  /** How many idle collections ran (tests, benchmarks). */
  collections = 0;

  constructor(
    private readonly gc: Collect | undefined = findGc(),
    private readonly idleMs = IDLE_MS,
    private readonly growthMb = GROWTH_MB,
  ) {}

  /** A lint ran: (re)start the wait for the end of the burst. */
  busy(): void {
    if (!this.gc) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.idle(), this.idleMs);
    this.timer.unref();
  }

  private idle(): void {
    this.timer = undefined;
    if (physicalMb() - this.baseline < this.growthMb) return;
    this.collections++;
    this.gc!();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.gc!();
      this.baseline = physicalMb();
    }, SECOND_GC_MS);
    this.timer.unref();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
