/**
 * The language server: a thin adapter from LSP to the engine. It keeps the
 * open documents (incremental sync), lints them after a short debounce, and
 * publishes the findings as diagnostics with quick fixes as code actions.
 * Works over stdio (`vnlint-language-server --stdio`) and Node IPC.
 */
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../engine/index.js';
import type { Fix, LintMessage, VnlintConfig } from '../engine/types.js';

/** Data carried by each diagnostic, so code actions need no re-lint. */
interface DiagnosticData {
  fix?: Fix;
  suggestions?: Array<{ desc: string; fix: Fix }>;
  version: number;
}

const LINT_DELAY_MS = 120;

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  let config: VnlintConfig = {};

  connection.onInitialize(
    (): InitializeResult => ({
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      },
      serverInfo: { name: 'vnlint-language-server', version: '0.1.0' },
    }),
  );

  connection.onInitialized(() => {
    void refreshConfig();
  });
  connection.onDidChangeConfiguration(() => {
    void refreshConfig().then(() => {
      for (const document of documents.all()) schedule(document, 0);
    });
  });

  async function refreshConfig() {
    try {
      const settings = await connection.workspace.getConfiguration('vnlint');
      if (settings && typeof settings === 'object') config = { rules: (settings as { rules?: VnlintConfig['rules'] }).rules ?? {} };
    } catch {
      // a client without workspace/configuration: keep defaults
    }
  }

  function schedule(document: TextDocument, delay = LINT_DELAY_MS) {
    const previous = timers.get(document.uri);
    if (previous) clearTimeout(previous);
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        validate(document);
      }, delay),
    );
  }

  function validate(document: TextDocument) {
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return; // superseded by a newer change
    let diagnostics: Diagnostic[];
    try {
      diagnostics = lint(current.getText(), { config }).messages.map((message) => toDiagnostic(current, message));
    } catch (error) {
      connection.console.error(`vnlint: linting ${current.uri} failed: ${(error as Error).stack ?? error}`);
      diagnostics = [];
    }
    void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  }

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    const timer = timers.get(event.document.uri);
    if (timer) clearTimeout(timer);
    timers.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const actions: CodeAction[] = [];
    const wantsFixAll = params.context.only?.some((kind) => kind === CodeActionKind.SourceFixAll || kind.startsWith(`${CodeActionKind.SourceFixAll}.`));
    if (wantsFixAll) {
      const fixes = lint(document.getText(), { config }).messages.filter((message) => message.fix).map((message) => message.fix!);
      if (fixes.length) {
        actions.push({
          title: 'Fix all auto-fixable vnlint problems',
          kind: `${CodeActionKind.SourceFixAll}.vnlint`,
          edit: { changes: { [document.uri]: nonOverlapping(fixes).map((fix) => toTextEdit(document, fix)) } },
        });
      }
      return actions;
    }
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'vnlint') continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      if (!data || data.version !== document.version) continue;
      const candidates = [...(data.fix ? [{ desc: `Fix: ${diagnostic.message}`, fix: data.fix }] : []), ...(data.suggestions ?? [])];
      for (const candidate of candidates) {
        actions.push({
          title: candidate.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: candidate.fix === data.fix,
          edit: { changes: { [document.uri]: [toTextEdit(document, candidate.fix)] } },
        });
      }
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function toTextEdit(document: TextDocument, fix: Fix) {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

/** Keeps fixes that do not overlap an earlier one (LSP rejects overlapping edits). */
function nonOverlapping(fixes: Fix[]): Fix[] {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const kept: Fix[] = [];
  let cursor = -1;
  for (const fix of sorted) {
    if (fix.range[0] < cursor) continue;
    // two insertions at one point would also be ambiguous
    if (kept.length && fix.range[0] === cursor && fix.range[0] === fix.range[1] && kept[kept.length - 1].range[0] === kept[kept.length - 1].range[1]) continue;
    kept.push(fix);
    cursor = fix.range[1];
  }
  return kept;
}

function toDiagnostic(document: TextDocument, message: LintMessage): Diagnostic {
  const data: DiagnosticData = { fix: message.fix, suggestions: message.suggestions, version: document.version };
  return {
    range: { start: document.positionAt(message.range[0]), end: document.positionAt(message.range[1]) },
    severity:
      message.severity === 'error' ? DiagnosticSeverity.Error : message.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: 'vnlint',
    message: message.message,
    ...(message.ruleId ? { code: message.ruleId } : {}),
    ...(message.url ? { codeDescription: { href: message.url } } : {}),
    data,
  };
}
