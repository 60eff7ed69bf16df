/// <reference types="mocha" />
// End-to-end tests of the vnlint extension in a real VS Code (see scripts/run-vscode-tests.js).
// The workspace is a fresh copy of test/e2e/workspace:
//   draft.vn.md     = seed 000 (body-only EN notice whose only missing section is Notes)
//   typing.vn.txt   = the same text, for the typing test
//   clean.notice.md = seed 000 with an EN header and the Notes section added
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID, LANGUAGE_ID, codeOf, describeDiagnostics, diagnosticsPublished, flattenSymbols, notesDiagnostic, open,
  screenshot, screenshotsOn, sleep, vnlintDiagnostics, waitFor, wsUri,
} from './helpers';

const NOTES_TEXT = '\n\nNotes\n\nAny offer made to the candidate in relation to this vacancy notice is subject to funding confirmation.';

async function tryCommand(id: string, ...args: unknown[]): Promise<void> {
  try { await vscode.commands.executeCommand(id, ...args); } catch (e) { console.warn(`command ${id} failed: ${String(e)}`); }
}

async function waitForNotesDiagnostic(uri: vscode.Uri): Promise<vscode.Diagnostic> {
  return waitFor(() => notesDiagnostic(uri), `a vnlint missing-section (Notes) diagnostic on ${uri.path}`,
    20_000, 100, () => describeDiagnostics(uri));
}

async function waitForNoNotesDiagnostic(uri: vscode.Uri, why: string): Promise<void> {
  await waitFor(() => !notesDiagnostic(uri), `the missing-section (Notes) diagnostic to go away ${why}`,
    20_000, 100, () => describeDiagnostics(uri));
}

suite('vnlint in VS Code', () => {
  suiteSetup(async function () {
    this.timeout(60_000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath must be the repo root, package.json main must exist)`);
    await ext.activate();
    await tryCommand('workbench.action.closeAllEditors');
  });

  test('the extension activates', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(ext.isActive, true);
    console.log(`      VS Code ${vscode.version}, uiKind ${vscode.env.uiKind}, remote ${vscode.env.remoteName ?? '-'}`);
  });

  test('*.vn.md, *.vn.txt and *.notice.md open as vacancy-notice', async () => {
    for (const name of ['draft.vn.md', 'typing.vn.txt', 'clean.notice.md']) {
      const doc = await vscode.workspace.openTextDocument(wsUri(name));
      assert.equal(doc.languageId, LANGUAGE_ID, `${name} has language ${doc.languageId}`);
    }
  });

  test('a draft without Notes gets a missing-section diagnostic', async () => {
    const editor = await open('draft.vn.md');
    const uri = editor.document.uri;
    const diag = await waitForNotesDiagnostic(uri);
    assert.equal(diag.source, 'vnlint');
    assert.equal(codeOf(diag), 'missing-section');
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Error, 'a missing required section is an error (rule book §5)');
    assert.match(diag.message, /notes/i);
    if (typeof diag.code === 'object') assert.ok(diag.code.target instanceof vscode.Uri, 'code.target should be the rule doc URI');
    assert.ok(diag.range.end.line < editor.document.lineCount, 'range inside the document');
    console.log(`      ${describeDiagnostics(uri)}`);

    if (screenshotsOn()) {
      editor.selection = new vscode.Selection(diag.range.start, diag.range.start);
      editor.revealRange(diag.range, vscode.TextEditorRevealType.InCenter);
      await tryCommand('workbench.actions.view.problems');
      await screenshot('e2e-diagnostics', { settleMs: 1500 });
      await tryCommand('workbench.action.closePanel');
      await tryCommand('workbench.action.focusActiveEditorGroup');
      await tryCommand('editor.action.showHover');
      await screenshot('e2e-hover-diagnostic', { settleMs: 1500 });
      await tryCommand('editor.action.hideHover');
    }
  });

  test('the quick fix inserts the Notes section and the diagnostic goes away', async () => {
    const editor = await open('draft.vn.md');
    const doc = editor.document;
    const uri = doc.uri;
    const diag = await waitForNotesDiagnostic(uri);

    const actions = await waitFor(async () => {
      const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value, 10);
      return all?.length ? all : undefined;
    }, 'quick fixes at the missing-section diagnostic', 10_000, 200);
    // A bare Command has `command: string`; a CodeAction has `command?: Command`. The API command
    // does not carry CodeAction.diagnostics back (VS Code 1.100 returns []), so match on them only when present.
    const quickFixes = actions.filter((a): a is vscode.CodeAction => typeof a.command !== 'string' &&
      !!(a as vscode.CodeAction).kind && vscode.CodeActionKind.QuickFix.contains((a as vscode.CodeAction).kind!));
    const fixes = quickFixes.filter(a => !a.diagnostics?.length || a.diagnostics.some(d => codeOf(d) === 'missing-section'));
    console.log(`      code actions: ${actions.map(a => `${JSON.stringify(a.title)} ${(a as vscode.CodeAction).kind?.value ?? ''} ` +
      `[${((a as vscode.CodeAction).diagnostics ?? []).map(d => `${d.source}:${codeOf(d)}:${JSON.stringify(d.code)}`).join(',')}]`).join('; ')}`);
    const fix = fixes.find(a => /notes/i.test(a.title)) ?? fixes[0];
    assert.ok(fix, `no quick fix attached to the missing-section diagnostic (got: ${actions.map(a => a.title).join(' | ') || 'none'})`);
    assert.ok(fix.edit || fix.command, 'the quick fix has neither an edit nor a command');

    if (screenshotsOn()) {
      editor.selection = new vscode.Selection(diag.range.start, diag.range.start);
      editor.revealRange(diag.range, vscode.TextEditorRevealType.InCenter);
      await tryCommand('editor.action.quickFix');
      await screenshot('e2e-quick-fix', { settleMs: 1500 });
      await tryCommand('hideCodeActionWidget');
    }

    const inserted: string[] = [];
    if (fix.edit) {
      for (const [u, edits] of fix.edit.entries()) {
        if (u.toString() === uri.toString()) inserted.push(...edits.map(e => e.newText));
      }
      assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'workspace.applyEdit refused the fix');
    }
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    await waitForNoNotesDiagnostic(uri, 'after the quick fix');
    const text = doc.getText();
    for (const t of inserted) {
      assert.ok(text.includes(t.trim()), `inserted text not found: ${JSON.stringify(t.slice(0, 80))}`);
      assert.doesNotMatch(t.trim(), /\n[ \t]*\n[ \t]*\n/, 'the inserted section has at most one blank line between paragraphs');
    }
    assert.match(text, /^(#+\s*)?\**Notes\**:?\s*$/m, 'a Notes heading line is in the document');
    const missing = vnlintDiagnostics(uri).filter(d => codeOf(d) === 'missing-section');
    assert.deepEqual(missing.map(d => d.message), [], 'no section is missing after the fix');

    if (screenshotsOn()) {
      const at = doc.positionAt(text.search(/^(#+\s*)?\**Notes/m));
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
      await screenshot('e2e-after-fix', { settleMs: 1500 });
    }
  });

  test('diagnostics follow typing', async () => {
    const editor = await open('typing.vn.txt');
    const doc = editor.document;
    const uri = doc.uri;
    await waitForNotesDiagnostic(uri);

    // 1. An edit (TextEditor.edit) that adds the section
    const end = doc.positionAt(doc.getText().length);
    assert.equal(await editor.edit(b => b.insert(end, NOTES_TEXT)), true);
    await waitForNoNotesDiagnostic(uri, 'after inserting a Notes section with editor.edit');

    // 2. ... and removing it again
    const newEnd = doc.positionAt(doc.getText().length);
    assert.equal(await editor.edit(b => b.delete(new vscode.Range(end, newEnd))), true);
    await waitForNotesDiagnostic(uri);

    // 3. Keystrokes: the `type` command goes through the editor's typing path (incremental changes)
    const beforeTyping = doc.getText();
    const tail = doc.positionAt(beforeTyping.length);
    editor.selection = new vscode.Selection(tail, tail);
    for (const chunk of NOTES_TEXT.match(/[\s\S]{1,12}/g)!) await vscode.commands.executeCommand('type', { text: chunk });
    assert.ok(doc.getText().endsWith('subject to funding confirmation.'), 'typed text is at the end of the document');
    await waitForNoNotesDiagnostic(uri, 'after typing a Notes section');

    // 4. Undo the typing: back to the original text and its missing-section
    for (let i = 0; i < 100 && doc.getText() !== beforeTyping; i++) await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), beforeTyping, 'undo removed the typed section');
    await waitForNotesDiagnostic(uri);
  });

  test('the outline lists the sections (documentSymbolProvider)', async () => {
    const editor = await open('clean.notice.md');
    const uri = editor.document.uri;
    let last: unknown;
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider', uri);
      last = s;
      return s?.length ? s : undefined;
    }, 'document symbols for clean.notice.md — the vnlint server must advertise documentSymbolProvider (one symbol per section)',
    20_000, 250, () => JSON.stringify(last));
    const names = flattenSymbols(symbols);
    console.log(`      outline: ${names.map(n => JSON.stringify(n)).join(', ')}`);
    const index = (re: RegExp) => names.findIndex(n => re.test(n));
    for (const re of [/introduction/i, /responsibilit/i, /education/i, /notes/i]) {
      assert.ok(index(re) >= 0, `no outline symbol matches ${re}`);
    }
    assert.ok(index(/introduction/i) < index(/notes/i), 'symbols are in document order');

    if (screenshotsOn()) {
      await tryCommand('outline.focus');
      await screenshot('e2e-outline', { settleMs: 1500 });
      await tryCommand('workbench.action.focusActiveEditorGroup');
      await tryCommand('workbench.action.gotoSymbol');
      await screenshot('e2e-goto-symbol', { settleMs: 1500 });
      await tryCommand('workbench.action.closeQuickOpen');
    }
  });

  test('hover on a section heading', async () => {
    const editor = await open('clean.notice.md');
    const doc = editor.document;
    const tried: string[] = [];
    let found: vscode.Hover[] | undefined;
    await waitFor(async () => {
      for (const re of [/^Introduction$/m, /^Notes$/m, /^Grade:/m]) {
        const pos = doc.positionAt(doc.getText().search(re) + 2);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
        tried.push(`${pos.line + 1}:${pos.character + 1}`);
        if (hovers?.some(h => h.contents.length)) { found = hovers; editor.selection = new vscode.Selection(pos, pos); return true; }
      }
      return false;
    }, 'a hover from vnlint on a heading (server: hoverProvider)', 10_000, 500, () => `positions tried ${[...new Set(tried)].join(', ')}`);
    const text = found!.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n');
    console.log(`      hover: ${JSON.stringify(text.slice(0, 120))}`);
    assert.ok(text.trim().length > 0);

    if (screenshotsOn()) {
      editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
      await tryCommand('editor.action.showHover');
      await screenshot('e2e-hover', { settleMs: 1500 });
      await tryCommand('editor.action.hideHover');
    }
  });

  test('a complete notice has no missing-section and no error', async () => {
    // A fresh file, so the first publication of its diagnostics (even an empty list) is observable:
    // an empty list could not be told from "not linted yet" by polling.
    const uri = wsUri('clean-copy.notice.md');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(wsUri('clean.notice.md')));
    const published = diagnosticsPublished(uri, 20_000);
    await vscode.window.showTextDocument(uri, { preview: false });
    await published;
    await sleep(300);
    console.log(`      ${describeDiagnostics(uri)}`);
    const bad = vnlintDiagnostics(uri).filter(d => codeOf(d) === 'missing-section' || d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(bad.map(d => `${codeOf(d)} ${d.range.start.line + 1}: ${d.message}`), []);
  });
});
