/**
 * Starts the CLI bundle (dist/cli/cli.js) from a V8 code cache: the bytecode of
 * every function an earlier run compiled, kept on disk, so a run does not parse
 * and compile 1.8 MB of JavaScript again before it lints its first notice
 * (docs/cli.md, "Performance"; BENCHMARKS.md).
 *
 * Why not Node's own compile cache: `module.enableCompileCache()` exists from
 * Node 22.1 only, and like v8-compile-cache it keeps the code cache made right
 * after the module is compiled, which holds the few functions V8 compiled
 * eagerly; nearly all of a bundle's functions are compiled lazily, on first
 * call. This cache is made after a lint (`createCachedData()` then includes
 * what the run compiled), when the CLI reports that one ran.
 *
 * Safety: the cache lives in a per-user directory (mode 0700, owned by the
 * user, else unused); its name carries hashes of the bundle's path, of its
 * bytes and of the Node version, and V8 rejects data made by another V8 or other flags, in
 * which case the bundle is compiled from source and the cache rewritten.
 * `VNLINT_DISABLE_CODE_CACHE=1` (or Node's `NODE_DISABLE_COMPILE_CACHE=1`)
 * turns it off; `VNLINT_CODE_CACHE_DIR` moves it. Any failure only means a
 * start without the cache.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

/** The hook the CLI calls after a lint (server/src/cli/main.ts): the moment the cache is worth writing. */
export const SAVE_CODE_CACHE = Symbol.for('vnlint.saveCodeCache');

export type CodeCacheState = 'disabled' | 'missing' | 'rejected' | 'used';

/** The cache directory, or undefined when it cannot be used safely. */
function cacheDirectory(): string | undefined {
  const configured = process.env.VNLINT_CODE_CACHE_DIR;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = configured || path.join(os.tmpdir(), `vnlint-code-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.statSync(dir);
    // another user's directory (a shared /tmp) could hand us bytecode to run
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

function disabled(): boolean {
  return ['1', 'true'].includes(process.env.VNLINT_DISABLE_CODE_CACHE ?? '') || ['1', 'true'].includes(process.env.NODE_DISABLE_COMPILE_CACHE ?? '');
}

/** Runs the CommonJS file `filename` as Node would, compiled with the code cache when there is a usable one. */
export function runWithCodeCache(filename: string): CodeCacheState {
  const bytes = fs.readFileSync(filename);
  const dir = disabled() ? undefined : cacheDirectory();
  // <bundle>-<its path>-<its bytes, Node version, arch>.bin: two installs (global and a project's) keep a cache each
  const place = createHash('sha1').update(filename).digest('hex').slice(0, 12);
  const content = createHash('sha1').update(bytes).update(process.version).update(process.arch).digest('hex').slice(0, 20);
  const cacheFile = dir && path.join(dir, `${path.basename(filename, '.js')}-${place}-${content}.bin`);
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // none yet
    }
  }
  // (the wrapper Node's CommonJS loader puts around every module)
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n});`;
  const script = new vm.Script(wrapped, { filename, cachedData });
  const state: CodeCacheState = !cacheFile ? 'disabled' : !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  if (cacheFile && state !== 'used') {
    (globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE] = () => {
      delete (globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE];
      writeCache(cacheFile, script.createCachedData());
    };
  }
  const module = { exports: {}, filename, id: filename, loaded: false };
  const require = createRequire(filename);
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, filename, path.dirname(filename));
  return state;
}

/**
 * Writes through a temporary file and a rename (two runs may write at once), and drops the caches of earlier builds
 * or Node versions at the same place (an upgrade); other installs' caches stay.
 */
function writeCache(cacheFile: string, data: Buffer): void {
  const dir = path.dirname(cacheFile);
  const prefix = path.basename(cacheFile).replace(/[0-9a-f]+\.bin$/, '');
  try {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, data, { mode: 0o600 });
    fs.renameSync(temporary, cacheFile);
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith('.bin') && name !== path.basename(cacheFile)) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // a read-only or full disk: the next run compiles from source again
  }
}

