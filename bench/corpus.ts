/**
 * A deterministic generator of realistic vacancy notices for the benchmarks
 * (and the fuzzer's starting material).
 *
 * Each notice starts from the template itself — `buildSkeleton` (header
 * fields in order, standard headings, standard texts, competency lists, all
 * read from server/src/template) — and its `[to be completed]` placeholders
 * are filled with passages of the real seed notices (test/fixtures/seeds) and
 * the samples: short values in the header, prose in Context, numbered items in
 * Responsibilities (grown until the notice reaches its target size),
 * degree/experience sentences in Education/Experience. About a third of the
 * notices then get 1–3 defects of the kinds the seeds show (mojibake, a
 * dropped or duplicated section, a wrong count word, a misspelt grade,
 * broken numbering, double spaces, a TODO line). Some use markdown headings,
 * some CRLF.
 *
 * Everything comes from a seeded PRNG (mulberry32), so the same seed gives
 * byte-identical files.
 *
 *   node --import tsx bench/corpus.ts [--count 1000] [--seed 9] [--out bench/corpus]
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { buildSkeleton, SKELETON_TYPES } from '../server/src/lsp/skeleton.js';
import { parseNotice } from '../server/src/notice/parse.js';
import { FIELD_PLACEHOLDER } from '../server/src/template/fields.js';
import { SECTIONS } from '../server/src/template/sections.js';
import { standardHeading } from '../server/src/template/texts.js';
import type { Language, NoticeType } from '../server/src/notice/tree.js';

export const ROOT = path.resolve(__dirname, '..');
export const CORPUS_DIR = path.join(ROOT, 'bench', 'corpus');
export const LANGUAGES: Language[] = ['en', 'fr', 'es'];

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

// ---------------------------------------------------------------------------
// Seed passages, by language
// ---------------------------------------------------------------------------

const SEEDS_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');
const SEED_LANGUAGE: Record<string, Language> = { '000': 'en', '001': 'en', '002': 'en', '003': 'fr', '004': 'fr' };

/** Extra Spanish passages (there is no Spanish seed; the sample is short). */
const ES_PASSAGES = [
  'Bajo la supervisión general del Jefe de Misión y la supervisión directa del Oficial de Programas, la persona seleccionada será responsable de apoyar la ejecución del proyecto.',
  'La OIM trabaja con los gobiernos y la sociedad civil para promover la migración humana y ordenada en beneficio de todos.',
  'Apoyar la planificación, ejecución y seguimiento de las actividades del proyecto, en coordinación con las contrapartes nacionales.',
  'Elaborar informes periódicos de avance, notas conceptuales y propuestas de proyecto para los donantes.',
  'Mantener una comunicación fluida con las autoridades locales, las organizaciones de la sociedad civil y otros socios.',
  'Organizar talleres, reuniones y capacitaciones para el personal de las instituciones contrapartes.',
  'Dar seguimiento al presupuesto del proyecto y preparar las solicitudes de pago correspondientes.',
  'Recopilar y analizar datos sobre las personas migrantes atendidas, respetando los principios de protección de datos.',
  'Contribuir a la elaboración de materiales de comunicación y visibilidad del proyecto.',
  'Realizar visitas de monitoreo a las zonas de intervención y documentar las lecciones aprendidas.',
  'Apoyar la gestión de casos de retorno voluntario asistido y reintegración.',
  'Desempeñar cualquier otra función que le sea asignada.',
  'Conocimiento del contexto migratorio de la región y de los marcos normativos nacionales.',
  'Capacidad demostrada para trabajar en equipos multiculturales y bajo presión.',
  'Dominio de las herramientas informáticas habituales (Word, Excel, PowerPoint).',
];

const ES_EDUCATION = [
  'Título universitario avanzado en Ciencias Sociales, Relaciones Internacionales o un campo afín de una institución académica acreditada, con cinco años de experiencia profesional pertinente; o',
  'Título universitario de primer nivel en las áreas mencionadas, con siete años de experiencia profesional pertinente.',
  'Diploma de educación secundaria con seis años de experiencia pertinente.',
];
const ES_EXPERIENCE = [
  'Experiencia en la gestión de proyectos de cooperación internacional.',
  'Experiencia de trabajo con instituciones gubernamentales y organizaciones de la sociedad civil.',
  'Experiencia en temas de migración, protección o derechos humanos es una ventaja.',
];

interface Passages {
  prose: string[];
  items: string[];
  education: string[];
  experience: string[];
}

const HEADING_LIKE = /^(?:#+\s|\*\*|[A-ZÀ-Þ][^.!?]{0,60}$)/;

let passageCache: Record<Language, Passages> | undefined;

/** True when the parser reads `line`, as a paragraph or a list item under Responsibilities, as the start of a section. */
function startsSection(line: string, language: Language): boolean {
  const heading = standardHeading('responsibilities', language) ?? 'Responsibilities';
  return [`${line}`, `1. First duty.\n2. ${line}`].some((body) => {
    const tree = parseNotice(`${heading}\n\n${body}\n`);
    return tree.children.filter((node) => node.type === 'section').length !== 1;
  });
}

/** Lines of the seeds (and samples) sorted into prose, list items, education and experience sentences. */
export function passages(): Record<Language, Passages> {
  if (passageCache) return passageCache;
  const out: Record<Language, Passages> = {
    en: { prose: [], items: [], education: [], experience: [] },
    fr: { prose: [], items: [], education: [], experience: [] },
    es: { prose: [...ES_PASSAGES.slice(0, 2)], items: ES_PASSAGES.slice(2), education: [...ES_EDUCATION], experience: [...ES_EXPERIENCE] },
  };
  const sources: Array<[Language, string]> = [];
  for (const name of readdirSync(SEEDS_DIR).sort()) {
    const language = SEED_LANGUAGE[name.slice(0, 3)];
    if (language && name.endsWith('.txt')) sources.push([language, readFileSync(path.join(SEEDS_DIR, name), 'utf8')]);
  }
  for (const name of readdirSync(path.join(ROOT, 'samples')).sort()) {
    const language = name.slice(0, 2) as Language;
    if (LANGUAGES.includes(language)) sources.push([language, readFileSync(path.join(ROOT, 'samples', name), 'utf8')]);
  }
  for (const [language, text] of sources) {
    const bucket = out[language];
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim().replace(/^(?:[-•*]|\d+[.)])\s+/, '');
      if (line.length < 40 || HEADING_LIKE.test(line) || /[ĂÃâ€]/.test(line)) continue;
      if (/degree|diplôme|licence|master|título|bachiller/i.test(line)) bucket.education.push(line);
      else if (/experience|expérience|experiencia/i.test(line)) bucket.experience.push(line);
      else if (/^[A-ZÀ-Þ][a-zà-ÿ]+(?:e|er|ir|ar|s)?\b/.test(line) && line.length < 260 && !/[.:]\s+\S/.test(line.slice(0, -1))) bucket.items.push(line);
      else bucket.prose.push(line);
    }
  }
  for (const language of LANGUAGES) {
    const bucket = out[language];
    // A passage that is a section's opener ("Established in 1951, IOM is…",
    // "Values - all IOM staff members must abide by…") starts that section
    // wherever it stands, so as filler it would make spurious duplicate sections.
    for (const kind of ['prose', 'items', 'education', 'experience'] as const) {
      bucket[kind] = bucket[kind].filter((line) => !startsSection(line, language));
    }
    if (!bucket.items.length) bucket.items.push(...bucket.prose);
    if (!bucket.education.length) bucket.education.push(...bucket.prose.slice(0, 2));
    if (!bucket.experience.length) bucket.experience.push(...bucket.prose.slice(0, 2));
  }
  passageCache = out;
  return out;
}

// ---------------------------------------------------------------------------
// One notice
// ---------------------------------------------------------------------------

const GRADES = ['P-1', 'P-2', 'P-3', 'P-4', 'P-5', 'D-1', 'G-3', 'G-4', 'G-5', 'G-6', 'NO-A', 'NO-B', 'NO-C', 'UG'];
const CITIES: Record<Language, string[]> = {
  en: ['Nairobi', 'Geneva', 'Bangkok', 'Amman', 'Cox’s Bazar', 'Kyiv'],
  fr: ['Dakar', 'Niamey', 'Abidjan', 'Genève', 'Bamako', 'Ndjamena'],
  es: ['Ciudad de Guatemala', 'Bogotá', 'Lima', 'Tapachula', 'San Salvador', 'Quito'],
};
const TITLES: Record<Language, string[]> = {
  en: ['Programme Officer (Migration Health)', 'Project Assistant', 'Senior Operations Officer', 'Data Management Officer', 'Resource Management Assistant'],
  fr: ['Chargé(e) de programme', 'Assistant(e) de projet', 'Responsable des opérations', 'Chargé(e) de la gestion des données', 'Assistant(e) administratif(ve)'],
  es: ['Oficial de Programas', 'Asistente de Proyecto', 'Oficial de Operaciones', 'Asistente Administrativo/a', 'Oficial de Gestión de Datos'],
};
const DURATION: Record<Language, string> = { en: '12 months', fr: '12 mois', es: '12 meses' };
/** An SVN lasts at most 9 months (§5 header-consistency). */
const SVN_DURATION: Record<Language, string> = { en: '6 months', fr: '6 mois', es: '6 meses' };
const CLOSING: Record<Language, string[]> = {
  en: ['14 November 2025', '3 March 2026', '28 February 2026'],
  fr: ['14 novembre 2025', '3 mars 2026', '28 février 2026'],
  es: ['14 de noviembre de 2025', '3 de marzo de 2026', '28 de febrero de 2026'],
};
const TODO: Record<Language, string> = { en: 'TODO: confirm the duration with HR', fr: 'TODO : confirmer la durée avec les RH', es: 'TODO: confirmar la duración con RR. HH.' };
const COUNT_SWAPS: Array<[RegExp, string]> = [
  [/\bfive\b/, 'four'],
  [/\bcinq\b/, 'quatre'],
  [/\bcinco\b/, 'cuatro'],
  [/\bthree\b/, 'two'],
  [/\btrois\b/, 'deux'],
  [/\btres\b/, 'dos'],
];

export interface NoticeSpec {
  language?: Language;
  noticeType?: NoticeType;
  /** Target size in UTF-8 bytes (the notice grows its Responsibilities list to reach it). */
  targetBytes?: number;
  /** Probability of injecting defects (default 0.35). */
  defectRate?: number;
}

export interface GeneratedNotice {
  text: string;
  language: Language;
  noticeType: NoticeType;
  grade?: string;
  defects: string[];
}

function headingPrefixes(language: Language): string[] {
  const prefixes: string[] = [];
  for (const def of SECTIONS) {
    const heading = standardHeading(def.id, language);
    if (heading) prefixes.push(heading.split('${')[0]!.trimEnd());
  }
  return prefixes.filter((p) => p.length > 2);
}

function sectionIdOfHeading(line: string, language: Language): string | undefined {
  for (const def of SECTIONS) {
    const heading = standardHeading(def.id, language);
    if (heading && line.startsWith(heading.split('${')[0]!.trimEnd())) return def.id;
  }
  return undefined;
}

function headerValue(label: string, language: Language, noticeType: NoticeType, rng: Rng): string {
  if (/référence|reference|referencia|identificación/i.test(label)) return String(between(rng, 10000, 99999));
  if (/intitulé|title|título|titre/i.test(label)) return pick(rng, TITLES[language]);
  if (/pays|country|país/i.test(label)) return pick(rng, ['Kenya', 'Sénégal', 'Guatemala', 'Thailand', 'Niger', 'Colombia']);
  if (/lieu|location|city|ciudad|duty/i.test(label)) return pick(rng, CITIES[language]);
  if (/durée|duration|duración/i.test(label)) return (noticeType === 'SVN' ? SVN_DURATION : DURATION)[language];
  if (/date|fecha/i.test(label)) return pick(rng, CLOSING[language]);
  return pick(rng, TITLES[language]);
}

/** One realistic notice; deterministic for a given rng state. */
export function generateNotice(rng: Rng, spec: NoticeSpec = {}): GeneratedNotice {
  const language = spec.language ?? pick(rng, LANGUAGES);
  const noticeType = spec.noticeType ?? pick(rng, SKELETON_TYPES);
  // a CFA is ungraded, a VN or SVN graded (§5 header-consistency): drawn otherwise, the header contradicts itself
  const grade = noticeType === 'CFA' ? 'UG' : pick(rng, GRADES.filter((g) => g !== 'UG' || !['VN', 'SVN'].includes(noticeType)));
  const eol: '\n' | '\r\n' = rng() < 0.1 ? '\r\n' : '\n';
  const skeleton = buildSkeleton({ noticeType, language, grade, eol });
  const pool = passages()[language];
  const placeholder = FIELD_PLACEHOLDER[language];

  // Fill each placeholder according to where it is.
  let text = '';
  let last = 0;
  let listMarker = pick(rng, ['1. ', '- ', '• ']);
  let growAt = -1; // offset in `text` where extra responsibilities go
  const headerEnd = skeleton.text.indexOf(eol + eol);
  for (const [start, end] of skeleton.placeholders) {
    text += skeleton.text.slice(last, start);
    last = end;
    const original = skeleton.text.slice(start, end);
    if (original !== placeholder) {
      text += original; // template defaults (NRMS list, level, contract…) stay
      continue;
    }
    if (start < headerEnd) {
      const lineStart = skeleton.text.lastIndexOf(eol, start) + 1;
      text += headerValue(skeleton.text.slice(lineStart, start), language, noticeType, rng);
      continue;
    }
    const before = skeleton.text.slice(0, start).trimEnd();
    const heading = before.slice(before.lastIndexOf(eol) + 1);
    const id = sectionIdOfHeading(heading, language) ?? '';
    const items = (source: string[], n: number, numbered: boolean) =>
      Array.from({ length: n }, (_, i) => `${numbered && listMarker === '1. ' ? `${i + 1}. ` : listMarker === '1. ' ? '- ' : listMarker}${pick(rng, source)}`).join(eol);
    if (id === 'responsibilities' || id === 'vol-task') {
      text += items(pool.items, between(rng, 4, 9), true);
      growAt = text.length;
    } else if (id === 'education' || id === 'vol-education') text += items(pool.education, between(rng, 1, 3), false);
    else if (id === 'experience' || id === 'vol-required-experience' || id === 'vol-relevant-experience') text += items(pool.experience, between(rng, 2, 4), false);
    else if (id === 'skills' || id === 'vol-skills') text += items(pool.items, between(rng, 2, 5), false);
    else text += Array.from({ length: between(rng, 1, 3) }, () => pick(rng, pool.prose)).join(eol + eol);
  }
  text += skeleton.text.slice(last);

  // Grow to the target size with more responsibilities.
  const target = spec.targetBytes ?? between(rng, 5 * 1024, 30 * 1024);
  if (growAt < 0) growAt = text.length;
  let size = Buffer.byteLength(text);
  if (size < target) {
    const extra: string[] = [];
    let n = (text.slice(0, growAt).match(/^\d+\. /gm) ?? []).length;
    while (size < target) {
      const line = `${listMarker === '1. ' ? `${++n}. ` : listMarker}${pick(rng, pool.items)}`;
      extra.push(line);
      size += Buffer.byteLength(line) + eol.length;
    }
    text = text.slice(0, growAt) + eol + extra.join(eol) + text.slice(growAt);
  }

  // Some notices use markdown headings.
  if (rng() < 0.4) {
    const prefixes = headingPrefixes(language);
    text = text
      .split(eol)
      .map((line, i, lines) => (i > 0 && lines[i - 1] === '' && line.length < 120 && prefixes.some((p) => line.startsWith(p)) && !/[.:;]$/.test(line) ? `## ${line}` : line))
      .join(eol);
  }

  const defects: string[] = [];
  if (rng() < (spec.defectRate ?? 0.35)) {
    const count = between(rng, 1, 3);
    for (let k = 0; k < count; k++) {
      const [name, next] = defect(text, language, eol, rng);
      if (next !== text) {
        defects.push(name);
        text = next;
      }
    }
  }
  return { text, language, noticeType, grade, defects };
}

/** Applies one random defect of the kinds real notices show. */
export function defect(text: string, language: Language, eol: string, rng: Rng): [string, string] {
  const lines = text.split(eol);
  const headingIndexes = lines.flatMap((line, i) => (i > 0 && lines[i - 1] === '' && sectionIdOfHeading(line.replace(/^#+\s*/, ''), language) ? [i] : []));
  switch (between(rng, 0, 7)) {
    case 0: {
      // mojibake: one line's UTF-8 bytes read as windows-1252
      const candidates = lines.flatMap((line, i) => (/[^\x00-\x7f]/.test(line) ? [i] : []));
      if (!candidates.length) return ['mojibake', text];
      const i = pick(rng, candidates);
      lines[i] = iconv.decode(Buffer.from(lines[i]!, 'utf8'), 'windows-1252');
      return ['mojibake', lines.join(eol)];
    }
    case 1:
    case 2: {
      // a section dropped (1) or duplicated (2)
      if (headingIndexes.length < 2) return ['section', text];
      // small sections only, so the notice stays within its 5–30 KB size
      const k = between(rng, 0, headingIndexes.length - 2);
      const [from, to] = [headingIndexes[k]!, headingIndexes[k + 1]!];
      const block = lines.slice(from, to);
      if (block.join(eol).length > text.length * 0.12) return ['section', text];
      if (rng() < 0.5) lines.splice(from, to - from);
      else lines.splice(to, 0, ...block);
      return ['section', lines.join(eol)];
    }
    case 3: {
      // only the swaps whose word occurs, so the defect lands in every language
      const swaps = COUNT_SWAPS.filter(([pattern]) => pattern.test(text));
      if (!swaps.length) return ['count-word', text];
      const [pattern, word] = pick(rng, swaps);
      return ['count-word', text.replace(pattern, word)];
    }
    case 4:
      return ['grade', text.replace(/\b([PDG])-(\d)\b/, '$1$2')];
    case 5:
      return ['numbering', text.replace(/^(\s*)2\. /m, '$13. ')];
    case 6: {
      const i = between(rng, 0, lines.length - 1);
      lines[i] = lines[i]!.replace(/ /g, (m) => (rng() < 0.2 ? '  ' : m)) + (rng() < 0.5 ? ' ' : '');
      return ['spaces', lines.join(eol)];
    }
    default: {
      const i = between(rng, 1, lines.length - 1);
      lines.splice(i, 0, '', TODO[language], '');
      return ['todo', lines.join(eol)];
    }
  }
}

// ---------------------------------------------------------------------------
// The corpus on disk
// ---------------------------------------------------------------------------

export interface CorpusSummary {
  dir: string;
  files: string[];
  bytes: number;
  byLanguage: Record<string, number>;
  byType: Record<string, number>;
  withDefects: number;
  minBytes: number;
  maxBytes: number;
}

/** Writes `count` notices to `dir` (emptied first), deterministically from `seed`. */
export function writeCorpus(count = 1000, seed = 9, dir = CORPUS_DIR): CorpusSummary {
  rmSync(dir, { recursive: true, force: true });
  const summary: CorpusSummary = { dir, files: [], bytes: 0, byLanguage: {}, byType: {}, withDefects: 0, minBytes: Infinity, maxBytes: 0 };
  for (const language of LANGUAGES) mkdirSync(path.join(dir, language), { recursive: true });
  for (let i = 0; i < count; i++) {
    const rng = prng(seed * 1_000_003 + i);
    const language = LANGUAGES[i % LANGUAGES.length]!;
    const notice = generateNotice(rng, { language, noticeType: SKELETON_TYPES[Math.floor(i / 3) % SKELETON_TYPES.length] });
    const file = path.join(dir, language, `${String(i).padStart(4, '0')}-${notice.noticeType.toLowerCase()}.vn.md`);
    writeFileSync(file, notice.text);
    const bytes = Buffer.byteLength(notice.text);
    summary.files.push(file);
    summary.bytes += bytes;
    summary.minBytes = Math.min(summary.minBytes, bytes);
    summary.maxBytes = Math.max(summary.maxBytes, bytes);
    summary.byLanguage[language] = (summary.byLanguage[language] ?? 0) + 1;
    summary.byType[notice.noticeType] = (summary.byType[notice.noticeType] ?? 0) + 1;
    if (notice.defects.length) summary.withDefects++;
  }
  return summary;
}

/**
 * A notice of about `bytes` UTF-8 bytes (for the latency benchmarks): a VN, or
 * a consultancy notice below 8 KB (a VN's standard texts alone are ≈ 8.5 KB).
 */
export function noticeOfSize(bytes: number, seed = 1, language: Language = 'en'): string {
  return generateNotice(prng(seed), { language, noticeType: bytes < 8 * 1024 ? 'consultancy' : 'VN', targetBytes: bytes, defectRate: 0 }).text;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1]! : fallback;
  };
  const started = performance.now();
  const summary = writeCorpus(Number(option('count', '1000')), Number(option('seed', '9')), path.resolve(option('out', CORPUS_DIR)));
  const { files, ...rest } = summary;
  console.log(JSON.stringify({ ...rest, files: files.length, ms: Math.round(performance.now() - started) }, null, 2));
}
