// Helpers for the e2e tests (bundled into each *.test.js by scripts/build-e2e.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'vnlint.vnlint';
export const LANGUAGE_ID = 'vacancy-notice';

export const sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value; throws `what` (+ the last state) after `ms`. */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  ms = 20_000,
  every = 100,
  describe?: () => string,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${describe ? `\n  last state: ${describe()}` : ''}`);
    await sleep(every);
  }
}

export function wsUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open (runTest.ts passes test/e2e/workspace)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The diagnostic code as a string: LSP codes arrive as `string | number | {value, target}`. */
export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function vnlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'vnlint');
}

/** Resolves on the next onDidChangeDiagnostics event for `uri` (also fired for an empty list). */
export function diagnosticsPublished(uri: vscode.Uri, ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`no diagnostics were published for ${uri.path} within ${ms} ms`)); }, ms);
    const sub = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === uri.toString())) { clearTimeout(timer); sub.dispose(); resolve(); }
    });
  });
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (!all.length) return 'no diagnostics at all';
  return all.map(d => `${d.source ?? '?'}:${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ` +
    `${d.range.start.line + 1}:${d.range.start.character + 1} ${JSON.stringify(d.message.slice(0, 80))}`).join('; ');
}

/** The `missing-section` diagnostic about the Notes section (or the only missing-section one). */
export function notesDiagnostic(uri: vscode.Uri): vscode.Diagnostic | undefined {
  const missing = vnlintDiagnostics(uri).filter(d => codeOf(d) === 'missing-section');
  return missing.find(d => /notes/i.test(d.message)) ?? (missing.length === 1 ? missing[0] : undefined);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(wsUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function flattenSymbols(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): string[] {
  const out: string[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
    out.push(s.name);
    if ('children' in s) s.children.forEach(walk);
  };
  symbols.forEach(walk);
  return out;
}

/**
 * Asks scripts/run-vscode-tests.js for a screenshot of the workbench (see its header for the
 * protocol). A no-op unless the runner was given a screenshot dir (VNLINT_SCREENSHOTS=docs/images
 * for scripts/e2e.sh). Never fails a test: a missing screenshot is reported on the console.
 */
export async function screenshot(name: string, opts: { selector?: string; settleMs?: number } = {}): Promise<boolean> {
  const dir = process.env.VSCODE_TEST_SCREENSHOT_DIR;
  if (!dir) return false;
  await sleep(opts.settleMs ?? 800); // let the workbench paint
  const base = path.join(dir, name);
  for (const ext of ['.done', '.error']) fs.rmSync(base + ext, { force: true });
  fs.writeFileSync(base + '.request.tmp', JSON.stringify(opts.selector ? { selector: opts.selector } : {}));
  fs.renameSync(base + '.request.tmp', base + '.request'); // the runner only looks at *.request
  try {
    await waitFor(() => fs.existsSync(base + '.done') || fs.existsSync(base + '.error'), `screenshot ${name}`, 15_000);
    if (fs.existsSync(base + '.error')) {
      console.warn(`screenshot ${name} failed: ${fs.readFileSync(base + '.error', 'utf8').trim()}`);
      return false;
    }
    console.log(`      (screenshot ${base}.png)`);
    return true;
  } catch (e) {
    console.warn(String(e));
    fs.rmSync(base + '.request', { force: true });
    return false;
  } finally {
    for (const ext of ['.done', '.error']) fs.rmSync(base + ext, { force: true });
  }
}

export const screenshotsOn = () => !!process.env.VSCODE_TEST_SCREENSHOT_DIR;
