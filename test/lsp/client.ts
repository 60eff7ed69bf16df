/**
 * A minimal LSP client for protocol tests: spawns the built server over
 * stdio and speaks JSON-RPC to it with vscode-jsonrpc.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ApplyWorkspaceEditParams, Diagnostic, PublishDiagnosticsParams, Range } from 'vscode-languageserver-protocol';

export interface ClientOptions {
  /** What workspace/configuration answers for the `vnlint` section. */
  settings?: Record<string, unknown>;
  locale?: string;
  initializationOptions?: unknown;
  /**
   * Memory probes only: start `node <nodeArgs> bin/vnlint-language-server.js` (without the bin's own
   * node options) instead of the bin itself.
   */
  nodeArgs?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}
import { ROOT } from '../helpers.js';

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  /** Resolves with the next diagnostics published for `uri` (optionally for a given version). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string): void;
  /** Sends one didChange with these incremental changes. */
  change(uri: string, version: number, changes: Array<{ range: Range; text: string }>): void;
  request<T>(method: string, params: unknown): Promise<T>;
  /** workspace/applyEdit requests the server sent. */
  appliedEdits: ApplyWorkspaceEditParams[];
  /** Every diagnostics notification received so far, in order. */
  allPublished: PublishDiagnosticsParams[];
  stop(): Promise<void>;
  stderr(): string;
}

export async function startClient(capabilities: Record<string, unknown> = {}, options: ClientOptions = {}): Promise<TestClient> {
  const bin = path.join(ROOT, 'bin', 'vnlint-language-server.js');
  // As users start it (npm's bin link, an editor's `cmd`): the bin itself, whose #! line holds the node
  // options; memory probes start `node <their options> bin` instead.
  const child = spawn(options.nodeArgs ? process.execPath : bin, options.nodeArgs ? [...options.nodeArgs, bin, '--stdio'] : ['--stdio'], {
    cwd: ROOT,
    env: options.env ? { ...process.env, ...options.env } : process.env,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters: Array<{ uri: string; version?: number; resolve: (params: PublishDiagnosticsParams) => void }> = [];
  const published: PublishDiagnosticsParams[] = [];
  const allPublished: PublishDiagnosticsParams[] = [];
  const appliedEdits: ApplyWorkspaceEditParams[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    allPublished.push(params);
    const index = waiters.findIndex((waiter) => waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version));
    if (index >= 0) waiters.splice(index, 1)[0].resolve(params);
    else published.push(params);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? {}));
  connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
    appliedEdits.push(params);
    return { applied: true };
  });
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities,
    workspaceFolders: null,
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    nextDiagnostics(uri, version) {
      const ready = published.findIndex((params) => params.uri === uri && (version === undefined || params.version === version));
      if (ready >= 0) return Promise.resolve(published.splice(ready, 1)[0]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} (version ${version}) within 10 s; stderr: ${stderr}`)), 10_000);
        waiters.push({ uri, version, resolve: (params) => (clearTimeout(timer), resolve(params)) });
      });
    },
    change(uri, version, changes) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    },
    request<T>(method: string, params: unknown) {
      return connection.sendRequest(method, params) as Promise<T>;
    },
    appliedEdits,
    allPublished,
    open(uri, text, languageId = 'vacancy-notice') {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
    stderr: () => stderr,
  };
}

export function byRule(diagnostics: Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === rule);
}
