/** Every registered rule has a unique id, a doc comment in its file, and a documentation page. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/rules/index.js';
import { ROOT } from '../helpers.js';

test('rule ids are unique and each rule is documented', () => {
  const ids = RULES.map((rule) => rule.meta.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
  for (const rule of RULES) {
    const { id, severity, description } = rule.meta;
    assert.match(id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(['error', 'warning', 'info'].includes(severity), `${id} severity`);
    assert.ok(description.length > 10, `${id} description`);
    const page = path.join(ROOT, 'docs', 'rules', `${id}.md`);
    assert.ok(fs.existsSync(page), `docs/rules/${id}.md is missing`);
    assert.match(fs.readFileSync(page, 'utf8'), new RegExp(`^# ${id}\\b`), `docs/rules/${id}.md starts with its id`);
    const source = path.join(ROOT, 'server', 'src', 'rules', `${id}.ts`);
    assert.ok(fs.existsSync(source), `server/src/rules/${id}.ts (one rule, one file)`);
    assert.match(fs.readFileSync(source, 'utf8'), /^\/\*\*[\s\S]*?\*\//, `${id}.ts starts with its doc comment`);
  }
});

test('the README lists every rule', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const rule of RULES) assert.ok(readme.includes(`\`${rule.meta.id}\``), `README does not mention ${rule.meta.id}`);
});

test('past maxFindingsPerRule a rule\'s findings are counted in one info, not built', async () => {
  const { lint } = await import('../../server/src/engine/lint.js');
  const text = Array.from({ length: 60 }, () => 'Education\n\nUniversity degree.').join('\n\n');
  const all = lint(text, { only: ['duplicate-section'] }).messages;
  assert.equal(all.length, 59);
  const capped = lint(text, { only: ['duplicate-section'], config: { maxFindingsPerRule: 10 } }).messages;
  assert.equal(capped.length, 11);
  const summary = capped[capped.length - 1];
  assert.equal(summary.severity, 'info');
  assert.match(summary.message, /^49 more “duplicate-section” findings are not shown/);
  assert.deepEqual(summary.range, all[10].range, 'the summary sits on the first hidden finding');
});
