/**
 * Runs the extension's end-to-end suite in a real VS Code (code-server's
 * workbench in headless Chromium, see scripts/e2e.sh) and fails unless every
 * test there passed. The suite itself is test/e2e/suite/*.test.ts (mocha, in
 * the extension host).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers.js';

test('extension end-to-end suite in a real VS Code', { timeout: 600_000 }, () => {
  const run = spawnSync('bash', ['scripts/e2e.sh'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VNLINT_E2E_SKIP_BUILD: '1' },
    timeout: 590_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  const summary = /^e2e: (\d+) passed, (\d+) failed/m.exec(output);
  assert.ok(summary, `no e2e summary line; output:\n${output.slice(-4000)}`);
  const [passed, failed] = [Number(summary[1]), Number(summary[2])];
  if (failed > 0 || run.status !== 0) assert.fail(`e2e: ${passed} passed, ${failed} failed (exit ${run.status})\n${output.slice(-6000)}`);
  assert.ok(passed >= 3, `expected the e2e suite to run its tests, got ${passed}`);
  process.stdout.write(output.split('\n').filter((line) => /passing|failing|✔|✓|\d+\)|e2e:/.test(line)).map((line) => `# ${line}`).join('\n') + '\n');
});
