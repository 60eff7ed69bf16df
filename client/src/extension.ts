/**
 * The VS Code client: starts the language server, and adds what only the
 * editor can do — commands with QuickPicks, the language status item. Every
 * finding, fix, hover, symbol and completion comes from the server.
 */
import * as path from 'node:path';
import {
  commands,
  env,
  EventEmitter,
  Uri,
  l10n,
  languages,
  LanguageStatusSeverity,
  SnippetString,
  ViewColumn,
  window,
  workspace,
  type DocumentSelector,
  type ExtensionContext,
  type LanguageStatusItem,
  type QuickPickItem,
  type TextDocument,
  type TextDocumentContentProvider,
} from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  FixAllCommand,
  SERVER_NODE_OPTIONS,
  SkeletonRequestMethod,
  SummaryRequestMethod,
  type NoticeSummary,
  type SkeletonParams,
  type SkeletonResult,
} from '../../server/src/lsp/protocol.js';
import { NOTICE_TYPES } from '../../server/src/template/notice-types.js';
import { CANONICAL_GRADES } from '../../server/src/template/grades.js';

export const LANGUAGE_ID = 'vacancy-notice';

let client: LanguageClient | undefined;
let status: LanguageStatusItem | undefined;
let context: ExtensionContext;

function selector(): DocumentSelector {
  const globs = workspace.getConfiguration('vnlint').get<string[]>('noticeGlobs', []);
  return [{ language: LANGUAGE_ID }, ...globs.map((pattern) => ({ pattern }))];
}

async function startClient(): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const serverOptions: ServerOptions = {
    // the same node options as bin/vnlint-language-server.js (memory: docs/lsp.md)
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector() as LanguageClientOptions['documentSelector'],
    // config files (.vnlintrc.*) are watched by the server's dynamic registration
    synchronize: { configurationSection: 'vnlint' },
  };
  client = new LanguageClient('vnlint', 'vnlint', serverOptions, clientOptions);
  await client.start();
}

function isNotice(document: TextDocument | undefined): document is TextDocument {
  return !!document && languages.match(selector(), document) > 0;
}

async function summaryOf(document: TextDocument): Promise<NoticeSummary | null> {
  if (!client) return null;
  return client.sendRequest<NoticeSummary | null>(SummaryRequestMethod, { textDocument: { uri: document.uri.toString() } });
}

let statusTimer: NodeJS.Timeout | undefined;
function updateStatusSoon(delay = 250) {
  if (statusTimer) clearTimeout(statusTimer);
  statusTimer = setTimeout(() => void updateStatus(), delay);
}

async function updateStatus(): Promise<void> {
  if (!status) return;
  const document = window.activeTextEditor?.document;
  if (!isNotice(document)) return;
  try {
    const summary = await summaryOf(document);
    if (!summary) return;
    const parts = [summary.language.toUpperCase(), summary.noticeType, ...(summary.grade ? [summary.grade] : [])];
    status.text = `$(checklist) ${parts.join(' · ')} · ${l10n.t('{0}% ready', summary.readiness)}`;
    status.detail = l10n.t('{0} of {1} required sections, {2} errors', summary.requiredPresent, summary.requiredTotal, summary.errors);
    status.severity = summary.errors > 0 ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
    status.command = { title: l10n.t('Show notice summary'), command: 'vnlint.showSummary' };
  } catch {
    // the server is restarting; the next change updates the item
  }
}

async function newNotice(): Promise<void> {
  type Pick<T> = QuickPickItem & { value: T };
  const typeItems: Array<Pick<SkeletonParams['noticeType']>> = NOTICE_TYPES.map((type) => ({
    label: type.names[env.language.startsWith('fr') ? 'fr' : env.language.startsWith('es') ? 'es' : 'en'],
    description: type.type,
    value: type.type as SkeletonParams['noticeType'],
  }));
  const type = await window.showQuickPick(typeItems, { title: l10n.t('New vacancy notice (1/3)'), placeHolder: l10n.t('Notice type') });
  if (!type) return;
  const languageItems: Array<Pick<SkeletonParams['language']>> = [
    { label: l10n.t('English'), description: 'en', value: 'en' },
    { label: l10n.t('French'), description: 'fr', value: 'fr' },
    { label: l10n.t('Spanish'), description: 'es', value: 'es' },
  ];
  const language = await window.showQuickPick(languageItems, { title: l10n.t('New vacancy notice (2/3)'), placeHolder: l10n.t('Language of the notice') });
  if (!language) return;
  let grade: string | undefined;
  const graded = NOTICE_TYPES.find((t) => t.type === type.value)?.graded && type.value !== 'CFA';
  if (graded) {
    const gradePick = await window.showQuickPick(
      CANONICAL_GRADES.filter((g) => g !== 'UG').map((g) => ({ label: g })),
      { title: l10n.t('New vacancy notice (3/3)'), placeHolder: l10n.t('Grade') },
    );
    if (!gradePick) return;
    grade = gradePick.label;
  }
  if (!client) return;
  const result = await client.sendRequest<SkeletonResult>(SkeletonRequestMethod, { noticeType: type.value, language: language.value, grade } satisfies SkeletonParams);
  const document = await workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await window.showTextDocument(document);
  await editor.insertSnippet(new SnippetString(result.snippet));
}

/** Read-only summary documents (`vnlint-summary:/<name> summary.md?<notice uri>`), refreshed as the notice changes. */
const SUMMARY_SCHEME = 'vnlint-summary';
const summaryChanged = new EventEmitter<Uri>();
const summaryProvider: TextDocumentContentProvider = {
  onDidChange: summaryChanged.event,
  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const notice = workspace.textDocuments.find((d) => d.uri.toString() === uri.query);
    if (!notice) return l10n.t('Open a vacancy notice first.');
    return (await summaryOf(notice))?.markdown ?? '';
  },
};

function summaryUri(document: TextDocument): Uri {
  const name = path.posix.basename(document.uri.path) || 'notice';
  return Uri.from({ scheme: SUMMARY_SCHEME, path: `/${name} summary.md`, query: document.uri.toString() });
}

async function showSummary(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!isNotice(document)) {
    void window.showInformationMessage(l10n.t('Open a vacancy notice first.'));
    return;
  }
  const uri = summaryUri(document);
  try {
    // rendered beside the notice by the built-in Markdown extension
    await commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    await window.showTextDocument(await workspace.openTextDocument(uri), { viewColumn: ViewColumn.Beside, preview: true });
  }
}

async function fixAll(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!isNotice(document) || !client) return;
  const result = await client.sendRequest<{ applied: boolean } | null>('workspace/executeCommand', {
    command: FixAllCommand,
    arguments: [document.uri.toString()],
  });
  if (!result?.applied) void window.showInformationMessage(l10n.t('No auto-fixable vnlint problems in this notice.'));
}

export async function activate(extensionContext: ExtensionContext): Promise<void> {
  context = extensionContext;
  await startClient();
  status = languages.createLanguageStatusItem('vnlint.summary', { language: LANGUAGE_ID });
  status.name = l10n.t('vnlint notice summary');
  status.text = 'vnlint';
  context.subscriptions.push(
    status,
    workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, summaryProvider),
    summaryChanged,
    commands.registerCommand('vnlint.newNotice', newNotice),
    commands.registerCommand('vnlint.showSummary', showSummary),
    commands.registerCommand('vnlint.fixAll', fixAll),
    window.onDidChangeActiveTextEditor(() => updateStatusSoon(0)),
    languages.onDidChangeDiagnostics((event) => {
      const active = window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) updateStatusSoon();
      for (const open of workspace.textDocuments) {
        if (open.uri.scheme === SUMMARY_SCHEME && event.uris.some((uri) => uri.toString() === open.uri.query)) summaryChanged.fire(open.uri);
      }
    }),
    workspace.onDidChangeTextDocument((event) => {
      if (event.document === window.activeTextEditor?.document) updateStatusSoon(600);
    }),
    workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('vnlint.noticeGlobs')) return;
      await client?.stop();
      await startClient();
    }),
    { dispose: () => void client?.stop() },
  );
  updateStatusSoon(0);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
