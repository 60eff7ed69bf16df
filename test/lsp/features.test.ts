/**
 * Protocol tests for every editor capability of the language server, over
 * stdio with a plain JSON-RPC client: incremental sync, code actions (quick
 * fix, fix all <rule>, source.fixAll), hover, document symbols, folding and
 * selection ranges, completion, pull diagnostics, settings, and the custom
 * `vnlint/summary` and `vnlint/skeleton` requests.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  FoldingRange,
  Hover,
  MarkupContent,
  SelectionRange,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { fixText, lint } from '../../server/src/engine/index.js';
import type { NoticeSummary, SkeletonResult } from '../../server/src/lsp/protocol.js';
import { LINT_DELAY_MS, pullDelay } from '../../server/src/lsp/server.js';
import { readSeed } from '../helpers.js';
import { byRule, startClient, type TestClient } from './client.js';

const strip = (diagnostics: Diagnostic[]) => diagnostics.map(({ data: _data, ...rest }) => rest);

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'vacancy-notice', 1, text), edits);
}

function positionOf(text: string, needle: string | RegExp, delta = 0) {
  const index = typeof needle === 'string' ? text.indexOf(needle) : text.search(needle);
  assert.ok(index >= 0, `${needle} not found`);
  return TextDocument.create('file:///x', 'vacancy-notice', 1, text).positionAt(index + delta);
}

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as MarkupContent).value;
}

/** Deterministic PRNG (mulberry32) for the random-edit test. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('language server capabilities (push diagnostics)', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient();
  });
  after(async () => {
    await client.stop();
  });

  test('typing a section keystroke by keystroke ends with the diagnostics of a fresh open', async () => {
    const uri = 'file:///tmp/typing.vn.txt';
    const text = readSeed('000');
    client.open(uri, text);
    assert.equal(byRule((await client.nextDiagnostics(uri, 1)).diagnostics, 'missing-section').length, 1);
    const typed = '\n\nNotes\n\nAny offer made to the candidate in relation to this vacancy notice is subject to funding confirmation.';
    const document = TextDocument.create(uri, 'vacancy-notice', 1, text);
    let version = 1;
    let current = text;
    for (const char of typed) {
      const at = document.positionAt(current.length);
      version++;
      client.change(uri, version, [{ range: { start: at, end: at }, text: char }]);
      current += char;
      TextDocument.update(document, [{ text: current }], version);
    }
    const edited = await client.nextDiagnostics(uri, version);
    const freshUri = 'file:///tmp/typing-fresh.vn.txt';
    client.open(freshUri, current);
    const fresh = await client.nextDiagnostics(freshUri, 1);
    assert.deepEqual(strip(edited.diagnostics), strip(fresh.diagnostics));
    assert.deepEqual(byRule(edited.diagnostics, 'missing-section'), [], 'the typed Notes section counts');
  });

  test('forty random incremental edits end with the diagnostics of a fresh open', async () => {
    const uri = 'file:///tmp/random.vn.txt';
    const random = prng(7);
    let text = readSeed('001');
    client.open(uri, text);
    await client.nextDiagnostics(uri, 1);
    const pieces = ['\n', '\n\nNotes\n\n', 'Education', ' the ', '\r\n', '- item\n', 'é', '😀', ''];
    for (let version = 2; version <= 41; version++) {
      const document = TextDocument.create(uri, 'vacancy-notice', version - 1, text);
      const start = Math.floor(random() * text.length);
      const end = Math.min(text.length, start + Math.floor(random() * 40));
      const insert = pieces[Math.floor(random() * pieces.length)]!;
      client.change(uri, version, [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, text: insert }]);
      text = text.slice(0, start) + insert + text.slice(end);
    }
    const edited = await client.nextDiagnostics(uri, 41);
    const freshUri = 'file:///tmp/random-fresh.vn.txt';
    client.open(freshUri, text);
    const fresh = await client.nextDiagnostics(freshUri, 1);
    assert.deepEqual(strip(edited.diagnostics), strip(fresh.diagnostics));
  });

  test('every diagnostic links to its rule page', async () => {
    const uri = 'file:///tmp/links.vn.txt';
    client.open(uri, readSeed('002'));
    const { diagnostics } = await client.nextDiagnostics(uri, 1);
    assert.ok(diagnostics.length > 3);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'vnlint');
      assert.equal(diagnostic.codeDescription?.href, `https://github.com/vnlint/vnlint/blob/main/docs/rules/${diagnostic.code}.md`);
    }
  });

  test('quick fixes per finding, and "Fix all <rule> problems" as one edit that clears them all', async () => {
    const uri = 'file:///tmp/fix-rule.vn.txt';
    // seed 000 without its Languages heading: Languages and Notes are missing
    const text = readSeed('000').replace('\nLanguages\n\n', '\n');
    client.open(uri, text);
    const { diagnostics } = await client.nextDiagnostics(uri, 1);
    const missing = byRule(diagnostics, 'missing-section');
    assert.equal(missing.length, 2, JSON.stringify(missing.map((d) => d.message)));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: missing[0]!.range,
      context: { diagnostics: [missing[0]], only: ['quickfix'] },
    });
    const quick = actions.find((a) => /Insert the “Languages” section/.test(a.title));
    assert.ok(quick, actions.map((a) => a.title).join(' | '));
    assert.equal(quick.isPreferred, true);
    const all = actions.find((a) => a.title === 'Fix all missing-section problems in this file');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const edits = all.edit!.changes![uri]!;
    assert.equal(edits.length, 1, 'one edit: nothing can overlap');
    const fixed = applyEdits(text, edits);
    assert.deepEqual(lint(fixed).messages.filter((m) => m.ruleId === 'missing-section').map((m) => m.message), []);
    assert.match(fixed, /\nLanguages\n\nFor this position, fluency in English and French is required/);
    // "Disable missing-section for this line": the directive silences exactly that finding
    const disable = actions.find((a) => a.title === 'Disable missing-section for this line')!;
    assert.ok(disable, actions.map((a) => a.title).join(' | '));
    const disabled = applyEdits(text, disable.edit!.changes![uri]!);
    assert.match(disabled, /\n<!-- vnlint-disable-next-line missing-section -->\n/);
    const left = lint(disabled).messages.filter((m) => m.ruleId === 'missing-section').map((m) => m.message);
    assert.equal(left.length, 1, left.join(' | '));
    assert.doesNotMatch(left[0]!, new RegExp(missing[0]!.message.slice(0, 25)));
  });

  test('source.fixAll.vnlint applies every automatic fix, converged, as one edit equal to --fix', async () => {
    const uri = 'file:///tmp/fix-all.vn.txt';
    const text = readSeed('002');
    assert.ok(lint(text).messages.filter((m) => m.fix).length >= 3, 'seed 002 has several auto-fixable findings');
    client.open(uri, text);
    await client.nextDiagnostics(uri, 1);
    for (const only of [['source.fixAll'], ['source.fixAll.vnlint'], ['source']]) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only },
      });
      assert.equal(actions.length, 1, `only ${only}: ${actions.map((a) => a.title)}`);
      assert.equal(actions[0]!.kind, 'source.fixAll.vnlint');
      const edits = actions[0]!.edit!.changes![uri]!;
      assert.equal(edits.length, 1);
      const fixed = applyEdits(text, edits);
      assert.equal(fixed, fixText(text).output, 'same result as the CLI fix loop');
      assert.deepEqual(lint(fixed).messages.filter((m) => m.fix).map((m) => m.message), [], 'converged: nothing auto-fixable left');
    }
    const quickOnly = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    assert.ok(!quickOnly.some((a) => a.kind === 'source.fixAll.vnlint'));
    // the same through the server command (client "Fix all auto-fixable problems")
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'vnlint.server.fixAll', arguments: [uri] });
    assert.equal(result.applied, true);
    const applied = client.appliedEdits.at(-1)!;
    assert.equal(applyEdits(text, applied.edit.changes![uri]!), fixText(text).output);
  });

  test('no source.fixAll action when nothing is auto-fixable', async () => {
    const uri = 'file:///tmp/nothing.vn.txt';
    const text = readSeed('000');
    assert.equal(lint(text).messages.filter((m) => m.fix).length, 0);
    client.open(uri, text);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.deepEqual(actions, []);
  });

  test('hover on a section heading: requirement, place in the template, standard text', async () => {
    const uri = 'file:///tmp/hover.vn.txt';
    const text = readSeed('000');
    client.open(uri, text);
    const education = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, /^Education$/m, 2) }));
    assert.match(education, /\*\*Education\*\* — template section 6 of 16/);
    assert.match(education, /Required for this notice/);
    assert.match(education, /Part of “Qualifications”/);
    assert.match(education, /Éducation \(fr\)/);
    assert.match(education, /Accredited Universities are those listed/);
    const core = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, /^Core Competencies/m, 3) }));
    assert.match(core, /- \*\*Teamwork:\*\* Develops and promotes effective collaboration/);
  });

  test('hover on a finding: rule explanation, fix preview and doc link', async () => {
    const uri = 'file:///tmp/hover-finding.vn.txt';
    const text = readSeed('000');
    client.open(uri, text);
    const { diagnostics } = await client.nextDiagnostics(uri, 1);
    const notes = byRule(diagnostics, 'missing-section')[0]!;
    const value = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: notes.range.start }));
    assert.match(value, /\[`missing-section`\]\(https:\/\/github\.com\/vnlint\/vnlint\/blob\/main\/docs\/rules\/missing-section\.md\)/);
    assert.match(value, /A section the template requires for this notice type is missing\./);
    assert.match(value, /Quick fix: Insert the “Notes” section/);
    assert.match(value, /Any offer made to the candidate/);
  });

  test('hover on a competency item gives its standard definition; on a header field what it holds', async () => {
    const uri = 'file:///tmp/hover-item.vn.txt';
    const text = readSeed('003');
    client.open(uri, text);
    const grade = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, /^Grade/m, 1) }));
    assert.match(grade, /Required in the current header layout/);
    assert.match(grade, /P-1, P-2/);
    const skeleton = (await client.request<SkeletonResult>('vnlint/skeleton', { noticeType: 'VN', language: 'en', grade: 'P-3' })).text;
    const skUri = 'file:///tmp/hover-skeleton.vn.txt';
    client.open(skUri, skeleton);
    const courage = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri: skUri }, position: positionOf(skeleton, '- Courage', 4) }));
    assert.match(courage, /Demonstrates willingness to take a stand on issues of importance/);
  });

  test('document symbols: header fields, then sections nested under their group', async () => {
    const uri = 'file:///tmp/symbols.vn.txt';
    const text = (await client.request<SkeletonResult>('vnlint/skeleton', { noticeType: 'VN', language: 'fr', grade: 'P-4' })).text;
    client.open(uri, text);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    assert.equal(names[0], 'Header');
    assert.deepEqual(symbols[0]!.children!.map((c) => c.name).slice(0, 3), ['Référence du poste', 'Intitulé du poste', 'Lieu d’affectation']);
    assert.equal(symbols[0]!.children![4]!.detail, 'P-4');
    const qualifications = symbols.find((s) => s.name === 'Qualifications')!;
    assert.deepEqual(qualifications.children!.map((c) => c.name), ['Éducation', 'Expérience', 'Compétences', 'Langues']);
    const competencies = symbols.find((s) => s.name === 'Compétences requises')!;
    assert.deepEqual(competencies.children!.map((c) => c.detail ?? c.name), ['Valeurs', 'Compétences fondamentales', 'Compétences managériales']);
    assert.ok(names.indexOf('Introduction') < names.indexOf('Notes'));
    assert.equal(symbols.find((s) => s.name === 'Paragraphe sur les niveaux de candidats')?.kind, 15, 'the tier paragraph has no heading: named from the template');
    const within = (inner: DocumentSymbol['range'], outer: DocumentSymbol['range']) =>
      (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
      (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
    const walk = (list: DocumentSymbol[], parent?: DocumentSymbol) => {
      for (const symbol of list) {
        assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selectionRange inside range`);
        if (parent) assert.ok(within(symbol.range, parent.range), `${symbol.name} inside ${parent.name}`);
        walk(symbol.children ?? [], symbol);
      }
    };
    walk(symbols);
  });

  test('folding ranges: one per section, group and header, each spanning its lines', async () => {
    const uri = 'file:///tmp/folding.vn.txt';
    const text = readSeed('000') + '\n\n<!-- #region notes -->\nNotes\n\nSome note.\n<!-- #endregion -->\n';
    client.open(uri, text);
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const lines = text.split('\n');
    const startsAt = (heading: string) => ranges.find((r) => lines[r.startLine] === heading);
    const education = startsAt('Education')!;
    assert.ok(education, 'Education folds');
    assert.equal(lines[education.endLine], lines[61], 'Education folds to its last line (seed line 62)');
    const qualifications = ranges.find((r) => lines[r.startLine] === 'Qualifications')!;
    assert.ok(qualifications.endLine >= lines.indexOf('Languages') + 2, 'the group folds over its sub-sections');
    assert.ok(ranges.some((r) => r.kind === 'region' && lines[r.startLine]!.includes('#region')));
    for (const range of ranges) assert.ok(range.endLine > range.startLine);
  });

  test('selection ranges grow word → line → list item → list → section → group → document', async () => {
    const uri = 'file:///tmp/selection.vn.txt';
    const text = readSeed('000');
    client.open(uri, text);
    const position = positionOf(text, 'Clinical Psychology', 3);
    const [range] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [position] });
    const document = TextDocument.create(uri, 'vacancy-notice', 1, text);
    const chain: string[] = [];
    for (let r: SelectionRange | undefined = range; r; r = r.parent) chain.push(document.getText(r.range));
    assert.equal(chain[0], 'Clinical');
    assert.ok(chain.some((t) => t.startsWith("- Master's degree") && !t.includes('\n')), 'the line / list item');
    assert.ok(chain.some((t) => t.startsWith('Education') && t.endsWith('Database](#).')), 'the section');
    assert.ok(chain.some((t) => t.startsWith('Qualifications') || t.startsWith('Required Qualifications')), 'the group');
    assert.equal(chain.at(-1), text);
    for (let i = 1; i < chain.length; i++) assert.ok(chain[i]!.includes(chain[i - 1]!), `level ${i} contains level ${i - 1}`);
  });

  test('completion: headings and whole standard sections at a line start', async () => {
    const uri = 'file:///tmp/completion.vn.txt';
    const text = `${readSeed('000')}\n\n`;
    client.open(uri, text);
    const end = TextDocument.create(uri, 'x', 1, text).positionAt(text.length);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: end });
    const notes = items.find((i) => i.label === 'Notes')!;
    assert.ok(notes, items.map((i) => i.label).join(', '));
    assert.equal(notes.preselect, true, 'a missing required section is preselected');
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(sorted[0]!.label, 'Notes', 'missing sections first');
    const notesSection = items.find((i) => i.label === 'Notes (standard section)')!;
    assert.equal(notesSection.insertTextFormat, 2);
    assert.match((notesSection.textEdit as TextEdit).newText, /^Notes\n\nAny offer made to the candidate/);
    const languages = items.find((i) => i.label === 'Languages (standard section)')!;
    assert.match((languages.textEdit as TextEdit).newText, /fluency in \$\{1:English and French\} is required/);
    const tier = items.find((i) => i.label.startsWith('Core Competencies'))!;
    assert.match(tier.label, /Level 2/, 'the level the notice already states');
  });

  test('completion: header labels, grade values and competency names', async () => {
    const uri = 'file:///tmp/completion2.vn.txt';
    const skeleton = (await client.request<SkeletonResult>('vnlint/skeleton', { noticeType: 'VN', language: 'en', grade: 'P-3' })).text;
    const text = skeleton.replace('Grade: P-3', 'Grade: ').replace(/^Closing date: .*\n/m, '\n').replace('- Courage: Demonstrates willingness to take a stand on issues of importance.', '- ');
    client.open(uri, text);
    const document = TextDocument.create(uri, 'x', 1, text);
    const grades = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, 'Grade: ', 7) });
    assert.deepEqual(grades.slice(0, 3).map((i) => i.label), ['P-1', 'P-2', 'P-3']);
    assert.ok(grades.some((i) => i.label === 'NO-B') && grades.some((i) => i.label === 'UG'));
    const closingLine = text.split('\n').findIndex((line, index, all) => line === '' && all[index - 1]?.startsWith('Initial duration'));
    const labels = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: closingLine, character: 0 } });
    assert.ok(labels.some((i) => i.label === 'Closing date:'), labels.map((i) => i.label).join(', '));
    assert.ok(!labels.some((i) => i.label === 'Grade:'), 'fields already there are not offered');
    const itemOffset = text.indexOf('\n- \n') + 3;
    const names = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: document.positionAt(itemOffset) });
    assert.deepEqual(names.map((i) => i.label), ['Inclusion and respect for diversity', 'Integrity and transparency', 'Professionalism', 'Courage', 'Empathy']);
    const courage = names[3]!;
    assert.equal((courage.textEdit as TextEdit).newText, 'Courage: Demonstrates willingness to take a stand on issues of importance.');
  });

  test('the lint result is cached per version: symbols, folding, hover and summary do not re-lint', async () => {
    const uri = 'file:///tmp/cache.vn.txt';
    client.open(uri, readSeed('001'));
    await client.nextDiagnostics(uri, 1);
    const before = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri } });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.request('textDocument/foldingRange', { textDocument: { uri } });
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } });
    const afterAll = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri } });
    assert.equal(afterAll.lintRuns, before.lintRuns);
  });

  test('vnlint/summary: language, type, grade, sections and readiness', async () => {
    const uri = 'file:///tmp/summary.vn.txt';
    client.open(uri, readSeed('000'));
    const summary = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri } });
    assert.equal(summary.language, 'en');
    assert.equal(summary.noticeType, 'VN');
    assert.equal(summary.version, 1);
    const notes = summary.sections.find((s) => s.id === 'notes')!;
    assert.deepEqual([notes.requirement, notes.present], ['R', false]);
    assert.equal(summary.sections.find((s) => s.id === 'education')!.line, 56);
    assert.equal(summary.requiredTotal - summary.requiredPresent, 1);
    assert.equal(summary.readiness, Math.round((100 * summary.requiredPresent) / summary.requiredTotal));
    assert.ok(summary.readiness < 100);
    assert.match(summary.markdown, /^# Notice summary/);
    assert.match(summary.markdown, /\| ✗ \| Notes \| Required \|/);
    const cleanUri = 'file:///tmp/summary-clean.vn.txt';
    client.open(cleanUri, (await client.request<SkeletonResult>('vnlint/skeleton', { noticeType: 'SVN', language: 'fr', grade: 'P-3' })).text);
    const clean = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri: cleanUri } });
    assert.deepEqual([clean.readiness, clean.errors, clean.noticeType, clean.grade], [100, 0, 'SVN', 'P-3']);
    // seed 003: every required section, but rules still report errors (mojibake, …): 10 off per rule
    const damagedUri = 'file:///tmp/summary-003.vn.txt';
    client.open(damagedUri, readSeed('003'));
    const damaged = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri: damagedUri } });
    const rules = new Set(lint(readSeed('003')).messages.filter((m) => m.severity === 'error' && m.ruleId !== 'missing-section').map((m) => m.ruleId));
    assert.ok(rules.size >= 1 && damaged.errors > rules.size, `${[...rules]} / ${damaged.errors}`);
    assert.equal(damaged.readiness, Math.max(0, Math.round((100 * damaged.requiredPresent) / damaged.requiredTotal - 10 * rules.size)));
  });
});

describe('pull diagnostics (LSP 3.17)', () => {
  test('a pull waits twice the document’s last lint of quiet after a change, at most the push debounce', () => {
    assert.equal(pullDelay(3), 6, 'a 20 KB notice: diagnostics follow the keystroke');
    assert.equal(pullDelay(50), 100);
    assert.equal(pullDelay(80), LINT_DELAY_MS, 'a slow document waits for the typing pause');
    assert.equal(pullDelay(undefined), LINT_DELAY_MS, 'never linted: the full debounce');
    assert.equal(pullDelay(0), 0);
  });

  test('a pull client gets diagnostics on request, none pushed, and unchanged for the same version', async () => {
    const client = await startClient({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    try {
      const uri = 'file:///tmp/pull.vn.txt';
      const text = readSeed('000');
      client.open(uri, text);
      const report = await client.request<DocumentDiagnosticReport & { resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.equal(byRule(report.items, 'missing-section').length, 1);
      const same = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.equal(same.kind, 'unchanged');
      const end = TextDocument.create(uri, 'x', 1, text).positionAt(text.length);
      client.change(uri, 2, [{ range: { start: end, end }, text: '\n\nNotes\n\nAny offer made to the candidate in relation to this vacancy notice is subject to funding confirmation.' }]);
      const changed = await client.request<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId });
      assert.equal(changed.kind, 'full');
      assert.deepEqual(byRule(changed.items, 'missing-section'), []);
      assert.deepEqual(client.allPublished.filter((p) => p.uri === uri), [], 'nothing pushed to a pull client');
    } finally {
      await client.stop();
    }
  });
});

describe('settings mean what the config file means', () => {
  test('vnlint.rules turns a rule off or changes its severity', async () => {
    const off = await startClient({ workspace: { configuration: true } }, { settings: { rules: { 'missing-section': 'off' } } });
    const warn = await startClient({ workspace: { configuration: true } }, { settings: { rules: { 'missing-section': 'warn' } } });
    try {
      const uri = 'file:///tmp/settings.vn.txt';
      off.open(uri, readSeed('000'));
      warn.open(uri, readSeed('000'));
      assert.deepEqual(byRule((await off.nextDiagnostics(uri, 1)).diagnostics, 'missing-section'), []);
      const warned = byRule((await warn.nextDiagnostics(uri, 1)).diagnostics, 'missing-section');
      assert.deepEqual(warned.map((d) => d.severity), [2]);
      assert.deepEqual(
        strip(warned),
        strip(lint(readSeed('000'), { config: { rules: { 'missing-section': 'warn' } } }).messages.filter((m) => m.ruleId === 'missing-section').map((m) => ({
          range: warned[0]!.range, severity: 2, source: 'vnlint', message: m.message, code: m.ruleId!, codeDescription: warned[0]!.codeDescription,
        }))),
        'the same finding the engine gives with the same config',
      );
    } finally {
      await off.stop();
      await warn.stop();
    }
  });

  test('vnlint.grade and vnlint.noticeType force what detection would guess', async () => {
    const client = await startClient({ workspace: { configuration: true } }, { settings: { grade: 'G-4', noticeType: 'SVN', language: 'auto' } });
    try {
      const uri = 'file:///tmp/forced.vn.txt';
      client.open(uri, readSeed('000'));
      const summary = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri } });
      assert.deepEqual([summary.grade, summary.noticeType, summary.language], ['G-4', 'SVN', 'en']);
    } finally {
      await client.stop();
    }
  });

  test('run: onSave keeps the saved text’s findings until the next save (pull client)', async () => {
    const client = await startClient({ workspace: { configuration: true }, textDocument: { diagnostic: {} } }, { settings: { run: 'onSave' } });
    try {
      const uri = 'file:///tmp/on-save.vn.txt';
      const text = readSeed('000');
      client.open(uri, text);
      const pull = () => client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.equal(byRule((await pull()).items, 'missing-section').length, 1);
      const end = TextDocument.create(uri, 'x', 1, text).positionAt(text.length);
      client.change(uri, 2, [{ range: { start: end, end }, text: '\n\nNotes\n\nAny offer made to the candidate in relation to this vacancy notice is subject to funding confirmation.' }]);
      assert.equal(byRule((await pull()).items, 'missing-section').length, 1, 'unsaved typing is not linted');
      void client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } }); // the didSave is handled first
      assert.deepEqual(byRule((await pull()).items, 'missing-section'), [], 'linted on save');
    } finally {
      await client.stop();
    }
  });

  test('a client without workspace/configuration (Neovim style) passes settings in initializationOptions', async () => {
    const client = await startClient({}, { initializationOptions: { settings: { rules: { 'missing-section': 'off' } } } });
    try {
      const uri = 'file:///tmp/init-options.vn.txt';
      client.open(uri, readSeed('000'));
      assert.deepEqual(byRule((await client.nextDiagnostics(uri, 1)).diagnostics, 'missing-section'), []);
    } finally {
      await client.stop();
    }
  });
});

describe('localisation', () => {
  test('with locale fr, hover, summary and action titles are French', async () => {
    const client = await startClient({}, { locale: 'fr' });
    try {
      const uri = 'file:///tmp/fr.vn.txt';
      const text = readSeed('000').replace('\nLanguages\n\n', '\n');
      client.open(uri, text);
      const hover = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, /^Education$/m, 1) }));
      assert.match(hover, /Obligatoire pour cet avis/);
      assert.match(hover, /Texte standard :/);
      const summary = await client.request<NoticeSummary>('vnlint/summary', { textDocument: { uri } });
      assert.match(summary.markdown, /^# Résumé de l’avis/);
      assert.match(summary.markdown, /Type d’avis: Avis de vacance de poste \(VN\)/);
      const { diagnostics } = await client.nextDiagnostics(uri, 1);
      const missing = byRule(diagnostics, 'missing-section');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: missing[0]!.range, context: { diagnostics: missing } });
      assert.ok(actions.some((a) => a.title === 'Corriger tous les problèmes missing-section de ce fichier'), actions.map((a) => a.title).join(' | '));
      const skeleton = (await client.request<SkeletonResult>('vnlint/skeleton', { noticeType: 'VN', language: 'en', grade: 'P-3' })).text;
      client.open('file:///tmp/fr-symbols.vn.txt', skeleton);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/fr-symbols.vn.txt' } });
      assert.equal(symbols[0]!.name, 'En-tête');
    } finally {
      await client.stop();
    }
  });
});

describe('config files', () => {
  test('.vnlintrc.json applies to files on disk, settings override it rule by rule, and a change is picked up', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const dir = mkdtempSync(path.join(tmpdir(), 'vnlint-lsp-config-'));
    writeFileSync(path.join(dir, '.vnlintrc.json'), JSON.stringify({ rules: { 'missing-section': 'warn', 'missing-field': 'off' } }));
    const file = path.join(dir, 'notice.vn.md');
    writeFileSync(file, readSeed('000'));
    const uri = pathToFileURL(file).href;
    const plain = await startClient({ workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }, { settings: {} });
    const overriding = await startClient({ workspace: { configuration: true } }, { settings: { rules: { 'missing-section': 'error' } } });
    try {
      plain.open(uri, readSeed('000'));
      overriding.open(uri, readSeed('000'));
      const fromFile = (await plain.nextDiagnostics(uri, 1)).diagnostics;
      assert.deepEqual(byRule(fromFile, 'missing-section').map((d) => d.severity), [2], 'warn from .vnlintrc.json');
      assert.deepEqual(byRule(fromFile, 'missing-field'), [], 'off in .vnlintrc.json');
      const fromSettings = (await overriding.nextDiagnostics(uri, 1)).diagnostics;
      assert.deepEqual(byRule(fromSettings, 'missing-section').map((d) => d.severity), [1], 'the setting wins for its rule');
      assert.deepEqual(byRule(fromSettings, 'missing-field'), [], 'the file still applies to the other rules');
      // an untitled copy has no config file
      plain.open('untitled:Untitled-1', readSeed('000'));
      assert.deepEqual(byRule((await plain.nextDiagnostics('untitled:Untitled-1', 1)).diagnostics, 'missing-section').map((d) => d.severity), [1]);
      // the file changes: the server re-resolves on workspace/didChangeWatchedFiles
      writeFileSync(path.join(dir, '.vnlintrc.json'), JSON.stringify({ rules: { 'missing-section': 'off' } }));
      void plain.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.vnlintrc.json')).href, type: 2 }] });
      const changed = await plain.nextDiagnostics(uri, 1);
      assert.deepEqual(byRule(changed.diagnostics, 'missing-section'), []);
      assert.ok(byRule(changed.diagnostics, 'missing-field').length > 0, 'missing-field is on again');
    } finally {
      await plain.stop();
      await overriding.stop();
    }
  });
});
