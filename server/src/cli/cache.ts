/**
 * `--cache`: results of unchanged files are reused. An entry is valid when
 * the file's content hash, the hash of its resolved config (plus --only and
 * the other options that change findings) and the vnlint version all match.
 * The cache is a JSON file (`.vnlintcache` in cwd, or `--cache-location`);
 * a missing, corrupt or other-version cache is simply rebuilt.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LintMessage } from '../engine/types.js';
import { writeFileAtomic } from './files.js';

interface Entry {
  hash: string;
  key: string;
  messages: LintMessage[];
}

interface CacheData {
  version: string;
  files: Record<string, Entry>;
}

export function contentHash(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function optionsKey(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export function cacheFile(cwd: string, location: string | undefined): string {
  if (!location) return path.join(cwd, '.vnlintcache');
  const absolute = path.resolve(cwd, location);
  let isDirectory = /[\\/]$/.test(location);
  try {
    isDirectory ||= fs.statSync(absolute).isDirectory();
  } catch {
    // a new file
  }
  return isDirectory ? path.join(absolute, '.vnlintcache') : absolute;
}

export class LintCache {
  private data: CacheData;
  private dirty = false;
  hits = 0;

  constructor(
    readonly file: string,
    readonly version: string,
  ) {
    this.data = { version, files: {} };
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheData;
      if (parsed && parsed.version === version && parsed.files && typeof parsed.files === 'object') this.data = parsed;
    } catch {
      // no cache yet, or unreadable: start afresh
    }
  }

  get(filePath: string, hash: string, key: string): LintMessage[] | undefined {
    const entry = this.data.files[filePath];
    if (!entry || entry.hash !== hash || entry.key !== key) return undefined;
    this.hits++;
    return entry.messages;
  }

  set(filePath: string, hash: string, key: string, messages: LintMessage[]): void {
    this.data.files[filePath] = { hash, key, messages };
    this.dirty = true;
  }

  delete(filePath: string): void {
    if (this.data.files[filePath]) {
      delete this.data.files[filePath];
      this.dirty = true;
    }
  }

  save(): void {
    if (!this.dirty && fs.existsSync(this.file)) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomic(this.file, Buffer.from(JSON.stringify(this.data)));
  }
}
