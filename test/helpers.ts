/** Shared test helpers: seed files and paths. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const SEEDS_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');

export function seedPath(id: string): string {
  const name = readdirSync(SEEDS_DIR).find((file) => file.startsWith(`${id}_`) && file.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${id}`);
  return path.join(SEEDS_DIR, name);
}

export function readSeed(id: string): string {
  return readFileSync(seedPath(id), 'utf8');
}

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
