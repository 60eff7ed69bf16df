// Runs the e2e suite in a real VS Code (code-server's VS Code server + web workbench in headless
// Chromium), through @vscode/test-electron's runTests() with scripts/run-vscode-tests.js as the
// "VS Code executable". Built to dist/e2e/runTest.js by scripts/build-e2e.mjs; run by scripts/e2e.sh.
//
// Env:
//   VNLINT_SCREENSHOTS=docs/images   ask the suite for screenshots (dir relative to the repo root)
//   VNLINT_E2E_RESULTS=<file>        where the suite writes {"passed","failed","pending"} (e2e.sh sets it)
//   VNLINT_E2E_GREP=<regexp>         run only the matching tests
//   VNLINT_E2E_EXTENSION_PATH=<dir>  extension under test (default: the repo root)
//   VNLINT_E2E_TIMEOUT=<sec>         whole-run timeout in the runner (default 300)
//   VNLINT_E2E_KEEP=1                keep the temp dir (workspace copy, user data)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..'); // dist/e2e -> repo root
  const extensionDevelopmentPath = path.resolve(process.env.VNLINT_E2E_EXTENSION_PATH || root);
  const extensionTestsPath = path.join(root, 'dist', 'e2e', 'suite', 'index.js');
  const runner = path.join(root, 'scripts', 'run-vscode-tests.js');

  // The tests edit documents; give them a fresh copy of the workspace so the repo is never touched,
  // and a fresh profile so no editor state or backup leaks from one run into the next.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'editor.minimap.enabled': false,
    'editor.lightbulb.enabled': 'on',
    'editor.hover.delay': 100,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
  }, null, 2));

  const env: Record<string, string> = {};
  if (process.env.VNLINT_SCREENSHOTS) {
    env.VSCODE_TEST_SCREENSHOT_DIR = path.resolve(root, process.env.VNLINT_SCREENSHOTS);
    fs.mkdirSync(env.VSCODE_TEST_SCREENSHOT_DIR, { recursive: true });
  }
  env.VNLINT_E2E_RESULTS = process.env.VNLINT_E2E_RESULTS || path.join(tmp, 'results.json');

  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: runner, // never downloads VS Code
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [
        workspace, // first positional = folder to open
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${extensionsDir}`,
        `--timeout=${Number(process.env.VNLINT_E2E_TIMEOUT || 300)}`,
      ],
      extensionTestsEnv: env,
    });
  } catch (e) {
    console.error(`[runTest] ${e instanceof Error ? e.message : String(e)}`);
    code = 1;
  } finally {
    if (process.env.VNLINT_E2E_KEEP) console.log(`[runTest] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  return code;
}

main().then(code => process.exit(code), e => { console.error(e); process.exit(1); });
