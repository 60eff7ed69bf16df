/**
 * Protocol tests: the built language server over stdio, driven by a plain
 * JSON-RPC client (no VS Code). Open a notice, receive diagnostics, ask for
 * code actions, apply one, and see the diagnostic go.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { readSeed } from '../helpers.js';
import { byRule, startClient } from './client.js';

function applyEdits(text: string, edits: TextEdit[]): string {
  const document = TextDocument.create('file:///x', 'vacancy-notice', 1, text);
  return TextDocument.applyEdits(document, edits);
}

test('open -> diagnostics -> code action -> apply -> diagnostic gone', async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/seed-000.vn.txt';
    const text = readSeed('000');
    client.open(uri, text);
    const published = await client.nextDiagnostics(uri, 1);
    const missing = byRule(published.diagnostics, 'missing-section');
    assert.equal(missing.length, 1, JSON.stringify(published.diagnostics, null, 1));
    const diagnostic = missing[0];
    assert.equal(diagnostic.source, 'vnlint');
    assert.equal(diagnostic.severity, 1);
    assert.match(diagnostic.message, /“Notes” is missing/);
    assert.equal(diagnostic.range.start.line, 118, '0-based line of seed line 119');
    assert.match(String(diagnostic.codeDescription?.href), /docs\/rules\/missing-section\.md$/);

    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    // the fix, and "Disable missing-section for this line"
    assert.deepEqual(actions.map((a) => a.title), ['Insert the “Notes” section', 'Disable missing-section for this line']);
    const action = actions[0];
    assert.equal(action.kind, 'quickfix');
    assert.match(action.title, /Insert the “Notes” section/);
    const edits = action.edit!.changes![uri];
    const fixed = applyEdits(text, edits);
    assert.ok(fixed.startsWith(text), 'the fix only appends');
    assert.match(fixed.slice(text.length), /^\n\nNotes\n\nAny offer made to the candidate/);

    // apply it the way an editor does: an incremental change
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: edits.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    const after = await client.nextDiagnostics(uri, 2);
    assert.deepEqual(byRule(after.diagnostics, 'missing-section'), []);
  } finally {
    await client.stop();
  }
});

test('diagnostics after incremental edits equal those of a fresh open', async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/edited.vn.txt';
    const text = readSeed('001');
    client.open(uri, text);
    await client.nextDiagnostics(uri, 1);
    // delete the "Languages" heading line (line 102, 0-based 101) in an incremental change
    const lines = text.split('\n');
    const languagesLine = lines.findIndex((line) => line === 'Languages');
    assert.ok(languagesLine > 0);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: languagesLine, character: 0 }, end: { line: languagesLine + 1, character: 0 } }, text: '' }],
    });
    const edited = await client.nextDiagnostics(uri, 2);
    const freshUri = 'file:///tmp/fresh.vn.txt';
    lines.splice(languagesLine, 1);
    client.open(freshUri, lines.join('\n'));
    const fresh = await client.nextDiagnostics(freshUri, 1);
    const strip = (diagnostics: Diagnostic[]) => diagnostics.map(({ data: _data, ...rest }) => rest);
    assert.deepEqual(strip(edited.diagnostics), strip(fresh.diagnostics));
    assert.ok(byRule(edited.diagnostics, 'missing-section').some((diagnostic) => /“Languages”/.test(diagnostic.message)));
  } finally {
    await client.stop();
  }
});

test('closing a document clears its diagnostics; the server survives bad input', async () => {
  const client = await startClient();
  try {
    const uri = 'file:///tmp/bad.vn.txt';
    client.open(uri, '\u0000\u0001 binary \uFFFF garbage \r\n\r');
    await client.nextDiagnostics(uri, 1);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.nextDiagnostics(uri);
    assert.deepEqual(cleared.diagnostics, []);
    // still serving
    const other = 'file:///tmp/other.vn.txt';
    client.open(other, readSeed('003'));
    const published = await client.nextDiagnostics(other, 1);
    assert.ok(Array.isArray(published.diagnostics));
  } finally {
    await client.stop();
  }
});

test('the bin refuses to start without a transport flag', async () => {
  const { spawnSync } = await import('node:child_process');
  const path = await import('node:path');
  const { ROOT } = await import('../helpers.js');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vnlint-language-server.js')], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--stdio/);
});
