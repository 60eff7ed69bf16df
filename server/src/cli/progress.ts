/**
 * A progress bar on stderr, only when stderr is a terminal and the run is
 * long (many files): redrawn at most every 100 ms, erased when done.
 */
export const PROGRESS_MIN_FILES = 20;

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly columns = 80,
  ) {}

  tick(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    const label = ` ${done}/${this.total} notices`;
    const width = Math.max(10, Math.min(40, this.columns - label.length - 10));
    const filled = Math.round((done / this.total) * width);
    this.write(`\r\u001b[2Kvnlint [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.write('\r\u001b[2K');
  }
}
