/**
 * Notice type detection (rule book §1 "Type detection"; the first match wins).
 * The labels and keywords are template data (template/notice-types.ts).
 */
import { CONSULTANCY_LABELS, CONSULTANCY_VALUE, NOTICE_TYPE_LABELS, REFERENCE_PREFIXES, TYPE_TITLE_KEYWORDS } from '../template/notice-types.js';
import { fold } from './normalize.js';
import type { FieldNode, NoticeType, SectionNode } from './tree.js';

export interface TypeEvidence {
  fields: FieldNode[];
  family: 'staff' | 'volunteer';
  grade?: string;
  text: string;
  sections: SectionNode[];
}

/** Labels only consultancies use ("CFCV No.", "IOM Classification", "Tipo de consultoría"), folded. */
const CONSULTANCY_LABEL_SET = new Set(CONSULTANCY_LABELS.map((label) => fold(label.text).replace(/\s*:$/, '')));

export function detectNoticeType(evidence: TypeEvidence): NoticeType {
  const field = (key: string) => evidence.fields.find((candidate) => candidate.key === key)?.fieldValue.value.trim();
  // 2. the Vacancy Type value (longest label first: "Special Vacancy Notice" before "Vacancy Notice")
  const vacancyType = field('vacancyType');
  if (vacancyType) {
    const folded = fold(vacancyType);
    const label = NOTICE_TYPE_LABELS.filter((entry) => folded.includes(fold(entry.text))).sort((a, b) => b.text.length - a.text.length)[0];
    if (label) return label.type;
  }
  // 3. the reference prefix
  const reference = field('reference');
  if (reference) {
    const prefix = REFERENCE_PREFIXES.find((entry) => entry.pattern.test(reference));
    if (prefix) return prefix.type;
  }
  // 4. UG means CFA; consultancy fields mean consultancy
  if (evidence.grade === 'UG') return 'CFA';
  if (
    evidence.fields.some(
      (candidate) =>
        CONSULTANCY_LABEL_SET.has(fold(candidate.label.value).replace(/\s*:$/, '')) ||
        (candidate.key === 'classification' && CONSULTANCY_VALUE.test(candidate.fieldValue.value)),
    )
  ) {
    return 'consultancy';
  }
  // 5. volunteer headings, or keywords in the title
  if (evidence.family === 'volunteer') return 'volunteer';
  const title = field('title') ?? evidence.text.slice(0, 400).split(/\r?\n/).find((line) => line.trim()) ?? '';
  const foldedTitle = fold(title);
  for (const entry of TYPE_TITLE_KEYWORDS) {
    if (entry.pattern.test(foldedTitle)) return entry.type;
  }
  return 'VN';
}
