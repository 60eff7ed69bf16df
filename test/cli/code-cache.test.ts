/**
 * The bin starts the CLI bundle from a V8 code cache (server/src/cli/code-cache.ts):
 * written after a lint, used by the next run, rejected and rewritten when it is
 * damaged, never used from a directory other users may write, and never a
 * reason for different output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers.js';
import { runVnlint } from './run.js';

const SAMPLES = ['samples', '--format', 'json'];

function withCacheDir(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, FORCE_COLOR: undefined, VNLINT_DEBUG: '1', VNLINT_CODE_CACHE_DIR: dir, VNLINT_DISABLE_CODE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, ...extra };
}
const stateOf = (stderr: string) => /code cache (\w+)/.exec(stderr)?.[1];
const cacheFiles = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.bin')) : []);

test('a lint writes the cache, the next run uses it, and both report the same', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-cc-'));
  const reference = runVnlint(SAMPLES, { env: withCacheDir(dir, { VNLINT_DISABLE_CODE_CACHE: '1' }) });
  assert.equal(stateOf(reference.stderr), 'disabled');
  assert.deepEqual(cacheFiles(dir), [], 'disabled: nothing written');

  const first = runVnlint(SAMPLES, { env: withCacheDir(dir) });
  assert.equal(stateOf(first.stderr), 'missing');
  const files = cacheFiles(dir);
  assert.equal(files.length, 1);
  const size = fs.statSync(path.join(dir, files[0])).size;
  assert.ok(size > 100_000, `the cache holds the compiled linter (${size} bytes)`);

  const second = runVnlint(SAMPLES, { env: withCacheDir(dir) });
  assert.equal(stateOf(second.stderr), 'used');
  // the launcher's V8 options (launch.ts) are set before the cache is read: V8 accepts a cache made under them
  assert.match(second.stderr, /V8 options --no-turbo-inlining/);
  for (const run of [first, second]) {
    assert.equal(run.code, reference.code);
    assert.equal(run.stdout, reference.stdout);
  }
  assert.deepEqual(cacheFiles(dir), files, 'a used cache is not rewritten');
});

test('a damaged cache is rejected, the run is unaffected, and the cache is rewritten', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-cc-'));
  const reference = runVnlint(SAMPLES, { env: withCacheDir(dir) });
  const [file] = cacheFiles(dir);
  fs.writeFileSync(path.join(dir, file), Buffer.from('not a code cache'));
  const damaged = runVnlint(SAMPLES, { env: withCacheDir(dir) });
  assert.equal(stateOf(damaged.stderr), 'rejected');
  assert.equal(damaged.stdout, reference.stdout);
  assert.ok(fs.statSync(path.join(dir, file)).size > 100_000, 'rewritten after the lint');
  assert.equal(stateOf(runVnlint(SAMPLES, { env: withCacheDir(dir) }).stderr), 'used');
});

test('a run that lints nothing writes no cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-cc-'));
  const version = runVnlint(['--version'], { env: withCacheDir(dir) });
  assert.equal(version.code, 0);
  assert.equal(stateOf(version.stderr), 'missing');
  assert.deepEqual(cacheFiles(dir), []);
});

test('a directory other users can write is not used', { skip: typeof process.getuid !== 'function' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-cc-'));
  fs.chmodSync(dir, 0o777);
  const run = runVnlint(SAMPLES, { env: withCacheDir(dir) });
  assert.equal(stateOf(run.stderr), 'disabled');
  assert.equal(run.code, 1);
  assert.deepEqual(cacheFiles(dir), []);
});

test('an unusable cache location only means a start without the cache', () => {
  const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-cc-')), 'a-file');
  fs.writeFileSync(blocker, '');
  const run = runVnlint(SAMPLES, { env: withCacheDir(path.join(blocker, 'cache')) });
  assert.equal(stateOf(run.stderr), 'disabled');
  assert.equal(run.code, 1);
  assert.equal(JSON.parse(run.stdout).length, 4);
});

/** A copy of the built launcher and bundle in a directory of its own (another install); `extra` is appended to the bundle. */
function install(extra = ''): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-install-'));
  fs.copyFileSync(path.join(ROOT, 'dist', 'cli', 'launch.js'), path.join(dir, 'launch.js'));
  fs.writeFileSync(path.join(dir, 'cli.js'), fs.readFileSync(path.join(ROOT, 'dist', 'cli', 'cli.js'), 'utf8') + extra);
  return dir;
}
function runInstall(dir: string, env: NodeJS.ProcessEnv) {
  const run = spawnSync(process.execPath, [path.join(dir, 'launch.js'), ...SAMPLES], { cwd: ROOT, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('two installs keep a cache each; an upgrade in place replaces its own', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-cc-'));
  const env = withCacheDir(dir);
  const one = install();
  const two = install('\n// another build\n');
  for (const place of [one, two]) assert.equal(stateOf(runInstall(place, env).stderr), 'missing');
  assert.equal(cacheFiles(dir).length, 2, 'one cache per install');
  for (const place of [one, two]) assert.equal(stateOf(runInstall(place, env).stderr), 'used', place);

  const before = cacheFiles(dir);
  fs.appendFileSync(path.join(one, 'cli.js'), '\n// an upgrade\n');
  const upgraded = runInstall(one, env);
  assert.equal(stateOf(upgraded.stderr), 'missing');
  assert.equal(upgraded.code, 1);
  const after = cacheFiles(dir);
  assert.equal(after.length, 2, 'the old build\'s cache is replaced, the other install\'s kept');
  assert.equal(after.filter((name) => before.includes(name)).length, 1);
  assert.equal(stateOf(runInstall(two, env).stderr), 'used');
});
