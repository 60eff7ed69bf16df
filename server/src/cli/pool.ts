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
  port.on('message', (task: Task) => {
    let reply: Reply;
    try {
      reply = { index: task.index, result: runTask(task) };
    } catch (error) {
      reply = error instanceof FatalError ? { index: task.index, fatal: error.message } : { index: task.index, error: (error as Error)?.stack ?? String(error) };
    }
    port.postMessage(reply);
  });
  return true;
}

export function defaultConcurrency(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
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
          worker.postMessage(next(nextIndex++));
        } catch (error) {
          fail(error as Error);
        }
      };
      const size = Math.max(1, Math.min(workers, count));
      for (let i = 0; i < size; i++) {
        const worker = new Worker(script, { stdout: false, stderr: false });
        pool.push(worker);
        worker.on('message', (reply: Reply) => {
          if (reply.fatal !== undefined) return fail(new FatalError(reply.fatal));
          if (reply.error !== undefined) return fail(new Error(reply.error));
          onResult(reply.result!);
          done++;
          if (done === count) resolve();
          else feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (done < count && code !== 0) fail(new Error(`a lint worker exited with code ${code}`));
        });
        // two tasks in flight per worker keep it busy while the main thread reads the next file
        feed(worker);
        feed(worker);
      }
      if (count === 0) resolve();
    });
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
