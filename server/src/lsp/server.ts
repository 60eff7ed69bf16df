/**
 * The language server: wires the LSP connection to one handler file per
 * capability (diagnostics.ts, code-actions.ts, hover.ts, symbols.ts,
 * folding.ts, completion.ts, summary.ts, skeleton.ts). It keeps the open
 * documents (incremental sync) and a lint result per document version
 * (documents.ts), so a keystroke lints once whatever the editor asks next.
 *
 * Diagnostics: pulled (LSP 3.17 textDocument/diagnostic) when the client
 * supports it, pushed otherwise after a short debounce. Works over stdio
 * (`vnlint-language-server --stdio`) and Node IPC, in VS Code or any LSP
 * client (see README "Other editors"). Custom requests: docs/lsp.md.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { VnlintConfig } from '../engine/types.js';
import { codeActions, FIX_ALL_KIND, fixAllEdit } from './code-actions.js';
import { completions } from './completion.js';
import { toDiagnostic } from './diagnostics.js';
import { KEEP_RESULTS, LintCache, type CachedLint } from './documents.js';
import { fileConfigFor, isConfigFile, resetFileConfigs } from './file-config.js';
import { foldingRanges, selectionRanges } from './folding.js';
import { hover } from './hover.js';
import { IdleCollector } from './memory.js';
import { setLocale } from './l10n.js';
import { FixAllCommand, SkeletonRequestMethod, SummaryRequestMethod, type SkeletonParams, type SummaryParams } from './protocol.js';
import { DEFAULT_SETTINGS, mergeConfig, settingsFrom, type EditorSettings } from './settings.js';
import { buildSkeleton } from './skeleton.js';
import { summarize } from './summary.js';
import { SafeTextDocument } from './sync.js';
import { documentSymbols } from './symbols.js';

/** Debounce between a keystroke and the lint (push mode), and the longest a pull waits. */
export const LINT_DELAY_MS = 120;

/**
 * A pull waits for this many times the document's last lint duration of
 * quiet (at most LINT_DELAY_MS): a 20 KB notice lints in a few milliseconds,
 * so its diagnostics follow each keystroke at once, while a document that
 * takes 50 ms to lint is only linted when the typing pauses.
 */
export const PULL_DELAY_FACTOR = 2;

/** How long a pull waits after the last change: PULL_DELAY_FACTOR × the last lint, at most LINT_DELAY_MS. */
export function pullDelay(lastLintMs: number | undefined): number {
  return Math.min(LINT_DELAY_MS, PULL_DELAY_FACTOR * (lastLintMs ?? LINT_DELAY_MS));
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(SafeTextDocument);
  const collector = new IdleCollector();
  const cache = new LintCache(KEEP_RESULTS, () => collector.busy());
  const timers = new Map<string, { timer: NodeJS.Timeout; version: number }>();
  const scheduledVersion = new Map<string, number>();
  /** When each document last changed (pull mode debounces with it). */
  const lastChangeAt = new Map<string, number>();
  const justOpened = new Set<string>();
  const settingsCache = new Map<string, Promise<EditorSettings>>();
  /** Diagnostics of the last saved version (lint-on-save mode). */
  const savedDiagnostics = new Map<string, Diagnostic[]>();
  let globalSettings: EditorSettings = DEFAULT_SETTINGS;
  let hasConfigurationCapability = false;
  let pullDiagnostics = false;
  let watchFiles = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    setLocale(params.locale);
    hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
    pullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    watchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) globalSettings = settingsFrom(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: { label: 'vnlint' },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        completionProvider: { triggerCharacters: [':'], resolveProvider: false },
        executeCommandProvider: { commands: [FixAllCommand] },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'vnlint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'vnlint-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (!watchFiles) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/{.vnlintrc,.vnlintrc.json,.vnlintrc.yaml,.vnlintrc.yml,package.json}' }],
    });
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    reportedProblems.clear();
    const raw = (change.settings as { vnlint?: unknown } | undefined)?.vnlint;
    if (!hasConfigurationCapability && raw) globalSettings = settingsFrom(raw);
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    if (!change.changes.some((event) => isConfigFile(event.uri))) return;
    resetFileConfigs();
    refreshAll();
  });

  function refreshAll() {
    savedDiagnostics.clear();
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) schedule(document, 0, true);
  }

  /** Editor settings for a document (resource-scoped when the client supports workspace/configuration). */
  function settingsFor(uri: string): Promise<EditorSettings> {
    if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'vnlint' })
        .then((raw) => settingsFrom(raw), () => globalSettings);
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  /** The config a document is linted with: its .vnlintrc (for files on disk) under the editor settings. */
  const reportedProblems = new Set<string>();
  function warnOnce(message: string) {
    if (reportedProblems.has(message)) return;
    reportedProblems.add(message);
    connection.console.warn(message);
    void connection.window.showWarningMessage(message);
  }

  async function configFor(uri: string): Promise<{ settings: EditorSettings; config: VnlintConfig }> {
    const settings = await settingsFor(uri);
    settings.problems.forEach(warnOnce);
    const fileConfig = fileConfigFor(uri, warnOnce);
    return { settings, config: mergeConfig(fileConfig, settings.config) };
  }

  async function resultFor(document: TextDocument): Promise<{ cached: CachedLint; config: VnlintConfig; settings: EditorSettings }> {
    const { settings, config } = await configFor(document.uri);
    const current = documents.get(document.uri) ?? document;
    return { cached: cache.get(current, config), config, settings };
  }

  function lintSafely(document: TextDocument, config: VnlintConfig): Diagnostic[] {
    try {
      return cache.get(document, config).result.messages.map((message) => toDiagnostic(document, message));
    } catch (error) {
      connection.console.error(`vnlint: linting ${document.uri} failed: ${(error as Error).stack ?? error}`);
      return [];
    }
  }

  // ---- push diagnostics --------------------------------------------------
  /** Lints a version after `delay`; a version already scheduled is not scheduled again unless `force`d. */
  function schedule(document: TextDocument, delay = LINT_DELAY_MS, force = false) {
    if (pullDiagnostics) return;
    const version = document.version;
    // the open event and its content event name the same version: lint it once
    if (!force && scheduledVersion.get(document.uri) === version) return;
    scheduledVersion.set(document.uri, version);
    const previous = timers.get(document.uri);
    if (previous) clearTimeout(previous.timer);
    const timer = setTimeout(() => {
      timers.delete(document.uri);
      void validate(document.uri, version);
    }, delay);
    timers.set(document.uri, { timer, version });
  }

  async function validate(uri: string, version: number) {
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // superseded by a newer change
    const { settings, config } = await configFor(uri);
    if (documents.get(uri)?.version !== version) return;
    const diagnostics = settings.enable ? lintSafely(current, config) : [];
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    savedDiagnostics.delete(event.document.uri);
    schedule(event.document, 0, true);
  });
  documents.onDidChangeContent(async (event) => {
    // (the content event that follows an open is not typing)
    if (!justOpened.delete(event.document.uri)) lastChangeAt.set(event.document.uri, Date.now());
    if (pullDiagnostics) return;
    const { settings } = await configFor(event.document.uri);
    if (settings.run === 'onType') schedule(event.document);
  });
  documents.onDidSave(async (event) => {
    savedDiagnostics.delete(event.document.uri);
    const { settings } = await configFor(event.document.uri);
    if (settings.run !== 'onSave') return;
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else schedule(event.document, 0, true);
  });
  documents.onDidClose((event) => {
    const pending = timers.get(event.document.uri);
    if (pending) clearTimeout(pending.timer);
    timers.delete(event.document.uri);
    scheduledVersion.delete(event.document.uri);
    cache.delete(event.document.uri);
    lastChangeAt.delete(event.document.uri);
    savedDiagnostics.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  // ---- pull diagnostics (LSP 3.17) ----------------------------------------
  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = document.version;
    const { settings, config } = await configFor(document.uri);
    // debounce, as long as the document takes to lint: while the author types, the client cancels this pull before it lints
    const quiet = pullDelay(cache.last(document.uri)?.ms) - (Date.now() - (lastChangeAt.get(document.uri) ?? 0));
    if (settings.run === 'onType' && quiet > 0) await new Promise((resolve) => setTimeout(resolve, quiet));
    if (token.isCancellationRequested || documents.get(document.uri)?.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer version', { retriggerRequest: true });
    }
    if (!settings.enable) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (settings.run === 'onSave') {
      // the findings of the text as last opened or saved, not of unsaved typing
      let items = savedDiagnostics.get(document.uri);
      if (!items) {
        items = lintSafely(document, config);
        savedDiagnostics.set(document.uri, items);
      }
      return { kind: DocumentDiagnosticReportKind.Full, items };
    }
    const resultId = `${version}:${JSON.stringify(config).length}:${hashOf(JSON.stringify(config))}`;
    if (params.previousResultId === resultId && cache.last(document.uri)?.version === version) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: lintSafely(document, config) };
  });

  // ---- other capabilities ---------------------------------------------------
  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { cached, config } = await resultFor(document);
    return codeActions(document, params, cached, config);
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== FixAllCommand) return null;
    const uri = String(params.arguments?.[0] ?? '');
    const document = documents.get(uri);
    if (!document) return { applied: false };
    const { config } = await configFor(uri);
    const edit = fixAllEdit(document, config);
    if (!edit) return { applied: false };
    const result = await connection.workspace.applyEdit({ label: 'vnlint: fix all', edit: { changes: { [uri]: [edit] } } });
    return { applied: result.applied };
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return hover(document, params.position, (await resultFor(document)).cached);
  });

  connection.onDocumentSymbol(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return documentSymbols(document, (await resultFor(document)).cached.result.notice);
  });

  connection.onFoldingRanges(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return foldingRanges(document, (await resultFor(document)).cached.result.notice);
  });

  connection.onSelectionRanges(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return selectionRanges(document, (await resultFor(document)).cached.result.notice, params.positions);
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return completions(document, params.position, (await resultFor(document)).cached);
  });

  connection.onRequest(SummaryRequestMethod, async (params: SummaryParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return summarize(document, (await resultFor(document)).cached, cache.lintRuns);
  });

  connection.onRequest(SkeletonRequestMethod, (params: SkeletonParams) => buildSkeleton(params));

  documents.listen(connection);
  connection.listen();
  return connection;
}

function hashOf(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}
