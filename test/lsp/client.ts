/**
 * A minimal LSP client for protocol tests: spawns the built server over
 * stdio and speaks JSON-RPC to it with vscode-jsonrpc.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers.js';

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  /** Resolves with the next diagnostics published for `uri` (optionally for a given version). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string): void;
  stop(): Promise<void>;
  stderr(): string;
}

export async function startClient(capabilities: Record<string, unknown> = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'vnlint-language-server.js'), '--stdio'], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters: Array<{ uri: string; version?: number; resolve: (params: PublishDiagnosticsParams) => void }> = [];
  const published: PublishDiagnosticsParams[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const index = waiters.findIndex((waiter) => waiter.uri === params.uri && (waiter.version === undefined || waiter.version === params.version));
    if (index >= 0) waiters.splice(index, 1)[0].resolve(params);
    else published.push(params);
  });
  connection.onRequest('workspace/configuration', () => [{}]);
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
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
