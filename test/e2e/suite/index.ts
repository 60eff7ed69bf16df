// Entry of the e2e suite, loaded by the VS Code extension host (extensionTestsPath). Runs every
// *.test.js beside it with mocha (tdd UI) and, when VNLINT_E2E_RESULTS is set, writes the counts there
// as JSON so scripts/e2e.sh can print its "e2e: N passed, N failed" line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 5_000 });
  if (process.env.VNLINT_E2E_GREP) mocha.grep(new RegExp(process.env.VNLINT_E2E_GREP));
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  const resultsFile = process.env.VNLINT_E2E_RESULTS;
  return new Promise((resolve, reject) => {
    const failures: string[] = [];
    let passed = 0;
    let pending = 0;
    const runner = mocha.run(failed => {
      if (resultsFile) {
        try {
          fs.writeFileSync(resultsFile, JSON.stringify({ passed, failed: failures.length, pending, failures }, null, 2));
        } catch (e) {
          console.error(`cannot write ${resultsFile}: ${String(e)}`);
        }
      }
      if (failed > 0) reject(new Error(`${failed} e2e test(s) failed.`));
      else if (passed === 0) reject(new Error('no e2e test ran.'));
      else resolve();
    });
    runner.on('pass', () => { passed++; });
    runner.on('pending', () => { pending++; });
    runner.on('fail', t => { failures.push(t.fullTitle()); });
  });
}
