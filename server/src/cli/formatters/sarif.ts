/**
 * `--format sarif`: SARIF 2.1.0, as GitHub code scanning accepts it
 * (github/codeql-action/upload-sarif). One run; `tool.driver.rules` lists
 * every rule with its documentation page as `helpUri`; each result has
 * `ruleId`, `ruleIndex`, `level`, `message.text` and a physical location with
 * a cwd-relative URI and a 1-based region. Automatic fixes are included as
 * SARIF `fixes` (character offsets of the file's text).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../rules/index.js';
import { DOCS_BASE } from '../../rules/rule.js';
import type { LintMessage } from '../../engine/types.js';
import type { FileResult, Formatter } from './index.js';

declare const __VNLINT_VERSION__: string | undefined;
const VERSION = typeof __VNLINT_VERSION__ === 'string' ? __VNLINT_VERSION__ : '0.0.0-dev';

/** Results without a rule (file problems, directive problems) get these pseudo-rules. */
const PSEUDO_RULES = [
  { id: 'file-error', description: 'The file could not be linted (binary, unreadable) or is empty.' },
  { id: 'directive', description: 'A vnlint-disable comment that is unused or names an unknown rule.' },
];

export function sarifRuleId(message: LintMessage): string {
  if (message.ruleId) return message.ruleId;
  return message.fatal || /^(Empty|Binary) file/.test(message.message) ? 'file-error' : 'directive';
}

const sarifLevel = (message: LintMessage) => (message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'note');

export function toUri(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return pathToFileURL(filePath).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

const artifactLocation = (uri: string) => (uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' });

export const sarif: Formatter = (results: FileResult[], options) => {
  const ruleIds = new Set<string>();
  const descriptors: Array<{ id: string; description: string; url?: string; severity: string }> = [
    ...RULES.map((rule) => ({ id: rule.meta.id, description: rule.meta.description, url: `${DOCS_BASE}${rule.meta.id}.md`, severity: rule.meta.severity })),
    ...PSEUDO_RULES.map((rule) => ({ ...rule, url: undefined, severity: 'warning' })),
  ];
  const ruleIndex = new Map(descriptors.map((rule, index) => [rule.id, index]));
  for (const descriptor of descriptors) ruleIds.add(descriptor.id);
  const sarifResults = [];
  for (const result of results) {
    const uri = toUri(result.filePath, options.cwd);
    for (const message of result.messages) {
      const ruleId = sarifRuleId(message);
      const region = {
        startLine: message.line,
        startColumn: message.column,
        endLine: Math.max(message.endLine, message.line),
        endColumn: message.endLine > message.line ? message.endColumn : Math.max(message.endColumn, message.column),
      };
      sarifResults.push({
        ruleId,
        ruleIndex: ruleIndex.get(ruleId)!,
        level: sarifLevel(message),
        message: { text: message.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(uri), region } }],
        ...(message.fix
          ? {
              fixes: [
                {
                  description: { text: message.fix.text ? `Replace with “${message.fix.text.slice(0, 80)}”` : 'Delete' },
                  artifactChanges: [
                    {
                      artifactLocation: artifactLocation(uri),
                      replacements: [
                        {
                          deletedRegion: { charOffset: message.fix.range[0], charLength: message.fix.range[1] - message.fix.range[0] },
                          insertedContent: { text: message.fix.text },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vnlint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/vnlint/vnlint',
            rules: descriptors.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              ...(rule.url ? { helpUri: rule.url, help: { text: `${rule.description} See ${rule.url}`, markdown: `${rule.description} [Documentation](${rule.url})` } } : {}),
              defaultConfiguration: { level: rule.severity === 'error' ? 'error' : rule.severity === 'info' ? 'note' : 'warning' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
