#!/usr/bin/env node
// Runs VS Code extension integration tests in a *real* VS Code: code-server's
// VS Code server (node extension host) + web workbench in Debian's headless
// Chromium, driven by playwright-core. No download from Microsoft/GitHub.
//
// Two ways to call it:
//  1. directly:
//     node run-vscode-tests.js --extensionDevelopmentPath <abs> --extensionTestsPath <abs.js> [folder]
//  2. as @vscode/test-electron's `vscodeExecutablePath` (it is spawned with
//     --extensionDevelopmentPath=… --extensionTestsPath=… --user-data-dir=… --extensions-dir=…
//     plus your launchArgs; Electron-only flags such as --no-sandbox are ignored).
// Exit code: 0 when the extensionTestsPath module's run() resolved, 1 otherwise.
//
// Options (both --k v and --k=v): --extensionDevelopmentPath (repeatable), --extensionTestsPath,
//   --user-data-dir, --extensions-dir (default: fresh temp dirs), --timeout <sec> (300),
//   --screenshot <png> (one shot when the run ends), --screenshot-dir <dir> (see below),
//   --keep (keep temp dirs). First positional arg = folder/workspace to open.
// Env: CODE_SERVER_DIR (default <repo>/.vscode-test/code-server, as made by install-code-server.sh),
//   CODE_SERVER_ENTRY / CODE_SERVER_NODE (override entry.js / node binary), CHROMIUM_PATH (/usr/bin/chromium),
//   VSCODE_TEST_VERBOSE=1 (show all workbench log lines), CS_VERBOSE=1 (show code-server output),
//   VSCODE_TEST_SCREENSHOT_DIR (same as --screenshot-dir).
//
// Screenshots on request (vnlint addition). The tests run in the extension host and cannot drive the
// browser, so they ask the runner through the file system (host and runner share the machine):
//   test:   writes <dir>/<name>.request   (empty, or JSON {"selector": "<css>"} to shoot one element)
//   runner: polls <dir> every 100 ms, removes the request, saves <dir>/<name>.png (page.screenshot),
//           then writes <dir>/<name>.done (or <name>.error holding the message)
//   test:   waits for .done/.error and removes it.
// The runner passes the absolute dir on to code-server (so to the extension host) as
// VSCODE_TEST_SCREENSHOT_DIR; tests treat "unset" as "screenshots off".
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');
const { chromium } = require('playwright-core');

function parseArgs(argv) {
  const o = { extensionDevelopmentPath: [], positional: [] };
  const valued = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'timeout', 'screenshot', 'screenshot-dir']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { o.positional.push(a); continue; }
    let [k, v] = a.slice(2).split(/=(.*)/s);
    if (valued.has(k) && v === undefined) v = argv[++i];
    if (k === 'extensionDevelopmentPath') o.extensionDevelopmentPath.push(v);
    else if (valued.has(k)) o[k] = v;
    else if (k === 'keep') o.keep = true;
    // anything else (--no-sandbox, --disable-gpu-sandbox, --skip-welcome, ...) is ignored
  }
  return o;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

function waitForListening(child, ms) {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`code-server did not start within ${ms}ms`)), ms);
    const onData = d => {
      const s = d.toString();
      if (process.env.CS_VERBOSE) process.stderr.write('[code-server] ' + s);
      if (s.includes('HTTP server listening')) { clearTimeout(t); resolve(); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', c => { clearTimeout(t); reject(new Error(`code-server exited early with ${c}`)); });
  });
}

// Polls `dir` for <name>.request files (written by the tests) and answers each with <name>.png + <name>.done.
function serveScreenshotRequests(page, dir) {
  let busy = false;
  return setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      for (const f of fs.readdirSync(dir)) {
        if (!f.endsWith('.request')) continue;
        const name = f.slice(0, -'.request'.length);
        const reqFile = path.join(dir, f);
        let req = {};
        try { const t = fs.readFileSync(reqFile, 'utf8').trim(); if (t) req = JSON.parse(t); } catch { /* empty/partial: full page */ }
        fs.rmSync(reqFile, { force: true });
        const png = path.join(dir, `${name}.png`);
        try {
          if (req.selector) await page.locator(req.selector).first().screenshot({ path: png, timeout: 5000 });
          else await page.screenshot({ path: png });
          fs.writeFileSync(path.join(dir, `${name}.done`), png + '\n');
          if (process.env.VSCODE_TEST_VERBOSE) console.log(`[runner] screenshot ${png}`);
        } catch (e) {
          fs.writeFileSync(path.join(dir, `${name}.error`), String(e && e.message || e) + '\n');
        }
      }
    } catch (e) {
      console.error('[runner] screenshot polling:', e && e.message || e);
    } finally {
      busy = false;
    }
  }, 100);
}

function supportsVscodeOption(entry) {
  try { return fs.readFileSync(path.join(path.dirname(entry), 'cli.js'), 'utf8').includes('"vscode-option"'); } catch { return false; }
}

// Workbench log lines that are not from the extension under test (the newer the VS Code, the chattier).
const NOISE = /^(Resolving connection|Resolved connection|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|getaddrinfo ENOTFOUND|Started local extension host|Loading development extension|\[reconnection-grace-time\]|\[AgentHost|\[ChatModelSelection\]|\[AccountPolicyGate\]|Canceled|An unknown error occurred)|\/static\/out\/vs\/code\/browser\/workbench\/workbench\.js/;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionDevelopmentPath.length || !args.extensionTestsPath) {
    console.error('usage: run-vscode-tests.js --extensionDevelopmentPath <dir> --extensionTestsPath <file.js> [folder]');
    process.exit(2);
  }
  const devPaths = args.extensionDevelopmentPath.map(p => path.resolve(p));
  const testsPath = path.resolve(args.extensionTestsPath);
  const folder = args.positional[0] ? path.resolve(args.positional[0]) : undefined;
  const timeoutMs = Number(args.timeout || 300) * 1000;
  const csDir = path.resolve(process.env.CODE_SERVER_DIR || path.join(__dirname, '..', '.vscode-test/code-server')); // install-code-server.sh's CS_DIR
  const shotDirArg = args['screenshot-dir'] || process.env.VSCODE_TEST_SCREENSHOT_DIR;
  const shotDir = shotDirArg ? path.resolve(shotDirArg) : undefined;
  if (shotDir) fs.mkdirSync(shotDir, { recursive: true });
  const entry = process.env.CODE_SERVER_ENTRY || path.join(csDir, 'node_modules/code-server/out/node/entry.js');
  const nodePathFile = path.join(csDir, 'node-path'); // node binary the install used (Node 20 here, or node@24 from npm)
  const csNode = process.env.CODE_SERVER_NODE || (fs.existsSync(nodePathFile) ? fs.readFileSync(nodePathFile, 'utf8').trim() : process.execPath);
  if (!fs.existsSync(entry)) { console.error(`[runner] no code-server at ${entry}: run install-code-server.sh (or set CODE_SERVER_DIR)`); process.exit(2); }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-test-'));
  const userDataDir = path.resolve(args['user-data-dir'] || path.join(tmp, 'user-data'));
  const extensionsDir = path.resolve(args['extensions-dir'] || path.join(tmp, 'extensions'));
  // Create them up front: if the extensions dir (or its parent) is missing, the first extension scan can
  // race code-server's own initialisation and the extension under test is silently not loaded.
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  fs.writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: ${authority}\nauth: none\ncert: false\n`);

  const t0 = Date.now();
  // detached => own process group, so server + extension host + file watcher die together
  const cs = spawn(csNode, [entry,
    '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // VS Code in code-server >= 4.133 only honours the URL `payload` (extensionDevelopmentPath/-TestsPath)
    // when the server runs with --enable-smoke-test-driver; code-server >= 4.134 passes it via --vscode-option.
    ...(supportsVscodeOption(entry) ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    // its IPC sockets (vscode-ipc-*.sock, vscode-git-*.sock) would otherwise pile up in /tmp
    env: { ...process.env, TMPDIR: tmp, ...(shotDir ? { VSCODE_TEST_SCREENSHOT_DIR: shotDir } : { VSCODE_TEST_SCREENSHOT_DIR: '' }) } });

  let browser;
  let shotTimer;
  let exitCode = 1;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return; cleaned = true;
    clearInterval(shotTimer);
    try { if (browser) await browser.close(); } catch { /* ignore */ }
    try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* gone */ }
    await new Promise(r => setTimeout(r, 300));
    try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ }
    if (!args.keep) fs.rmSync(tmp, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup().then(() => process.exit(1)));

  try {
    await waitForListening(cs, 60000);
    console.log(`[runner] code-server up on ${authority} after ${Date.now() - t0}ms`);
    // Must be vscode-remote://<authority>/abs/path URIs: plain paths / file:// URIs hang.
    const remote = p => `vscode-remote://${authority}${p}`;
    const payload = [...devPaths.map(p => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(testsPath)]];
    let url = `http://${authority}/?payload=${encodeURIComponent(JSON.stringify(payload))}`;
    if (folder && folder.endsWith('.code-workspace')) url += `&workspace=${encodeURIComponent(folder)}`;
    else if (folder) url += `&folder=${encodeURIComponent(folder)}`;
    else url += '&ew=true'; // empty window

    browser = await chromium.launch({ // launch() always uses a fresh temporary profile
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let resolveExit;
    const exited = new Promise(r => { resolveExit = r; });
    let finished = false;
    // The web workbench forwards its log, incl. extension-host console.* (mocha output), here:
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      if (finished && !process.env.VSCODE_TEST_VERBOSE) return; // shutdown noise
      const line = util.format(...(logArgs || []));
      if (process.env.VSCODE_TEST_VERBOSE || !NOISE.test(line)) (type === 'error' ? console.error : console.log)(line);
    });
    // ... and calls this when the extensionTestsPath module's run() settles (0 ok / 1 failed):
    await page.exposeFunction('codeAutomationExit', code => { finished = true; resolveExit(code); });
    page.on('pageerror', e => console.error('[page error]', e.message));
    await page.goto(url);
    if (shotDir) shotTimer = serveScreenshotRequests(page, shotDir);
    let timer;
    const result = await Promise.race([exited, new Promise(r => { timer = setTimeout(() => r('timeout'), timeoutMs); })]);
    clearTimeout(timer);
    if (args.screenshot) await page.screenshot({ path: args.screenshot });
    if (result === 'timeout') console.error(`[runner] tests did not finish within ${timeoutMs / 1000}s`);
    else exitCode = Number(result);
    console.log(`[runner] extension tests exited with ${exitCode} after ${Date.now() - t0}ms`);
  } catch (e) {
    console.error('[runner]', e);
    exitCode = 1;
  } finally {
    await cleanup();
  }
  process.exit(exitCode);
}
main();
