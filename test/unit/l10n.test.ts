/**
 * Every user-facing string of the client and the server has its French
 * translation in l10n/bundle.l10n.fr.json (with the same {n} arguments), and
 * every %key% of package.json is in package.nls.json and package.nls.fr.json.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const bundle = JSON.parse(read('l10n/bundle.l10n.fr.json')) as Record<string, string>;

function calls(source: string, callee: RegExp): string[] {
  return [...source.matchAll(new RegExp(`${callee.source}\\('((?:[^'\\\\]|\\\\.)*)'`, 'g'))].map((m) => m[1]!.replace(/\\'/g, "'"));
}

test('every t(…) of the server and l10n.t(…) of the client is translated, with the same arguments', () => {
  const lsp = readdirSync(path.join(ROOT, 'server/src/lsp')).filter((f) => f.endsWith('.ts'));
  const strings = [
    ...lsp.flatMap((f) => calls(read(`server/src/lsp/${f}`), /\bt/)),
    ...calls(read('client/src/extension.ts'), /\bl10n\.t/),
  ];
  assert.ok(strings.length > 40, `found ${strings.length} strings`);
  const missing = [...new Set(strings)].filter((s) => !(s in bundle));
  assert.deepEqual(missing, []);
  for (const s of strings) {
    const args = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    assert.deepEqual(args(bundle[s]!), args(s), s);
  }
});

test('package.json %keys% exist in package.nls.json and package.nls.fr.json, and nothing else', () => {
  const keys = new Set([...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!));
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const fr = JSON.parse(read('package.nls.fr.json')) as Record<string, string>;
  assert.deepEqual(Object.keys(en).sort(), [...keys].sort());
  assert.deepEqual(Object.keys(fr).sort(), [...keys].sort());
});
