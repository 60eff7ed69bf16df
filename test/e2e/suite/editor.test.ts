/// <reference types="mocha" />
// End-to-end tests of the editor experience (issue 7) in a real VS Code: typing into a notice,
// the grade-format quick fix, Fix all on save (editor.codeActionsOnSave), the hierarchical outline,
// completion, hover on a heading, and the "New vacancy notice" / "Show notice summary" commands.
// Notices are written at run time into the workspace copy (never into test/e2e/workspace), built
// from the template with the server's own skeleton generator.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildSkeleton } from '../../../server/src/lsp/skeleton';
import { EXTENSION_ID, LANGUAGE_ID, codeOf, describeDiagnostics, screenshot, screenshotsOn, sleep, vnlintDiagnostics, waitFor, wsUri } from './helpers';

async function tryCommand(id: string, ...args: unknown[]): Promise<void> {
  try { await vscode.commands.executeCommand(id, ...args); } catch (e) { console.warn(`command ${id} failed: ${String(e)}`); }
}

/** Writes `text` to a new file in the workspace copy and opens it. */
async function openNew(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = wsUri(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const doc = await vscode.workspace.openTextDocument(uri);
  assert.equal(doc.languageId, LANGUAGE_ID);
  return vscode.window.showTextDocument(doc, { preview: false });
}

function gradeDiagnostic(uri: vscode.Uri) {
  return vnlintDiagnostics(uri).find(d => codeOf(d) === 'grade-format');
}

suite('vnlint editor experience', () => {
  suiteSetup(async function () {
    this.timeout(60_000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    await tryCommand('workbench.action.closeAllEditors');
  });

  test('typing a non-canonical grade shows grade-format; its quick fix corrects it', async () => {
    const skeleton = buildSkeleton({ noticeType: 'VN', language: 'en', grade: 'P-3' }).text;
    const editor = await openNew('typed-grade.vn.md', skeleton);
    const doc = editor.document;
    // select "P-3" and type "P4" keystroke by keystroke
    const start = doc.positionAt(doc.getText().indexOf('Grade: P-3') + 'Grade: '.length);
    editor.selection = new vscode.Selection(start, start.translate(0, 3));
    for (const ch of 'P4') await vscode.commands.executeCommand('type', { text: ch });
    assert.match(doc.getText(), /^Grade: P4$/m);
    const diag = await waitFor(() => gradeDiagnostic(doc.uri), 'a grade-format diagnostic after typing', 20_000, 100, () => describeDiagnostics(doc.uri));
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diag.range.start.line, start.line);
    if (typeof diag.code === 'object') assert.match(String(diag.code.target), /docs\/rules\/grade-format\.md$/);

    const actions = await waitFor(async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
      return all?.length ? all : undefined;
    }, 'quick fixes for grade-format');
    console.log(`      code actions: ${actions.map(a => JSON.stringify(a.title)).join(', ')}`);
    const fix = actions.find(a => a.isPreferred) ?? actions[0]!;
    assert.ok(fix.edit, 'the quick fix carries an edit');
    if (screenshotsOn()) {
      editor.selection = new vscode.Selection(diag.range.start, diag.range.start);
      editor.revealRange(diag.range, vscode.TextEditorRevealType.InCenter);
      await tryCommand('editor.action.quickFix');
      await screenshot('editor-quick-fix-grade', { settleMs: 1500 });
      await tryCommand('hideCodeActionWidget');
    }
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true);
    assert.match(doc.getText(), /^Grade: P-4$/m);
    await waitFor(() => !gradeDiagnostic(doc.uri), 'grade-format to go away after the quick fix', 20_000, 100, () => describeDiagnostics(doc.uri));
    await doc.save();
  });

  test('Fix all on save (editor.codeActionsOnSave: source.fixAll.vnlint)', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
    await config.update('codeActionsOnSave', { 'source.fixAll.vnlint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const skeleton = buildSkeleton({ noticeType: 'VN', language: 'fr', grade: 'P-4' }).text;
      const editor = await openNew('fix-on-save.vn.md', skeleton);
      const doc = editor.document;
      const at = doc.getText().indexOf('Grade: P-4');
      assert.ok(at >= 0);
      assert.equal(await editor.edit(b => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'Grade: P-4'.length)), 'Grade: P4')), true);
      await waitFor(() => gradeDiagnostic(doc.uri), 'grade-format before saving', 20_000, 100, () => describeDiagnostics(doc.uri));
      assert.equal(await doc.save(), true);
      await waitFor(() => /^Grade: P-4$/m.test(doc.getText()), 'the grade fixed on save', 20_000, 100, () => doc.getText().split('\n').find(l => l.startsWith('Grade')) ?? '');
      assert.equal(doc.isDirty, false, 'the fix was applied before writing');
      const onDisk = Buffer.from(await vscode.workspace.fs.readFile(doc.uri)).toString('utf8');
      assert.match(onDisk, /^Grade: P-4$/m);
      await waitFor(() => !gradeDiagnostic(doc.uri), 'grade-format gone after save');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  test('"Fix all auto-fixable problems" command', async () => {
    const skeleton = buildSkeleton({ noticeType: 'SVN', language: 'en', grade: 'G-6' }).text.replace('Grade: G-6', 'Grade: G6');
    const editor = await openNew('fix-command.vn.md', skeleton);
    const doc = editor.document;
    await waitFor(() => gradeDiagnostic(doc.uri), 'grade-format before the command', 20_000, 100, () => describeDiagnostics(doc.uri));
    await vscode.commands.executeCommand('vnlint.fixAll');
    await waitFor(() => /^Grade: G-6$/m.test(doc.getText()), 'the command fixed the grade');
    await waitFor(() => !gradeDiagnostic(doc.uri), 'grade-format gone after the command');
    await doc.save();
  });

  test('the outline is hierarchical: header fields, sections under their groups', async () => {
    const editor = await openNew('outline.vn.md', buildSkeleton({ noticeType: 'VN', language: 'fr', grade: 'P-4' }).text);
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s?.length ? s : undefined;
    }, 'document symbols');
    const names = symbols.map(s => s.name);
    console.log(`      outline: ${names.join(' | ')}`);
    assert.equal(symbols[0]!.name, 'Header');
    assert.ok(symbols[0]!.children.some(c => c.name === 'Grade' && c.detail === 'P-4'));
    const qualifications = symbols.find(s => s.name === 'Qualifications');
    assert.deepEqual(qualifications?.children.map(c => c.name), ['Éducation', 'Expérience', 'Compétences', 'Langues']);
    const competencies = symbols.find(s => s.name === 'Compétences requises');
    assert.equal(competencies?.children.length, 3);
    if (screenshotsOn()) {
      const at = editor.document.positionAt(editor.document.getText().indexOf('Éducation'));
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
      await tryCommand('workbench.view.explorer');
      await tryCommand('outline.focus');
      await tryCommand('outline.collapse');
      await tryCommand('workbench.action.focusActiveEditorGroup');
      editor.selection = new vscode.Selection(at, at); // the outline follows the cursor into Qualifications › Éducation
      await screenshot('editor-outline', { settleMs: 2000 });
      await tryCommand('breadcrumbs.focusAndSelect');
      await screenshot('editor-breadcrumbs', { settleMs: 1500 });
      await tryCommand('workbench.action.closeQuickOpen');
      await tryCommand('workbench.action.focusActiveEditorGroup');
      await tryCommand('workbench.action.focusActiveEditorGroup');
    }
  });

  test('hover on a heading shows the template’s expectation and standard text', async () => {
    const text = buildSkeleton({ noticeType: 'VN', language: 'en', grade: 'P-2' }).text;
    const editor = await openNew('hover.vn.md', text);
    const pos = editor.document.positionAt(text.indexOf('\nLanguages\n') + 3);
    const hovers = await waitFor(async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
      return h?.length ? h : undefined;
    }, 'a hover on the Languages heading');
    const value = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(value, /\*\*Languages\*\* — template section 9 of 16/);
    assert.match(value, /Required for this notice/);
    assert.match(value, /fluency in English and French is required/);
    if (screenshotsOn()) {
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
      await tryCommand('editor.action.showHover');
      await screenshot('editor-hover-heading', { settleMs: 1500 });
      await tryCommand('editor.action.hideHover');
    }
  });

  test('completion offers the missing section, whole, in the notice’s language', async () => {
    const full = buildSkeleton({ noticeType: 'VN', language: 'fr', grade: 'P-4' }).text;
    const notesAt = full.indexOf('\n\nNotes\n');
    const text = `${full.slice(0, notesAt)}\n\n`;
    const editor = await openNew('complete.vn.md', text);
    const doc = editor.document;
    const end = doc.positionAt(text.length);
    await waitFor(() => vnlintDiagnostics(doc.uri).some(d => codeOf(d) === 'missing-section'), 'missing Notes', 20_000, 100, () => describeDiagnostics(doc.uri));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end);
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    const item = list.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'Notes (standard section)');
    assert.ok(item, labels.join(', '));
    editor.selection = new vscode.Selection(end, end);
    if (screenshotsOn()) {
      editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
      await tryCommand('editor.action.triggerSuggest');
      await screenshot('editor-completion', { settleMs: 2000 });
      await tryCommand('hideSuggestWidget');
    }
    const snippet = item!.insertText instanceof vscode.SnippetString ? item!.insertText : new vscode.SnippetString(String((item!.textEdit as vscode.TextEdit | undefined)?.newText ?? item!.insertText));
    assert.equal(await editor.insertSnippet(snippet, end), true);
    await waitFor(() => !vnlintDiagnostics(doc.uri).some(d => codeOf(d) === 'missing-section'), 'no missing section after the completion', 20_000, 100, () => describeDiagnostics(doc.uri));
    assert.match(doc.getText(), /\nNotes\n\nLe personnel professionnel recruté à l’international doit être mobile\./);
  });

  test('"New vacancy notice from template" and "Show notice summary"', async () => {
    // answer the three QuickPicks (type, language, grade) by label
    const answers = [/^(Special Vacancy Notice|Avis spécial)/, /^(French|Français)/, /^P-3$/];
    const original = vscode.window.showQuickPick;
    const asked: string[] = [];
    (vscode.window as { showQuickPick: unknown }).showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
      const list = await items;
      asked.push(options?.title ?? '');
      const want = answers[asked.length - 1]!;
      return list.find(i => want.test(i.label));
    };
    try {
      await vscode.commands.executeCommand('vnlint.newNotice');
    } finally {
      (vscode.window as { showQuickPick: unknown }).showQuickPick = original;
    }
    assert.equal(asked.length, 3, `QuickPicks shown: ${asked.join(' | ')}`);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.languageId, LANGUAGE_ID);
    assert.equal(editor.document.isUntitled, true);
    const text = editor.document.getText();
    assert.match(text, /^Référence du poste: SVN \[à compléter\]/);
    assert.match(text, /^Grade: P-3$/m);
    assert.match(text, /^Type de poste vacant: Avis spécial de vacance de poste$/m);
    await waitFor(async () => {
      const diags = vnlintDiagnostics(editor.document.uri);
      return diags.every(d => d.severity !== vscode.DiagnosticSeverity.Error) ? true : undefined;
    }, 'a new notice without errors', 20_000, 200, () => describeDiagnostics(editor.document.uri));

    await vscode.commands.executeCommand('vnlint.showSummary');
    const summary = await waitFor(() => vscode.workspace.textDocuments.find(d => d.languageId === 'markdown' && /^# (Notice summary|Résumé)/.test(d.getText())), 'the summary document');
    const md = summary.getText();
    console.log(`      summary: ${JSON.stringify(md.split('\n').slice(2, 8).join(' / '))}`);
    assert.match(md, /SVN/);
    assert.match(md, /100%/);
    if (screenshotsOn()) await screenshot('editor-summary', { settleMs: 1500 });
    // close the untitled notice without a save prompt
    await vscode.window.showTextDocument(editor.document);
    await tryCommand('workbench.action.revertAndCloseActiveEditor');
    await sleep(200);
  });
});
