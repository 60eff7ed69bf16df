/**
 * Shapes of the IOM template data (rule book ../shared/template/RULEBOOK.md).
 * The data itself lives beside this file, one module per concern; rules and
 * fixes read it, they never hard-code headings or texts.
 */
import type { Language, NoticeType } from '../notice/tree.js';

export type Evidence = 'seed' | 'verified' | 'job-board' | 'assumed';

export interface HeadingVariant {
  text: string;
  language: Language;
  /** Variants marked [A] in the rule book. */
  assumed?: boolean;
  /**
   * The variant may continue with a tail after "-", "–", "—" or ":"
   * ("Values - all IOM staff members must abide by ... these five values").
   */
  allowsTail?: boolean;
  /** Only meaningful inside this group (FR "Compétences" = skills inside Qualifications). */
  onlyInside?: string;
  /** Evidence mark as the rule book prints it ("S000:97", "V", "C", "A"). */
  source?: string;
}

/** An opening sentence prefix (§3.1): "Les candidatures … sont les bienvenues". */
export interface OpenerDef {
  /** Prefix; with "…", the words after it must follow later in the same sentence. */
  text: string;
  language: Language;
  assumed?: boolean;
  source?: string;
}

export interface SectionDef {
  /** Canonical id: introduction, tier, context, responsibilities, qualifications, education, ... */
  id: string;
  /** Template order index (§3.4; §3.5 for volunteer sections). */
  order: number;
  /** `group` headings (qualifications, competencies) hold sub-sections and are never empty. */
  kind: 'section' | 'group';
  /** The layout family this section belongs to. */
  family: 'staff' | 'volunteer';
  variants: HeadingVariant[];
  /** Sections found by their first sentence (introduction, tier): openers per language. */
  openers?: OpenerDef[];
  /** Display names for messages, per language. */
  names: Record<Language, string>;
  /** The group this sub-section belongs to (education → qualifications). */
  parent?: string;
  /** True for sections found only by their opening sentence (tier). */
  noHeading?: boolean;
}

/** §3.1 wrapper headings: merged into the next section, never empty or duplicate. */
export interface WrapperHeading {
  text: string;
  language: Language;
  /**
   * Merge only when the next heading belongs to this section; without it the
   * wrapper merges into whatever section follows ("Job Description").
   */
  mergesInto?: string;
  /** Exact next-heading texts the rule book names ("Responsibilities and Accountabilities"). */
  before?: string[];
  assumed?: boolean;
  source?: string;
}

/** Job-board chrome headings (§3.1, §5 job-board-noise category 5). */
export interface ChromeHeading {
  text: string;
  language: Language;
  source?: string;
}

/** R required, C conditional, O optional, '-' not expected (§3.3). */
export type Requirement = 'R' | 'C' | 'O' | '-';

/** Requirement columns of §3.3. */
export type RequirementColumn = 'PD' | 'NO' | 'G' | 'UG' | 'CFEOI' | 'consultancy' | 'internship' | 'volunteer';

export type HeaderLayout = 'current' | 'legacy' | 'volunteer';

export interface FieldLabel {
  text: string;
  language: Language;
  layout: HeaderLayout;
  assumed?: boolean;
  /** Evidence mark ("S003:8", "C", "V", "A"). */
  source?: string;
}

export interface FieldDef {
  key: string;
  /** Label variants per layout and language. */
  labels: FieldLabel[];
  /** Required in these layouts. */
  requiredIn: Array<'current' | 'legacy' | 'volunteer'>;
  /** Placeholder inserted by the missing-field fix, per language. */
  placeholder: Record<Language, string>;
  /** Display names for messages, per language. */
  names?: Record<Language, string>;
  /** Grades for which a missing field is only a warning (vacancyType on UG, §2). */
  warnOnlyForGrades?: string[];
  /** Layouts of `requiredIn` where the requirement is an [A] default (volunteer, §2). */
  assumedRequiredIn?: HeaderLayout[];
}

export interface StandardText {
  /**
   * Lines as they are inserted, joined with ONE file line ending; paragraphs
   * are separated by an empty string entry (as in the seeds).
   */
  lines: string[];
  evidence: Evidence;
  /** Where the text goes in its section: the whole body (default) or its end (§4.3). */
  placement?: 'body' | 'end';
  /** Source lines ("000:7, 000:9, 000:11") or rule-book section for [A] texts. */
  source?: string;
}

export interface CompetencyItem {
  /** Stable key: inclusion, integrity, ... */
  key: string;
  names: Record<Language, string[]>;
  /** Standard one-line definitions, when the rule book has them. */
  definitions: Partial<Record<Language, string>>;
}

export interface GradeRow {
  grade: string;
  advanced?: number;
  firstLevel?: number;
  secondary?: number;
  evidence: Evidence;
}

export type { NoticeType, Language };
