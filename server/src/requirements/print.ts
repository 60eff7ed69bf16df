/**
 * `vnlint --print-requirements`: the extracted eligibility facts of one file
 * as plain JSON data (grade, degree/years alternatives, Experience's bare
 * figure, competency levels). Parses with the file's config (language,
 * notice type, grade) and runs no rule.
 */
import type { VnlintConfig } from '../engine/types.js';
import { parseNotice } from '../notice/parse.js';
import { decodeNoticeBytes } from '../text/decode.js';
import { extractRequirements, printableRequirements, type PrintedRequirements } from './extract.js';

export type FileRequirements = { filePath: string } & PrintedRequirements;

export function requirementsOfFile(filePath: string, bytes: Uint8Array, config: VnlintConfig = {}): FileRequirements {
  const text = decodeNoticeBytes(bytes).text;
  const tree = parseNotice(text, { language: config.language, noticeType: config.noticeType, grade: config.grade });
  return { filePath, ...printableRequirements(extractRequirements(tree)) };
}
