/**
 * The same server, unchanged, in another LSP client: Neovim's built-in one
 * (headless), set up as in the README ("Other editors"): settings passed in
 * init_options, diagnostics pushed (Neovim 0.7 announces no pull support),
 * document symbols, hover, code actions, folding and completion. Skipped
 * when `nvim` is not installed (apt-get install neovim).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSeed, ROOT } from '../helpers.js';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const missing = nvim.status !== 0 ? 'nvim is not installed' : false;

test('Neovim’s built-in LSP client gets diagnostics, symbols, hover, code actions, folding and completion', { skip: missing, timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnlint-nvim-'));
  const notice = path.join(dir, 'draft.vn.md');
  writeFileSync(notice, readSeed('000'));
  const out = path.join(dir, 'out.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'test', 'lsp', 'neovim', 'check.lua')}`], {
    encoding: 'utf8',
    env: { ...process.env, VNLINT_ROOT: ROOT, VNLINT_NOTICE: notice, VNLINT_OUT: out },
    timeout: 50_000,
  });
  assert.equal(run.status, 0, `nvim failed: ${run.stderr}`);
  const result = JSON.parse(readFileSync(out, 'utf8')) as {
    diagnostics: Array<{ lnum: number; severity: number; source: string; message: string; code: string }>;
    symbols: Array<{ name: string; children: string[] }>;
    hover: string;
    actions: string[];
    folds: number;
    completion: string[];
  };
  const notes = result.diagnostics.find((d) => d.code === 'missing-section');
  assert.ok(notes, JSON.stringify(result.diagnostics));
  assert.equal(notes.source, 'vnlint');
  assert.equal(notes.lnum, 118);
  assert.equal(notes.severity, 2, 'warn, from init_options.settings');
  const names = result.symbols.map((s) => s.name);
  assert.ok(names.includes('Introduction') && names.includes('Required Competencies'), names.join(', '));
  assert.deepEqual(result.symbols.find((s) => s.name === 'Required Qualifications and Experience')?.children, ['Education', 'Experience', 'Skills', 'Languages']);
  assert.match(result.hover, /\*\*Education\*\* — template section 6 of 16/);
  assert.ok(result.actions.some((title) => /Insert the “Notes” section/.test(title)), result.actions.join(' | '));
  assert.ok(result.folds >= 10);
  assert.ok(result.completion.length > 0);
});
