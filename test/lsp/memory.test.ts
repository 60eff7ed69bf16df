/**
 * The language server's memory measures (docs/lsp.md, "Memory"):
 * - every launch path passes the same node options: the bin's #! line, the
 *   VS Code client's execArgv (run and debug), and the server really runs
 *   with them when started as users start it (the bin itself);
 * - LintCache keeps whole results only for the most recently used documents,
 *   keeps what a pull "unchanged" needs for the others, lints them again on
 *   demand, and forgets closed documents;
 * - the idle collector collects once a burst of lints is over, and only
 *   when the heap grew.
 * No timing or memory-size assertions: the figures are bench/lsp.bench.ts's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { KEEP_RESULTS, LintCache } from '../../server/src/lsp/documents.js';
import { findGc, IdleCollector } from '../../server/src/lsp/memory.js';
import { SERVER_NODE_OPTIONS, type NoticeSummary } from '../../server/src/lsp/protocol.js';
import { readSeed, ROOT } from '../helpers.js';
import { startClient } from './client.js';

const BIN = path.join(ROOT, 'bin', 'vnlint-language-server.js');
const sleep = (msec: number) => new Promise((resolve) => setTimeout(resolve, msec));

test('the bin’s #! line passes the server’s node options (npm links run it, its Windows shims copy it)', () => {
  const first = readFileSync(BIN, 'utf8').split('\n', 1)[0];
  assert.equal(first, `#!/usr/bin/env -S node ${SERVER_NODE_OPTIONS.join(' ')}`);
  assert.ok(SERVER_NODE_OPTIONS.some((option) => option.startsWith('--max-semi-space-size=')));
});

test('the VS Code client starts the server with the same node options, run and debug', () => {
  const source = readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
  const serverOptions = /const serverOptions: ServerOptions = \{([\s\S]*?)\n {2}\};/.exec(source)?.[1] ?? '';
  const [run = '', debug = ''] = serverOptions.split(/\n {4}debug: /);
  assert.match(run, /run: \{[^\n]*options: \{ execArgv: \[\.\.\.SERVER_NODE_OPTIONS\] \}/);
  assert.match(debug, /options: \{ execArgv: \[\.\.\.SERVER_NODE_OPTIONS, [^\]]*\] \}/);
});

test('started as users start it (the bin itself), the server runs with them', { skip: process.platform !== 'linux' && 'reads /proc' }, async () => {
  const client = await startClient();
  try {
    const argv = readFileSync(`/proc/${client.process.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const script = argv.indexOf(BIN);
    assert.ok(script > 0, argv.join(' '));
    assert.deepEqual(argv.slice(1, script), [...SERVER_NODE_OPTIONS]);
    assert.deepEqual(argv.slice(script + 1), ['--stdio']);
  } finally {
    await client.stop();
  }
});

function doc(i: number, text = readSeed('000')): TextDocument {
  return TextDocument.create(`file:///memory/${i}.vn.md`, 'vacancy-notice', 1, text);
}

test('LintCache keeps whole results for the most recently used documents only, and lints the others again on demand', () => {
  const lints: number[] = [];
  const cache = new LintCache(2, () => lints.push(cache.lintRuns));
  const [a, b, c] = [doc(1), doc(2), doc(3)];
  const first = cache.get(a, {});
  cache.get(b, {});
  assert.equal(cache.get(a, {}), first, 'same version and config: the cached result');
  cache.get(c, {});
  assert.equal(cache.resultsKept, 2);
  assert.equal(cache.lintRuns, 3);
  assert.deepEqual(lints, [1, 2, 3], 'afterLint once per lint that ran');
  // b was the least recently used: it keeps its version (a pull can answer "unchanged")
  const stub = cache.last(b.uri)!;
  assert.deepEqual(stub, { version: 1, configKey: '{}', ms: stub.ms }, 'a stub: no result, no tree');
  assert.equal(typeof stub.ms, 'number', 'the lint duration stays (pull mode waits by it)');
  assert.equal('result' in cache.last(b.uri)!, false);
  assert.ok('result' in cache.last(a.uri)! && 'result' in cache.last(c.uri)!);
  // …and is linted again when a request needs its tree
  const again = cache.get(b, {});
  assert.equal(cache.lintRuns, 4);
  assert.deepEqual(again.result.messages, first.result.messages);
  assert.equal(cache.resultsKept, 2);
  assert.equal('result' in cache.last(a.uri)!, false, 'a is now the least recently used');
  cache.delete(b.uri);
  cache.delete(a.uri);
  assert.equal(cache.last(b.uri), undefined, 'a closed document leaves nothing behind');
  assert.equal(cache.last(a.uri), undefined);
  assert.equal(cache.resultsKept, 1);
});

test('the language server answers for a notice whose result it let go (linted again)', async () => {
  const client = await startClient();
  try {
    const uris = Array.from({ length: KEEP_RESULTS + 2 }, (_, i) => `file:///memory/open-${i}.vn.md`);
    for (const [i, uri] of uris.entries()) {
      client.open(uri, readSeed(String((i + 1) % 5).padStart(3, '0')));
      await client.nextDiagnostics(uri, 1);
    }
    const uri = uris[0]!;
    const before = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri } });
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } });
    const after = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri } });
    // the first summary linted it again (it was the least recently used); the rest reused that result
    assert.equal(before.lintRuns, uris.length + 1);
    assert.equal(after.lintRuns, before.lintRuns);
    assert.ok(symbols.length > 3, JSON.stringify(symbols.map((s) => s.name)));
    assert.ok(hover, 'hover on a header field');
  } finally {
    await client.stop();
  }
});

test('the idle collector collects twice once the lints stop, only when the heap grew', async () => {
  let calls = 0;
  const grown = new IdleCollector(() => calls++, 5, 0);
  grown.busy();
  grown.busy();
  for (let i = 0; i < 100 && calls < 2; i++) await sleep(20);
  assert.equal(calls, 2);
  let idleCalls = 0;
  const unchanged = new IdleCollector(() => idleCalls++, 5, Number.POSITIVE_INFINITY);
  unchanged.busy();
  await sleep(100);
  assert.equal(idleCalls, 0);
  grown.dispose();
  unchanged.dispose();
});

test('the server finds V8’s gc without --expose-gc, and does not leave it exposed', () => {
  const gc = findGc();
  assert.equal(typeof gc, 'function');
  gc!();
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined');
});
