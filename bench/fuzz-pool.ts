/**
 * Runs fuzz jobs in a worker thread with a watchdog: a job that does not
 * answer within `hangMs` is a hang — the worker is terminated (that is the
 * only way to stop a runaway regular expression) and a fresh one started.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import type { FuzzAnswer, FuzzJob } from './fuzz-worker.js';

export interface FuzzResult extends FuzzAnswer {
  hang?: boolean;
}

export class FuzzWorker {
  private worker!: Worker;
  private ready!: Promise<void>;
  private nextId = 0;

  constructor(private readonly hangMs: number) {
    this.start();
  }

  private start() {
    // a CommonJS bootstrap that registers tsx in the worker, then loads the TypeScript worker
    const entry = path.join(__dirname, 'fuzz-worker.ts');
    this.worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)});`, {
      eval: true,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', reject);
    });
  }

  /** Lints `text` in the worker; resolves with the answer, or with hang/crash if the worker hangs or dies. */
  async run(text: string, hangMs = this.hangMs): Promise<FuzzResult> {
    return this.send({ text }, hangMs);
  }

  /** Builds and lints generated case `caseIndex` of the run seeded `seed` in the worker. */
  async runCase(caseIndex: number, seed: number): Promise<FuzzResult> {
    return this.send({ caseIndex, seed });
  }

  private async send(job: Omit<FuzzJob, 'id'>, hangMs = this.hangMs): Promise<FuzzResult> {
    await this.ready;
    const id = this.nextId++;
    const worker = this.worker;
    return new Promise<FuzzResult>((resolve) => {
      const started = performance.now();
      const finish = (result: FuzzResult) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(result);
      };
      const restart = () => {
        void worker.terminate();
        this.start();
      };
      const onMessage = (answer: FuzzAnswer) => answer.id === id && finish(answer);
      const onError = (error: Error) => {
        restart();
        finish({ id, wallMs: performance.now() - started, cpuMs: NaN, findings: 0, error: `worker died: ${error.message}` });
      };
      const onExit = (code: number) => {
        this.start();
        finish({ id, wallMs: performance.now() - started, cpuMs: NaN, findings: 0, error: `worker exited with code ${code}` });
      };
      const timer = setTimeout(() => {
        worker.off('exit', onExit);
        restart();
        finish({ id, wallMs: performance.now() - started, cpuMs: NaN, findings: 0, hang: true, error: `no answer within ${hangMs} ms` });
      }, hangMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, ...job });
    });
  }

  async close() {
    await this.worker.terminate();
  }
}
