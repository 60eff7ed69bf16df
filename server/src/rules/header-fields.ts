/**
 * Shared helpers of the header rules (missing-field, grade-format,
 * date-format): the header's fields, the fields a notice needs, and how an
 * inserted field line is written. Not a rule.
 */
import { FIELD_ORDER, FIELD_PLACEHOLDER, FIELDS, fieldByKey, requiredFields } from '../template/fields.js';
import { NOTICE_TYPES, TYPES_WITHOUT_REFERENCE } from '../template/notice-types.js';
import type { FieldDef } from '../template/types.js';
import { ofLanguage, type FieldNode, type Language, type NoticeRoot } from '../notice/tree.js';

export type HeaderLayout = 'current' | 'legacy' | 'volunteer';

export function headerFields(tree: NoticeRoot): FieldNode[] {
  const header = tree.children.find((child) => child.type === 'header');
  return header && header.type === 'header' ? header.children : [];
}

/** The header layout whose fields the notice needs; body-only drafts are measured against the current one. */
export function headerLayoutOf(tree: NoticeRoot): HeaderLayout {
  const layout = tree.data.layout;
  return layout === 'legacy' || layout === 'volunteer' ? layout : 'current';
}

/** §2 required fields for this layout and notice type (§1: no grade on ungraded types, no reference on internships/volunteers). */
export function fieldsRequired(tree: NoticeRoot, layout: HeaderLayout): FieldDef[] {
  const type = tree.data.noticeType;
  const graded = NOTICE_TYPES.find((info) => info.type === type)?.graded ?? true;
  return requiredFields(layout).filter((field) => {
    if (field.key === 'grade' && !graded) return false;
    if (field.key === 'classification' && (type === 'internship' || type === 'volunteer')) return false;
    if (field.key === 'reference' && TYPES_WITHOUT_REFERENCE.includes(type)) return false;
    return true;
  });
}

/** The label a fix writes for a field: the layout's label in the notice language, else another layout's, else its name. */
export function fieldLabel(field: FieldDef, layout: HeaderLayout, language: Language): string {
  const labels = field.labels;
  return (
    labels.find((label) => label.layout === layout && label.language === language)?.text ??
    labels.find((label) => label.language === language)?.text ??
    field.names?.[language] ??
    labels.find((label) => label.layout === layout)?.text ??
    field.key
  );
}

const DEFAULT_SEPARATOR: Record<Language, string> = { en: ': ', fr: '\u00A0:\u00A0', es: ': ' };

/** The separator between label and value the header already uses (" : ", ": "), else the language's. */
export function fieldSeparator(tree: NoticeRoot, fields: FieldNode[]): string {
  const text = tree.data.text;
  const counts = new Map<string, number>();
  for (const field of fields) {
    let labelEnd = field.label.end;
    while (labelEnd > field.label.start && /[ \t\u00A0]/.test(text[labelEnd - 1])) labelEnd--;
    if (field.fieldValue.start <= labelEnd) continue;
    const separator = text.slice(labelEnd, field.fieldValue.start);
    if (!/^[ \t\u00A0]*:[ \t\u00A0]*$/.test(separator)) continue;
    counts.set(separator, (counts.get(separator) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [separator, count] of counts) {
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best ?? DEFAULT_SEPARATOR[tree.data.language];
}

export function fieldLine(tree: NoticeRoot, field: FieldDef, layout: HeaderLayout, separator: string): string {
  const language = tree.data.language;
  return `${fieldLabel(field, layout, language)}${separator}${placeholderOf(field, language)}`;
}

export function placeholderOf(field: FieldDef, language: Language): string {
  return field.placeholder[language] ?? FIELD_PLACEHOLDER[language];
}

/** True when a value is still the placeholder a missing-field fix inserted. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return Object.values(FIELD_PLACEHOLDER).includes(trimmed) || /^\$\{[^}]*\}$/.test(trimmed);
}

export function fieldDisplayName(field: FieldDef, language: Language): string {
  return (field.names && ofLanguage(field.names, language)) ?? field.labels.find((label) => label.language === language)?.text ?? field.key;
}

export { FIELD_ORDER, FIELDS, fieldByKey };
