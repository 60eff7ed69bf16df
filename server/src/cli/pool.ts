/**
 * Linting many files across cores: node:worker_threads running the same
 * bundle (dist/cli/cli.js) in worker mode. Results come back tagged with
 * their index, so the output order never depends on scheduling.
 */
import os from 'node:os';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { FatalError } from './files.js';
import { runTask, type Task, type TaskResult } from './task.js';

/** Below this many files, workers cost more to start than they save. */
export const PARALLEL_THRESHOLD = 50;

type Reply = { index: number; result?: TaskResult; fatal?: string; error?: string };

/** True inside a worker started by runParallel (the bundle's entry point calls this first). */
export function startWorkerIfNeeded(): boolean {
  if (isMainThread || !parentPort) return false;
  const port = parentPort;
  // tasks come in batches and go back in batches: one message per batch, not per file
  port.on('message', (batch: Task[]) => port.postMessage(batch.map(runOne)));
  return true;
}

function runOne(task: Task): Reply {
  try {
    return { index: task.index, result: runTask(task) };
  } catch (error) {
    return error instanceof FatalError ? { index: task.index, fatal: error.message } : { index: task.index, error: (error as Error)?.stack ?? String(error) };
  }
}

/** A worker pays off only with this many files: it loads the bundle and warms its JIT and memos on its own. */
export const FILES_PER_WORKER = 200;

/**
 * `--concurrency auto`: worker threads only where they pay (as ESLint's
 * "auto"): at most one per two logical processors (the other does the
 * reading, formatting and the system's work), and one per FILES_PER_WORKER
 * files. Below two workers the run stays on the main thread: on 2 cores two
 * workers were slower than one thread (BENCHMARKS.md), because each repeats
 * the memoised work (standard texts, repeated lines) the other has done.
 */
export function autoConcurrency(files: number, processors = availableProcessors()): number {
  const workers = Math.min(Math.floor(processors / 2), Math.floor(files / FILES_PER_WORKER));
  return workers >= 2 ? workers : 1;
}

function availableProcessors(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * How many files go to a worker in one message. Each message wakes the
 * other thread up, so for many files a batch amortises that; for few files
 * small batches keep the workers evenly loaded.
 */
export function batchSize(count: number, workers: number): number {
  return Math.max(1, Math.min(16, Math.ceil(count / (workers * 8))));
}

/**
 * Runs the tasks (produced lazily by `next`, so files are read as workers
 * free up) on `workers` threads; `onResult` gets each result as it arrives.
 */
export async function runParallel(
  script: string,
  count: number,
  workers: number,
  next: (index: number) => Task,
  onResult: (result: TaskResult) => void,
): Promise<void> {
  let nextIndex = 0;
  let done = 0;
  const size = batchSize(count, workers);
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (worker: Worker) => {
        if (failed || nextIndex >= count) return;
        try {
          const batch: Task[] = [];
          while (batch.length < size && nextIndex < count) batch.push(next(nextIndex++));
          worker.postMessage(batch);
        } catch (error) {
          fail(error as Error);
        }
      };
      for (let i = 0; i < Math.max(1, Math.min(workers, count)); i++) {
        const worker = new Worker(script, { stdout: false, stderr: false });
        pool.push(worker);
        worker.on('message', (replies: Reply[]) => {
          for (const reply of replies) {
            if (failed) return;
            if (reply.fatal !== undefined) return fail(new FatalError(reply.fatal));
            if (reply.error !== undefined) return fail(new Error(reply.error));
            onResult(reply.result!);
            done++;
          }
          if (done === count) resolve();
          else feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (done < count && code !== 0) fail(new Error(`a lint worker exited with code ${code}`));
        });
        // two batches in flight per worker keep it busy while the main thread reads the next files
        feed(worker);
        feed(worker);
      }
      if (count === 0) resolve();
    });
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
