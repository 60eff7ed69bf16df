/**
 * `vnlint/summary`: what the status bar shows (language, notice type, grade,
 * readiness) and the "Show notice summary" document. Computed from the cached
 * lint result of the document's current version.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NOTICE_TYPES } from '../template/notice-types.js';
import { describesSupervision, MANAGERIAL_UNEXPECTED_GRADES, requirementColumn, requirementFor } from '../template/requirements.js';
import { sectionsOfFamily } from '../template/sections.js';
import type { CachedLint } from './documents.js';
import { requirementText } from './hover.js';
import { locale, t } from './l10n.js';
import type { NoticeSummary, SectionStatus } from './protocol.js';

const LANGUAGE_NAMES: Record<string, Record<string, string>> = {
  en: { en: 'English', fr: 'French', es: 'Spanish' },
  fr: { en: 'anglais', fr: 'français', es: 'espagnol' },
};

export function summarize(document: TextDocument, cached: CachedLint, lintRuns: number): NoticeSummary {
  const tree = cached.result.notice;
  const data = tree.data;
  const family = data.noticeType === 'volunteer' ? 'volunteer' : 'staff';
  const column = requirementColumn(data.noticeType, data.grade, data.category);
  const present = new Map<string, number>();
  for (const child of tree.children) {
    if (child.type === 'section' && child.id !== 'preamble' && !present.has(child.id)) {
      present.set(child.id, document.positionAt(child.heading?.span.start ?? child.position.start.offset ?? 0).line);
    }
  }
  const messages = cached.result.messages;
  // §3.3: Managerial is required when the Responsibilities describe supervision by the incumbent
  const responsibilities = tree.children.find((c) => c.type === 'section' && c.id === 'responsibilities');
  const range = responsibilities?.data as { viewStart?: number; viewEnd?: number } | undefined;
  const supervises =
    range?.viewStart !== undefined && range.viewEnd !== undefined && describesSupervision(data.view.text.slice(range.viewStart, range.viewEnd), data.language);
  const sections: SectionStatus[] = [];
  for (const def of sectionsOfFamily(family)) {
    let requirement = requirementFor(def.id, column, data.layout);
    if (requirement === '-') continue;
    if (requirement === 'C' && supervises) requirement = 'R';
    if (requirement === 'C' && data.grade && MANAGERIAL_UNEXPECTED_GRADES.includes(data.grade) && !present.has(def.id)) continue;
    sections.push({
      id: def.id,
      name: def.names[data.language],
      requirement: requirement as 'R' | 'C' | 'O',
      present: present.has(def.id),
      ...(present.has(def.id) ? { line: present.get(def.id) } : {}),
    });
  }
  const required = sections.filter((s) => s.requirement === 'R');
  const requiredPresent = required.filter((s) => s.present).length;
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  const infos = messages.filter((m) => m.severity === 'info').length;
  const rulesWithErrors = new Set(messages.filter((m) => m.severity === 'error' && m.ruleId !== 'missing-section').map((m) => m.ruleId));
  const base = required.length ? (100 * requiredPresent) / required.length : 100;
  const readiness = Math.max(0, Math.round(base - 10 * rulesWithErrors.size));
  const noticeTypeName = NOTICE_TYPES.find((type) => type.type === data.noticeType)?.names[locale() === 'fr' ? 'fr' : 'en'] ?? data.noticeType;
  const summary: NoticeSummary = {
    uri: document.uri,
    version: document.version,
    language: data.language,
    noticeType: data.noticeType,
    noticeTypeName,
    layout: data.layout,
    ...(data.grade ? { grade: data.grade } : {}),
    ...(data.category ? { category: data.category } : {}),
    sections,
    requiredPresent,
    requiredTotal: required.length,
    errors,
    warnings,
    infos,
    fixable: messages.filter((m) => m.fix).length,
    readiness,
    markdown: '',
    lintMs: Math.round(cached.ms * 100) / 100,
    lintRuns,
  };
  summary.markdown = summaryMarkdown(summary);
  return summary;
}

function summaryMarkdown(s: NoticeSummary): string {
  const languageName = (LANGUAGE_NAMES[locale()] ?? LANGUAGE_NAMES.en)![s.language] ?? s.language;
  const lines = [
    `# ${t('Notice summary')}`,
    '',
    `- ${t('Language')}: ${languageName}`,
    `- ${t('Notice type')}: ${s.noticeTypeName} (${s.noticeType})`,
    `- ${t('Grade')}: ${s.grade ?? t('not stated')}`,
    `- ${t('Header layout')}: ${s.layout}`,
    `- ${t('Readiness')}: ${s.readiness}% — ${t('{0} of {1} required sections present', s.requiredPresent, s.requiredTotal)}`,
    `- ${t('Findings')}: ${t('{0} errors, {1} warnings, {2} infos ({3} automatically fixable)', s.errors, s.warnings, s.infos, s.fixable)}`,
    '',
    `## ${t('Sections')}`,
    '',
    `| | ${t('Section')} | ${t('Requirement')} | ${t('Line')} |`,
    '|---|---|---|---|',
    ...s.sections.map((section) => `| ${section.present ? '✓' : section.requirement === 'R' ? '✗' : '·'} | ${section.name} | ${requirementText(section.requirement)} | ${section.line === undefined ? '' : section.line + 1} |`),
    '',
    t('Readiness = required sections present ÷ required sections × 100, minus 10 for each rule other than missing-section that still reports an error.'),
    '',
  ];
  return lines.join('\n');
}
