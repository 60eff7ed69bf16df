/**
 * The built `vnlint` binary on real files: JSON contract, exit codes, fixes,
 * and bad input (empty, binary, missing, directory without notices).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, seedPath, SEEDS_DIR } from '../helpers.js';
import { runVnlint, type JsonResult, type RunOptions } from './run.js';


function vnlint(args: string[], options: RunOptions = {}) {
  return runVnlint(args, options);
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-cli-'));
}

test('--format json on the seeds: ESLint shape, missing-section exactly where the seeds README says', () => {
  const run = vnlint(['--format', 'json', '--only', 'missing-section', path.join(SEEDS_DIR, '*.txt')]);
  assert.equal(run.code, 1, run.stderr);
  const results = JSON.parse(run.stdout) as JsonResult[];
  assert.equal(results.length, 5);
  const byId = Object.fromEntries(results.map((result) => [path.basename(result.filePath).slice(0, 3), result]));
  for (const result of results) {
    assert.ok(path.isAbsolute(result.filePath));
    assert.equal(result.errorCount, result.messages.filter((message) => message.severity === 2).length);
    for (const message of result.messages) {
      assert.equal(message.ruleId, 'missing-section');
      for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(message[key]) && message[key] >= 1, key);
      assert.ok(message.suggestions && message.suggestions.length === 1, 'a quick fix is offered');
      assert.equal(message.fix, undefined, 'inserting a section is a quick fix, not an automatic one');
    }
  }
  const summary = (id: string) => byId[id].messages.map((message) => `${/“(.+?)”/.exec(message.message)![1]}@${message.line}`);
  assert.deepEqual(summary('000'), ['Notes@119']);
  assert.deepEqual(summary('001'), ['Notes@137']);
  assert.deepEqual(summary('002'), ['Introduction@7', 'Responsibilities@12']);
  assert.deepEqual(summary('003'), []);
  assert.deepEqual(summary('004'), []);
});

test('the quick fix text is what the message promises: the Notes section, in the file\'s style', () => {
  const run = vnlint(['--format', 'json', '--only', 'missing-section', seedPath('000')]);
  const [result] = JSON.parse(run.stdout) as JsonResult[];
  const fix = result.messages[0].suggestions![0].fix;
  const source = fs.readFileSync(seedPath('000'), 'utf8');
  assert.deepEqual(fix.range, [source.length, source.length], 'inserted at the end of the file');
  assert.ok(fix.text.startsWith('\n\nNotes\n\nAny offer made to the candidate'), JSON.stringify(fix.text.slice(0, 80)));
  assert.ok(!fix.text.endsWith('\n'), 'the seed ends without a final newline, and so does the fixed file');
});

test('exit codes: 0 clean, 1 errors, 2 bad arguments or paths', () => {
  const dir = tempDir();
  assert.equal(vnlint(['samples/en-programme-officer.vn.md']).code, 0);
  assert.equal(vnlint(['samples']).code, 1);
  const unknownOption = vnlint(['--no-such-option', 'samples']);
  assert.equal(unknownOption.code, 2);
  assert.match(unknownOption.stderr, /Unknown option/);
  const unknownRule = vnlint(['--only', 'no-such-rule', 'samples']);
  assert.equal(unknownRule.code, 2);
  assert.match(unknownRule.stderr, /unknown rule "no-such-rule"/);
  const missing = vnlint([path.join(dir, 'nope.vn.md')]);
  assert.equal(missing.code, 2);
  assert.equal(missing.stderr.trim().split('\n').length, 1, 'one-line message');
  assert.match(missing.stderr, /no such file or directory/);
  const emptyDir = vnlint([dir]);
  assert.equal(emptyDir.code, 2);
  assert.match(emptyDir.stderr, /no notices found in directory/);
  assert.equal(vnlint([]).code, 2);
  assert.equal(vnlint(['--format', 'xml', 'samples']).code, 2);
});

test('bad input: empty, whitespace-only and binary files get one clear message, never a crash', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'empty.vn.md'), '');
  fs.writeFileSync(path.join(dir, 'blank.vn.md'), '\n \u00A0\n');
  fs.writeFileSync(path.join(dir, 'binary.vn.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  const run = vnlint(['--format', 'json', dir]);
  assert.equal(run.code, 1, 'a binary file is a fatal error for that file');
  assert.equal(run.stderr, '');
  const results = JSON.parse(run.stdout) as JsonResult[];
  const byName = Object.fromEntries(results.map((result) => [path.basename(result.filePath), result]));
  assert.equal(byName['empty.vn.md'].messages.length, 1);
  assert.match(byName['empty.vn.md'].messages[0].message, /Empty file/);
  assert.equal(byName['empty.vn.md'].messages[0].severity, 1);
  assert.match(byName['blank.vn.md'].messages[0].message, /Empty file/);
  assert.equal(byName['binary.vn.md'].messages.length, 1);
  assert.match(byName['binary.vn.md'].messages[0].message, /Binary file/);
  assert.equal(byName['binary.vn.md'].messages[0].ruleId, null);
  assert.equal(byName['binary.vn.md'].messages[0].severity, 2);
});

test('stylish output names the file, the position, the rule; exit code follows errors', () => {
  const run = vnlint(['samples/fr-charge-de-programme.vn.txt']);
  assert.equal(run.code, 1);
  assert.match(run.stdout, /fr-charge-de-programme\.vn\.txt/);
  assert.match(run.stdout, /\d+:\d+(-\d+:\d+)?\s+error\s+Section “Notes” is missing.*missing-section/);
  assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colours when stdout is not a TTY');
});

test('--fix-dry-run prints output without writing; --fix writes only files with fixes; bytes preserved', () => {
  const dir = tempDir();
  const file = path.join(dir, 'notice.vn.md');
  const original = fs.readFileSync(seedPath('000'));
  fs.writeFileSync(file, original);
  const dry = vnlint(['--format', 'json', '--fix-dry-run', file]);
  const [result] = JSON.parse(dry.stdout) as JsonResult[];
  // missing-section has only a quick fix: no automatic change, so no output and an untouched file
  assert.equal(result.output, undefined);
  assert.deepEqual(fs.readFileSync(file), original);
  vnlint(['--fix', file]);
  assert.deepEqual(fs.readFileSync(file), original, '--fix never rewrites a file it has no automatic fix for');
});

test('--only rejects nothing valid and restricts the rules run', () => {
  const run = vnlint(['--format', 'json', '--only', 'missing-section', 'samples']);
  const results = JSON.parse(run.stdout) as JsonResult[];
  assert.ok(results.every((result) => result.messages.every((message) => message.ruleId === 'missing-section')));
  assert.ok(results.some((result) => result.messages.length > 0));
});

test('--help and --version', () => {
  const help = vnlint(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: vnlint/);
  const version = vnlint(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
});
