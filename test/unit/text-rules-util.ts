/**
 * Runs the text rules (mojibake, replacement-character, job-board-noise,
 * invisible-character) on a minimal notice tree: they read only the raw text,
 * its line starts and the language, so they need no parser.
 */
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { NoticeRoot } from '../../server/src/notice/tree.js';
import type { Fix, Severity, Suggestion } from '../../server/src/engine/types.js';
import type { ReportData, Rule } from '../../server/src/rules/rule.js';
import mojibake from '../../server/src/rules/mojibake.js';
import replacementCharacter from '../../server/src/rules/replacement-character.js';
import jobBoardNoise from '../../server/src/rules/job-board-noise.js';
import invisibleCharacter from '../../server/src/rules/invisible-character.js';

export const TEXT_RULES: Rule[] = [mojibake, replacementCharacter, jobBoardNoise, invisibleCharacter];

export interface Finding {
  ruleId: string;
  message: string;
  severity: Severity;
  range: [number, number];
  line: number;
  fix?: Fix;
  suggestions?: Suggestion[];
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

export function minimalTree(text: string, language: 'en' | 'fr' | 'es' = 'en'): NoticeRoot {
  return {
    type: 'notice',
    children: [],
    data: {
      text,
      lineStarts: lineStartsOf(text),
      language,
      languageVotes: { en: 0, fr: 0, es: 0 },
      noticeType: 'VN',
      layout: 'body-only',
      eol: '\n',
      headingStyle: 'plain',
      noiseLines: new Set(),
    },
  } as unknown as NoticeRoot;
}

/** Runs the given rules (default: the four text rules) and returns their findings in text order. */
export function runRules(text: string, rules: Rule[] = TEXT_RULES, options: Record<string, unknown> = {}, language: 'en' | 'fr' | 'es' = 'en'): Finding[] {
  const processor = unified();
  for (const rule of rules) processor.use(rule.plugin as never, [1, options]);
  const file = new VFile({ value: text });
  processor.runSync(minimalTree(text, language) as never, file);
  const findings: Finding[] = [];
  for (const message of file.messages) {
    const data = message as unknown as ReportData & typeof message;
    if (!data.vnRange) throw message;
    findings.push({
      ruleId: String(data.ruleId),
      message: message.reason,
      severity: data.vnSeverity,
      range: data.vnRange,
      line: message.place && 'start' in message.place ? message.place.start.line : message.line ?? 0,
      ...(data.vnFix ? { fix: data.vnFix } : {}),
      ...(data.vnSuggestions ? { suggestions: data.vnSuggestions } : {}),
    });
  }
  return findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

/** Applies non-overlapping fixes in one pass (the engine's rule: a fix overlapping one taken is skipped). */
export function applyFixesOnce(text: string, fixes: Fix[]): { output: string; skipped: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let skipped = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor) {
      skipped++;
      continue;
    }
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
  }
  return { output: output + text.slice(cursor), skipped };
}
