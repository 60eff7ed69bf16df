/**
 * The built binary on larger runs: --cache (reuse and invalidation),
 * worker threads (same output as a serial run), the progress bar (only on a
 * terminal), and --fix interrupted by SIGKILL (every file is either fully old
 * or fully new, byte for byte).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SEEDS_DIR } from '../helpers.js';
import { BIN, runVnlint, type JsonResult, type RunOptions } from './run.js';

const FR = fs.readFileSync(path.join(ROOT, 'samples', 'fr-charge-de-programme.vn.txt'), 'utf8');
const ES = fs.readFileSync(path.join(ROOT, 'samples', 'es-asistente-de-proyecto.vn.md'), 'utf8');
const EN = fs.readFileSync(path.join(ROOT, 'samples', 'en-programme-officer.vn.md'), 'utf8');

function vnlint(args: string[], options: RunOptions = {}) {
  return runVnlint(['--only', 'missing-section', ...args], options);
}

function tempDir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-run-')));
}

test('--cache reuses results of unchanged files and recomputes on content, config or version change', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'fr.vn.txt'), FR);
  fs.writeFileSync(path.join(dir, 'es.vn.md'), ES);
  const cachePath = path.join(dir, '.vnlintcache');
  const run = () => JSON.parse(vnlint(['--cache', '--format', 'json', '.'], { cwd: dir }).stdout) as JsonResult[];
  const frMessages = () => run().find((r) => r.filePath.endsWith('fr.vn.txt'))!.messages.map((m) => m.message);
  const tamper = () => {
    // Replace the cached finding with a sentinel: seeing it proves the cache was read.
    const data = JSON.parse(fs.readFileSync(cachePath, 'utf8'));
    const entry = data.files[path.join(dir, 'fr.vn.txt')];
    entry.messages = [{ ...entry.messages[0], message: 'SENTINEL FROM CACHE' }];
    fs.writeFileSync(cachePath, JSON.stringify(data));
    return data;
  };

  assert.ok(!fs.existsSync(cachePath));
  assert.match(frMessages()[0], /Notes/);
  const data = JSON.parse(fs.readFileSync(cachePath, 'utf8'));
  assert.equal(data.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  assert.deepEqual(Object.keys(data.files).sort(), [path.join(dir, 'es.vn.md'), path.join(dir, 'fr.vn.txt')]);

  tamper();
  assert.deepEqual(frMessages(), ['SENTINEL FROM CACHE'], 'unchanged file: cached result');
  const debug = vnlint(['--cache', '.'], { cwd: dir, env: { ...process.env, VNLINT_DEBUG: '1' } });
  assert.match(debug.stderr, /2 files, 0 to lint, 2 from the cache/);
  assert.doesNotMatch(JSON.stringify(JSON.parse(vnlint(['--format', 'json', '.'], { cwd: dir }).stdout)), /SENTINEL/, 'without --cache the cache is not read');

  fs.appendFileSync(path.join(dir, 'fr.vn.txt'), '\n');
  assert.match(frMessages()[0], /Notes/, 'content changed: recomputed');

  tamper();
  fs.writeFileSync(path.join(dir, '.vnlintrc.json'), JSON.stringify({ rules: { 'missing-section': 'warn' } }));
  assert.match(frMessages()[0], /Notes/, 'config changed: recomputed');

  const stale = tamper();
  stale.version = '0.0.0-older';
  fs.writeFileSync(cachePath, JSON.stringify(stale));
  assert.match(frMessages()[0], /Notes/, 'other vnlint version: recomputed');

  fs.writeFileSync(cachePath, '{ not json');
  assert.match(frMessages()[0], /Notes/, 'a corrupt cache is rebuilt, not fatal');

  const elsewhere = path.join(dir, 'cache-dir');
  fs.mkdirSync(elsewhere);
  assert.equal(vnlint(['--cache', '--cache-location', 'cache-dir/', '.'], { cwd: dir }).code, 0);
  assert.ok(fs.existsSync(path.join(elsewhere, '.vnlintcache')));
  assert.equal(vnlint(['--cache', '--cache-location', 'my.cache', '.'], { cwd: dir }).code, 0);
  assert.ok(fs.existsSync(path.join(dir, 'my.cache')));
});

function copySeeds(dir: string, copies: number): string[] {
  const seeds = fs.readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt'));
  const files: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const seed of seeds) {
      const target = path.join(dir, `${String(copy).padStart(3, '0')}-${seed}`);
      fs.copyFileSync(path.join(SEEDS_DIR, seed), target);
      files.push(target);
    }
  }
  return files;
}

test('worker threads above the threshold: same JSON, same order as a serial run', () => {
  const dir = tempDir();
  copySeeds(dir, 14); // 70 files, above the 50-file threshold
  const env = { ...process.env, VNLINT_DEBUG: '1' };
  const parallel = spawnSync(process.execPath, [BIN, '--format', 'json', '--concurrency', '2', dir], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const serial = spawnSync(process.execPath, [BIN, '--format', 'json', '--concurrency', 'off', dir], { encoding: 'utf8', env, maxBuffer: 1 << 28 });
  assert.match(parallel.stderr, /70 files, 70 to lint, 0 from the cache, 2 worker threads/);
  assert.match(serial.stderr, /serial/);
  assert.equal(parallel.status, serial.status);
  assert.equal(parallel.stdout, serial.stdout);
  const paths = (JSON.parse(parallel.stdout) as JsonResult[]).map((r) => r.filePath);
  assert.deepEqual(paths, [...paths].sort());
  assert.equal(paths.length, 70);
  // below the threshold: serial even when workers are allowed
  const small = spawnSync(process.execPath, [BIN, '--concurrency', '2', path.join(dir, '000-*')], { encoding: 'utf8', env });
  assert.match(small.stderr, /serial/);
});

test('progress bar: on stderr only when stderr is a terminal', { skip: !fs.existsSync('/usr/bin/script') && 'needs script(1) for a pseudo-terminal' }, () => {
  const dir = tempDir();
  copySeeds(dir, 5); // 25 files
  const plain = vnlint(['--format', 'json', dir]);
  assert.doesNotMatch(plain.stderr, /notices/);
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --only missing-section --format json ${JSON.stringify(dir)} >/dev/null`;
  const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
  assert.match(tty.stdout, /vnlint \[#+\] 25\/25 notices/);
  assert.match(tty.stdout, /\r\u001b\[2K/, 'the bar is erased at the end');
});

test('--fix killed mid-run (SIGKILL) leaves every file fully old or fully new', async () => {
  const UNUSED = '<!-- vnlint-disable-file missing-section -->';
  const oldText = Buffer.from(`${UNUSED}\n${EN}`);
  const newText = Buffer.from(EN);
  // a large notice per file, so that each write takes a moment
  const bigOld = Buffer.from(`${UNUSED}\n${EN.repeat(40)}`);
  const bigNew = Buffer.from(EN.repeat(40));
  let sawMix = false;
  for (const [concurrency, killAfterWrites] of [['off', 1], ['off', 40], ['2', 1], ['2', 60]] as const) {
    const dir = tempDir();
    const names: string[] = [];
    for (let index = 0; index < 200; index++) {
      const name = `notice-${String(index).padStart(3, '0')}.vn.md`;
      fs.writeFileSync(path.join(dir, name), index % 2 ? bigOld : oldText);
      names.push(name);
    }
    const child = spawn(process.execPath, [BIN, '--only', 'missing-section', '--fix', '--report-unused-disable-directives', '--concurrency', concurrency, dir], { stdio: 'ignore' });
    let renames = 0;
    const watcher = fs.watch(dir, (event, name) => {
      if (event === 'rename' && name && !name.endsWith('.tmp')) {
        renames++;
        if (renames >= killAfterWrites) child.kill('SIGKILL');
      }
    });
    const outcome = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    watcher.close();
    let fresh = 0;
    let stale = 0;
    for (const [index, name] of names.entries()) {
      const bytes = fs.readFileSync(path.join(dir, name));
      const [before, after] = index % 2 ? [bigOld, bigNew] : [oldText, newText];
      if (bytes.equals(after)) fresh++;
      else if (bytes.equals(before)) stale++;
      else assert.fail(`${name} is neither the old nor the new content (${bytes.length} bytes) after a kill`);
    }
    assert.equal(fresh + stale, names.length);
    if (outcome.signal === 'SIGKILL') {
      assert.ok(fresh >= 1, 'killed after a write was seen');
      if (stale > 0) sawMix = true;
    }
    // a new run finishes the job; leftover temporary files (killed between write and rename) are dot files, never linted
    const again = spawnSync(process.execPath, [BIN, '--only', 'missing-section', '--fix', '--report-unused-disable-directives', dir], { encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    for (const [index, name] of names.entries()) assert.ok(fs.readFileSync(path.join(dir, name)).equals(index % 2 ? bigNew : newText), name);
  }
  assert.ok(sawMix, 'at least one run was killed with some files fixed and others not');
});

test('--help documents every option the CLI accepts', () => {
  const help = vnlint(['--help']).stdout;
  const docs = fs.readFileSync(path.join(ROOT, 'docs', 'cli.md'), 'utf8');
  const source = fs.readFileSync(path.join(ROOT, 'server', 'src', 'cli', 'main.ts'), 'utf8');
  const options = [...source.slice(source.indexOf('const OPTIONS'), source.indexOf('} as const;')).matchAll(/^\s+'?([a-z-]+)'?: \{ type:/gm)].map((m) => m[1]);
  assert.ok(options.length > 20);
  for (const option of options) {
    assert.ok(help.includes(`--${option}`), `--help mentions --${option}`);
    assert.ok(docs.includes(`--${option}`), `docs/cli.md mentions --${option}`);
  }
});

test('integrations: action.yml (composite: setup-node, SARIF, upload-sarif) runs its lint step; pre-commit hooks', async () => {
  const { parse } = await import('yaml');
  const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  assert.equal(action.runs.using, 'composite');
  const steps = action.runs.steps as Array<{ id?: string; uses?: string; run?: string; with?: Record<string, string> }>;
  assert.ok(steps.some((step) => step.uses?.startsWith('actions/setup-node@')));
  const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
  assert.equal(upload.with!.sarif_file, '${{ inputs.sarif-file }}');
  // run the lint step as the runner would, against the samples (two are defective)
  const lint = steps.find((step) => step.id === 'lint')!;
  const dir = tempDir();
  const output = path.join(dir, 'github_output');
  fs.writeFileSync(output, '');
  const run = spawnSync('bash', ['-e', '-c', lint.run!], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VNLINT: `${process.execPath} ${BIN} --only missing-section`, FILES: 'samples', ARGS: '--max-warnings 0', SARIF: path.join(dir, 'out.sarif'), GITHUB_OUTPUT: output },
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^::error file=samples\/es-asistente-de-proyecto\.vn\.md,line=\d+/m);
  assert.equal(fs.readFileSync(output, 'utf8').trim(), 'exit-code=1');
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs[0].results.length, 2);
  const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string }>;
  assert.deepEqual(hooks.map((hook) => hook.id), ['vnlint', 'vnlint-fix']);
  assert.ok(hooks.every((hook) => hook.language === 'node' && hook.entry.startsWith('vnlint')));
  assert.ok(new RegExp(hooks[0].files).test('notices/a.vn.md') && !new RegExp(hooks[0].files).test('README.md'));
});

test('a reader that goes away (vnlint … | head) ends the run quietly: no EPIPE stack trace', async () => {
  // megabytes of report (the fixed text of 100 notices), far more than a pipe holds
  const dir = tempDir();
  const seed = fs.readFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((name) => name.startsWith('002'))!));
  for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(dir, `n${i}.vn.txt`), seed);
  const child = spawn(process.execPath, [BIN, '--format', 'json', '--fix-dry-run', '--concurrency', 'off', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.doesNotMatch(stderr, /EPIPE|Error|at /, stderr);
  assert.ok(code === 0 || code === 1, `exit code ${code}`);
});
