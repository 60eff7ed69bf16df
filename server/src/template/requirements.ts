/**
 * Which sections each notice type needs (rule book §3.3, §3.5), the
 * managerial-competencies condition (§3.3) and the Notes detection phrases
 * (§3.3, §4.7).
 */
import type { Language, NoticeType, Requirement, RequirementColumn } from './types.js';

export const REQUIREMENT_COLUMNS: RequirementColumn[] = [
  'PD',
  'NO',
  'G',
  'UG',
  'CFEOI',
  'consultancy',
  'internship',
  'volunteer',
];

/**
 * Columns marked [A]: a missing R section there is a warning, not an error
 * (§3.3 Key). consultancy and internship are [A] in the §3.3 header; the
 * volunteer list (§3.5) rests on one seed and is an open question (§9.10).
 */
export const ASSUMED_COLUMNS: ReadonlySet<RequirementColumn> = new Set<RequirementColumn>([
  'consultancy',
  'internship',
  'volunteer',
]);

export function isAssumedColumn(column: RequirementColumn): boolean {
  return ASSUMED_COLUMNS.has(column);
}

type Row = Record<RequirementColumn, Requirement>;

/** Build a row: PD NO G UG CFEOI consultancy internship volunteer (§3.3 column order). */
function row(
  pd: Requirement,
  no: Requirement,
  g: Requirement,
  ug: Requirement,
  cfeoi: Requirement,
  consultancy: Requirement,
  internship: Requirement,
  volunteer: Requirement,
): Row {
  return { PD: pd, NO: no, G: g, UG: ug, CFEOI: cfeoi, consultancy, internship, volunteer };
}

/**
 * §3.3 table. `header` is the header block. Staff sections are "—" in the
 * volunteer column (volunteers use the vol-* sections); vol-* sections are
 * "—" in the staff columns. howToApply and postingPeriod depend on the
 * layout: see LAYOUT_REQUIREMENTS and `requirementFor`.
 */
export const REQUIREMENTS: Record<string, Row> = {
  //                          PD   NO   G    UG   CFEOI cons int  vol
  header:            row('R', 'R', 'R', 'R', 'R', 'R', 'R', 'R'), // volunteer: title, duty station, closing [A]
  introduction:      row('R', 'R', 'R', 'R', 'R', 'O', 'R', '-'),
  tier:              row('R', 'R', 'R', 'R', 'R', 'O', '-', '-'),
  context:           row('R', 'R', 'R', 'R', 'R', 'R', 'R', '-'),
  responsibilities:  row('R', 'R', 'R', 'R', 'R', 'R', 'R', '-'),
  qualifications:    row('O', 'O', 'O', 'O', 'O', 'O', 'O', '-'), // group heading
  education:         row('R', 'R', 'R', 'R', 'R', 'R', 'R', '-'),
  experience:        row('R', 'R', 'R', 'R', 'R', 'R', 'O', '-'),
  skills:            row('O', 'O', 'O', 'O', 'O', 'O', 'O', '-'),
  languages:         row('R', 'R', 'R', 'R', 'R', 'R', 'O', '-'),
  competencies:      row('O', 'O', 'O', 'O', 'O', 'O', 'O', '-'), // group heading
  values:            row('R', 'R', 'R', 'R', 'R', 'O', 'O', '-'),
  core:              row('R', 'R', 'R', 'R', 'R', 'O', '-', '-'),
  managerial:        row('C', 'C', 'C', 'C', 'R', '-', '-', '-'),
  notes:             row('R', 'R', 'R', 'R', 'R', 'O', 'O', '-'),
  // Layout-dependent (LAYOUT_REQUIREMENTS); these are the current-layout values.
  howToApply:        row('O', 'O', 'O', 'O', 'O', 'O', 'O', '-'),
  postingPeriod:     row('O', 'O', 'O', 'O', 'O', 'O', 'O', '-'),
  // §3.5 volunteer layout [S004; A]: R marks from 004's list.
  'vol-mission':             row('-', '-', '-', '-', '-', '-', '-', 'R'),
  'vol-context':             row('-', '-', '-', '-', '-', '-', '-', 'R'),
  'vol-task':                row('-', '-', '-', '-', '-', '-', '-', 'R'),
  'vol-eligibility':         row('-', '-', '-', '-', '-', '-', '-', 'R'),
  'vol-age':                 row('-', '-', '-', '-', '-', '-', '-', 'O'),
  'vol-required-experience': row('-', '-', '-', '-', '-', '-', '-', 'O'),
  'vol-nationality':         row('-', '-', '-', '-', '-', '-', '-', 'O'),
  'vol-requirements':        row('-', '-', '-', '-', '-', '-', '-', 'O'),
  'vol-relevant-experience': row('-', '-', '-', '-', '-', '-', '-', 'O'),
  'vol-languages':           row('-', '-', '-', '-', '-', '-', '-', 'R'),
  'vol-education':           row('-', '-', '-', '-', '-', '-', '-', 'R'),
  'vol-competencies':        row('-', '-', '-', '-', '-', '-', '-', 'R'),
  'vol-skills':              row('-', '-', '-', '-', '-', '-', '-', 'O'),
  'vol-expertise':           row('-', '-', '-', '-', '-', '-', '-', 'O'),
  'vol-driving':             row('-', '-', '-', '-', '-', '-', '-', 'O'),
};

/** §3.5: the volunteer sections marked R. */
export const VOLUNTEER_REQUIRED: string[] = [
  'vol-mission',
  'vol-context',
  'vol-task',
  'vol-eligibility',
  'vol-languages',
  'vol-education',
  'vol-competencies',
];

/**
 * §3.3 last two rows, for all staff types: howToApply is R in legacy and O in
 * current; postingPeriod is O in legacy. The rule book says nothing of
 * postingPeriod outside legacy; O is used (no finding either way). Body-only
 * drafts are treated like the current layout (their header is in Oracle, §9.4).
 */
export const LAYOUT_REQUIREMENTS: Record<string, Partial<Record<'current' | 'legacy' | 'body-only', Requirement>>> = {
  howToApply: { legacy: 'R', current: 'O', 'body-only': 'O' },
  postingPeriod: { legacy: 'O', current: 'O', 'body-only': 'O' },
};

/** Requirement of a section in a column, taking the layout into account. */
export function requirementFor(
  sectionId: string,
  column: RequirementColumn,
  layout?: 'current' | 'legacy' | 'body-only' | 'volunteer',
): Requirement {
  const base = REQUIREMENTS[sectionId]?.[column];
  if (base === undefined) return '-';
  if (column === 'volunteer' || layout === undefined || layout === 'volunteer') return base;
  const byLayout = LAYOUT_REQUIREMENTS[sectionId]?.[layout];
  return byLayout ?? base;
}

/**
 * The §3.3 column for a notice. `grade` is canonical ("P-4", "NO-B", "UG");
 * `category` is used when there is no grade. Without either, the P/D column
 * (the staff columns only differ on managerial, which is C for all of them).
 */
export function requirementColumn(
  noticeType: NoticeType,
  grade: string | undefined,
  category: 'international' | 'national' | undefined,
): RequirementColumn {
  switch (noticeType) {
    case 'volunteer':
      return 'volunteer';
    case 'internship':
      return 'internship';
    case 'consultancy':
      return 'consultancy';
    case 'CFEOI':
      return 'CFEOI';
    case 'CFA':
      return 'UG';
    default:
      break;
  }
  const g = grade?.toUpperCase();
  if (g === 'UG') return 'UG';
  if (g?.startsWith('NO')) return 'NO';
  if (g?.startsWith('P') || g?.startsWith('D')) return 'PD';
  if (g?.startsWith('G')) return 'G';
  if (category === 'national') return 'G';
  return 'PD';
}

// ---------------------------------------------------------------------------
// Managerial condition (§3.3)
// ---------------------------------------------------------------------------

/** The supervision words of §3.3, as the rule book lists them. */
export const SUPERVISION_WORDS: Record<Language, string[]> = {
  en: ['supervise', 'manage a team', 'Head of', 'Chief of', 'Officer-in-Charge'],
  fr: ['superviser', 'diriger', 'chef de'],
  es: ['supervisar', 'jefe de'],
};

/** Inflected forms of SUPERVISION_WORDS (case-insensitive, Unicode). */
export const SUPERVISION_PATTERNS: Record<Language, RegExp[]> = {
  en: [
    /\bsupervis(?:e|es|ed|ing|ion|ory)\b/iu,
    /\bmanag(?:e|es|ed|ing)\s+(?:a|the)\s+team\b/iu,
    /\bhead\s+of\b/iu,
    /\bchief\s+of\b/iu,
    /\bofficer[-\s]in[-\s]charge\b/iu,
  ],
  fr: [
    /\bsupervis(?:er|e|es|ent|era|eront|ant|ion)(?![\p{L}])/iu,
    /\bdirig(?:er|e|es|ent|era|eront|eant)(?![\p{L}])/iu,
    /\bchef\s+de\b/iu,
  ],
  es: [
    /\bsupervis(?:ar|a|an|ará|arán|ando|ión)(?![\p{L}])/iu,
    /\bjefe\s+de\b/iu,
  ],
};

/**
 * Phrases that name the incumbent's *supervisor*, not supervision by the
 * incumbent; remove them before SUPERVISION_PATTERNS. Not in the rule book:
 * without them "Flag to the Head of the Registration Center" [S002:15] and
 * "Under the overall supervision of the Chief of Mission" [S000:31,
 * S001:39, S002:10] would make Managerial conditional-required on 002.
 */
export const SUPERVISION_EXCLUSIONS: Record<Language, RegExp[]> = {
  en: [
    /\b(?:under|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?supervision\s+of\b[^.;:]*/giu,
    /\b(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?supervision\s+of\s+the\b[^.;:]*/giu,
    /\breport(?:s|ing)?\s+(?:directly\s+)?to\b[^.;:]*/giu,
    /\b(?:to|of|from|with|by|for)\s+the\s+(?:head|chief)\s+of\b/giu,
  ],
  fr: [
    /\bsous\s+(?:la\s+)?(?:[\p{L}-]+\s+){0,3}?supervision\b[^.;:]*/giu,
    /\b(?:au|du|le|la|avec\s+le|avec\s+la)\s+chef\s+de\b/giu,
    /\bsous\s+la\s+direction\b[^.;:]*/giu,
  ],
  es: [
    /\bbajo\s+(?:la\s+)?(?:[\p{L}-]+\s+){0,3}?supervisión\b[^.;:]*/giu,
    /\b(?:al|del|el|con\s+el)\s+jefe\s+de\b/giu,
  ],
};

/** True when `text` (Responsibilities) describes supervision by the incumbent (§3.3). */
export function describesSupervision(text: string, language: Language): boolean {
  const t = text.normalize('NFC');
  const gate = SUPERVISION_GATES[language];
  if (!gate) return supervisionIn(t, language);
  // Speed only (same answer as supervisionIn(t)): see SUPERVISION_GATES.
  gate.lastIndex = 0;
  let pieceEnd = -1;
  for (let m = gate.exec(t); m; m = gate.exec(t)) {
    if (m.index < pieceEnd) continue;
    let start = m.index;
    while (start > 0 && !PIECE_CUT.has(t.charCodeAt(start - 1))) start--;
    pieceEnd = m.index;
    while (pieceEnd < t.length && !PIECE_CUT.has(t.charCodeAt(pieceEnd))) pieceEnd++;
    if (supervisionIn(t.slice(start, pieceEnd), language)) return true;
    gate.lastIndex = pieceEnd;
  }
  return false;
}

function supervisionIn(t: string, language: Language): boolean {
  for (const re of SUPERVISION_EXCLUSIONS[language]) t = t.replace(re, ' ');
  return SUPERVISION_PATTERNS[language].some((re) => re.test(t));
}

/**
 * Why (speed only): the exclusions ran over the whole Responsibilities section, and V8 tries the second English
 * one at every word: ≈ 2 ms for a 13 KB section, most of a 20 KB notice's lint. Cheap and exact instead:
 * - no exclusion or pattern can match a ".", ";" or ":" (CUT_SAFE checks their sources), and \b or (?!\p{L}) see
 *   such a mark as they see the end of a string, so the text can be cut at these marks and each piece judged alone;
 * - a pattern match starts with the pattern's leading word, and the exclusions only replace text by a space
 *   (they never join two words), so only the pieces holding a leading word (the gate) can answer true.
 * A language whose regular expressions do not pass these checks gets no gate: the whole text is judged at once.
 */
const PIECE_CUT = new Set(['.', ';', ':'].map((mark) => mark.charCodeAt(0)));
/** Sources whose matches cannot hold ".", ";" or ":": literals, \b \s \d \p{L}, groups, lookarounds, quantifiers, classes of letters, \s and \p{L}. */
const CUT_SAFE =
  /^(?:\(\?(?:[:!=]|<[!=])|[^\\[\].;:^$]|\\[bsd]|\\p\{L\}|\[-?(?:\p{L}(?:-\p{L})?|\\s|\\p\{L\}|')*-?\])*$/u;
const SUPERVISION_GATES = Object.fromEntries(
  (Object.keys(SUPERVISION_PATTERNS) as Language[]).map((language) => {
    const all = [...SUPERVISION_EXCLUSIONS[language], ...SUPERVISION_PATTERNS[language]];
    const safe = all.every((re) => !re.sticky && CUT_SAFE.test(re.source.replaceAll('[^.;:]', '')));
    const leads = SUPERVISION_PATTERNS[language].map((re) => (re.flags.includes('i') && re.flags.includes('u') ? /^\\b(\p{L}+)/u.exec(re.source)?.[1] : undefined));
    const gate = safe && leads.every(Boolean) ? new RegExp(leads.join('|'), 'giu') : undefined;
    return [language, gate];
  }),
) as Partial<Record<Language, RegExp>>;

/** Grades where a Managerial section without supervision gets a warning (§3.3). */
export const MANAGERIAL_UNEXPECTED_GRADES = ['G-1', 'G-2', 'G-3', 'G-4', 'G-5'];

// ---------------------------------------------------------------------------
// Notes that depend on the category (§3.3, §4.7 detection phrases)
// ---------------------------------------------------------------------------

export interface NoteDetection {
  key: 'mobility' | 'localRecruitment';
  /** Posts that expect the note; a missing one is info. */
  category: 'international' | 'national';
  /** Phrases per language, compared case-insensitively after mojibake repair. */
  phrases: Record<Language, string[]>;
}

export const NOTE_DETECTIONS: NoteDetection[] = [
  {
    key: 'mobility',
    category: 'international',
    phrases: {
      en: ['required to be mobile'], // [A]
      fr: ['doit être mobile'], // [S003:135]
      es: ['deberá tener movilidad'], // [A]
    },
  },
  {
    key: 'localRecruitment',
    category: 'national',
    phrases: {
      en: ['subject to local recruitment'], // [S002:59]
      fr: ['soumis au recrutement local', 'soumise au recrutement local'], // [A]; feminine also matches
      es: ['sujeto a contratación local', 'sujeta a contratación local'], // [A]; feminine also matches
    },
  },
];

/** "subject to local recruitment" also marks a notice national without a grade (§1 Category). */
export const LOCAL_RECRUITMENT_PHRASES = NOTE_DETECTIONS[1]!.phrases;
