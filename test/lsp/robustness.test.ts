/**
 * The language server survives malformed LSP traffic and keeps serving: raw
 * frames with bad JSON or non-JSON-RPC bodies, unknown requests and
 * notifications, edits out of range (past the end, negative, reversed),
 * a document closed twice, didChange for a document never opened, requests
 * about unknown documents, a huge single change. After each batch the
 * process is still alive, and both the damaged document and a fresh one get
 * correct diagnostics (equal to those of the same text opened afresh).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { readSeed } from '../helpers.js';
import { startClient, type TestClient } from './client.js';

/** Writes one raw LSP frame (header + body) to the server's stdin. */
function rawFrame(client: TestClient, body: string | Buffer, header?: string) {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  client.process.stdin.write(Buffer.concat([Buffer.from(header ?? `Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
}

/** Opens `text` under a fresh URI and returns its diagnostics (the reference for a text). */
async function freshDiagnostics(client: TestClient, text: string, name: string): Promise<PublishDiagnosticsParams['diagnostics']> {
  const uri = `file:///robust/${name}.vn.md`;
  client.open(uri, text);
  return (await client.nextDiagnostics(uri, 1)).diagnostics;
}

/** Diagnostics without the document version their data carries (it differs between two URIs by design). */
function comparable(diagnostics: PublishDiagnosticsParams['diagnostics']) {
  return diagnostics.map((diagnostic) => ({ ...diagnostic, data: { ...(diagnostic.data as object), version: undefined } }));
}

async function assertAlive(client: TestClient, label: string) {
  assert.equal(client.process.exitCode, null, `${label}: the server exited (stderr: ${client.stderr()})`);
  // a request/response round trip still works
  const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///robust/never-opened.vn.md' } });
  assert.ok(symbols === null || Array.isArray(symbols), `${label}: documentSymbol answered ${JSON.stringify(symbols)}`);
}

test('malformed traffic does not stop the server, and it keeps serving other documents', async () => {
  const client = await startClient();
  const seed = readSeed('000');
  const other = readSeed('004');
  try {
    const uri = 'file:///robust/main.vn.md';
    client.open(uri, seed);
    const initial = await client.nextDiagnostics(uri, 1);
    assert.ok(initial.diagnostics.length > 0, 'seed 000 has findings');

    // 1. bad JSON, JSON that is not JSON-RPC, a bad header, binary garbage
    rawFrame(client, '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{');
    rawFrame(client, '[1,2,3]');
    rawFrame(client, '{"jsonrpc":"2.0"}');
    rawFrame(client, '{"jsonrpc":"2.0","id":99,"method":"textDocument/hover","params":null}');
    rawFrame(client, Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x7b]));
    await assertAlive(client, 'after bad JSON');

    // 2. unknown requests fail with MethodNotFound; unknown notifications are ignored
    await assert.rejects(client.request('vnlint/doesNotExist', { x: 1 }), (error: { code?: number }) => error.code === -32601);
    await assert.rejects(client.request('$/unknownRequest', null));
    void client.connection.sendNotification('vnlint/unknownNotification', { x: 1 });
    void client.connection.sendNotification('$/unknownNotification', {});
    await assertAlive(client, 'after unknown methods');

    // 3. edits out of range: past the end, negative, reversed; the document stays consistent
    let expected = TextDocument.create(uri, 'vacancy-notice', 1, seed);
    const changes = [
      { range: { start: { line: 100000, character: 0 }, end: { line: 100001, character: 5 } }, text: '\nAppended past the end.' },
      { range: { start: { line: -5, character: -3 }, end: { line: -1, character: 0 } }, text: 'Negative. ' },
      { range: { start: { line: 3, character: 500000 }, end: { line: 2, character: 0 } }, text: 'Reversed.' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'ok ' },
    ];
    let version = 1;
    for (const change of changes) {
      version++;
      client.change(uri, version, [change]);
      expected = TextDocument.update(expected, [change], version);
    }
    const afterEdits = await client.nextDiagnostics(uri, version);
    // (vscode-languageserver-textdocument leaves holes in its line table for a range past the end, and positionAt
    // then answers NaN: the server must clamp ranges to the document before applying them)
    assert.deepEqual(comparable(afterEdits.diagnostics), comparable(await freshDiagnostics(client, expected.getText(), 'reference-1')), 'diagnostics after out-of-range edits');

    // 4. didChange for a document never opened; a full-text change without a range for it too
    client.change('file:///robust/never-opened.vn.md', 7, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///robust/ghost.vn.md', version: 2 }, contentChanges: [{ text: 'ghost' }] });
    // and malformed params for known methods
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: 'not an array' });
    void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///robust/bad-open.vn.md' } });
    void client.connection.sendNotification('textDocument/didChange', {});
    await assertAlive(client, 'after didChange for unopened documents');

    // 5. a document closed twice, then reopened
    const twice = 'file:///robust/twice.vn.md';
    client.open(twice, other);
    await client.nextDiagnostics(twice, 1);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: twice } });
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: twice } });
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///robust/never-opened.vn.md' } });
    await assertAlive(client, 'after closing twice');
    client.open(twice, other);
    const reopened = await client.nextDiagnostics(twice, 1);
    assert.ok(reopened.diagnostics.length > 0, 'the reopened document is linted');

    // 6. requests about unknown documents and positions far outside a known one
    for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/foldingRange', 'textDocument/documentSymbol']) {
      for (const target of ['file:///robust/unknown.vn.md', uri]) {
        const position = { line: 999999, character: 999999 };
        const range = { start: { line: -1, character: 0 }, end: position };
        await client
          .request(method, { textDocument: { uri: target }, position, range, context: { diagnostics: [] } })
          .catch((error: { code?: number }) => assert.ok(typeof error.code === 'number', `${method}: ${String(error)}`));
      }
    }
    await assertAlive(client, 'after requests about unknown documents');

    // 7. the original document still follows well-formed edits exactly
    version++;
    const fine = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Edited.\n' };
    client.change(uri, version, [fine]);
    expected = TextDocument.update(expected, [fine], version);
    const last = await client.nextDiagnostics(uri, version);
    assert.deepEqual(comparable(last.diagnostics), comparable(await freshDiagnostics(client, expected.getText(), 'reference-2')));
    assert.equal(client.process.exitCode, null);
    assert.doesNotMatch(client.stderr(), /Uncaught|FATAL|heap out of memory/);
  } finally {
    await client.stop();
  }
});
