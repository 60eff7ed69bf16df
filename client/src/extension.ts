/**
 * The VS Code client: starts the language server and tells it which documents
 * are notices. Nothing else lives here; every finding comes from the server.
 */
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const globs = workspace.getConfiguration('vnlint').get<string[]>('noticeGlobs', []);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'vacancy-notice' },
      ...globs.map((pattern) => ({ pattern })),
    ],
    synchronize: { configurationSection: 'vnlint' },
  };
  client = new LanguageClient('vnlint', 'vnlint', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
