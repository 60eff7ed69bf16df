/** Small statistics and reporting helpers shared by the benchmarks. */
import { cpus } from 'node:os';
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / (sorted.length || 1);
  return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN, mean };
}

export const ms = (x: number, digits = 2) => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;

export function machine() {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = execSync("lscpu | sed -n 's/^Model name:[[:space:]]*//p'", { encoding: 'utf8' }).trim().split('\n')[0] || cpu;
  } catch {
    // keep os.cpus()
  }
  let nproc = cpus().length;
  try {
    nproc = Number(execSync('nproc', { encoding: 'utf8' }).trim()) || nproc;
  } catch {
    // keep os.cpus()
  }
  return { nproc, cpu, node: process.version, platform: `${process.platform} ${process.arch}`, date: new Date().toISOString() };
}

export const RESULTS_DIR = path.resolve(__dirname, 'results');

export function saveResult(name: string, data: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify({ machine: machine(), ...(data as object) }, null, 2) + '\n');
  return file;
}

/** A markdown table. */
export function table(head: string[], rows: Array<Array<string | number>>): string {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

export function verdict(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}
