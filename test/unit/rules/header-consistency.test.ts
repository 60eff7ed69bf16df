/**
 * header-consistency (optional, rule book §5): vacancy type / contract /
 * duration, grade / contract (UG), grade → Recruiting Type, "(P)" on a G/NO
 * grade, a title grade against the Grade field, the reference year against
 * the closing year ±1 and the reference country code against the duty
 * station — each check its own warning, in EN, FR and ES; clean headers,
 * the clean seeds and the samples get nothing; seed 003 gets exactly the
 * README's 13–16; unreadable values give no finding; [A] values are options.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/engine/index.js';
import type { LintMessage, VnlintConfig } from '../../../server/src/engine/types.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSeed, ROOT } from '../../helpers.js';
import { buildNotice } from './notice-builder.js';
import { parseDuration } from '../../../server/src/rules/header-consistency.js';
import { countryCodeOf, ISO_COUNTRIES } from '../../../server/src/template/countries.js';

const RULE = 'header-consistency';
type Lang = 'en' | 'fr' | 'es';
const LANGS: Lang[] = ['en', 'fr', 'es'];

function run(text: string, options?: Record<string, unknown>): LintMessage[] {
  const config: VnlintConfig | undefined = options ? { rules: { [RULE]: ['warn', options] } } : undefined;
  return lint(text, { only: [RULE], config }).messages;
}

/** The quoted field value each finding sits on. */
function on(text: string, messages: LintMessage[]): string[] {
  return messages.map((message) => text.slice(message.range[0], message.range[1]));
}

const SVN_LABEL: Record<Lang, string> = { en: 'Special Vacancy Notice', fr: 'Avis spécial de vacance de poste', es: 'Anuncio especial de vacante' };
const SPECIAL: Record<Lang, string> = {
  en: 'Special Short Term Graded (Up to 9 months)',
  fr: 'CDD spécial (jusqu’à 9 mois)',
  es: 'Contrato especial de corto plazo (hasta 9 meses)',
};
const SIX: Record<Lang, string> = { en: '6 months', fr: '6 mois', es: '6 meses' };
const ELEVEN: Record<Lang, string> = { en: '11 months', fr: 'onze mois', es: '11 meses' };

test('clean headers (EN/FR/ES, current and legacy, plain and Markdown): no finding', () => {
  for (const language of LANGS) {
    for (const layout of ['current', 'legacy', 'body-only'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(run(buildNotice({ language, layout, markdown })), [], `${language} ${layout}`);
    }
    // a consistent SVN header
    const svn = buildNotice({ language, values: { vacancyType: SVN_LABEL[language], contract: SPECIAL[language], duration: SIX[language] } });
    assert.deepEqual(run(svn), [], `${language} SVN`);
  }
});

test('seeds: only 003, on 13 (contract) and 16 (duration), as the seeds README says', () => {
  for (const id of ['000', '001', '002', '004']) assert.deepEqual(run(readSeed(id)), [], id);
  const text = readSeed('003');
  const messages = run(text);
  assert.deepEqual(
    messages.map((message) => `${message.severity} ${message.line}`),
    ['warning 13', 'warning 16'],
  );
  assert.deepEqual(on(text, messages), ['CDD spĂ©cial (jusqu’à 9 mois)', '6 mois']);
  assert.match(messages[0].message, /special short-term.*“Avis de vacance de poste” \(VN\).*fixed-term/);
  assert.match(messages[1].message, /“6 mois”.*\(VN\).*1 year/);
  for (const message of messages) assert.equal(message.fix, undefined, 'no fix');
  for (const message of messages) assert.equal(message.suggestions, undefined, 'no quick fix either');
});

test('samples: nothing (their headers are consistent)', () => {
  const dir = path.join(ROOT, 'samples');
  for (const name of readdirSync(dir)) assert.deepEqual(run(readFileSync(path.join(dir, name), 'utf8')), [], name);
});

test('type-contract: a VN with a special short-term contract, an SVN with a fixed-term one (EN/FR/ES)', () => {
  for (const language of LANGS) {
    const vn = buildNotice({ language, values: { contract: SPECIAL[language], duration: buildDefault(language) } });
    const [message, ...rest] = run(vn);
    assert.ok(message, `${language} VN`);
    assert.equal(message.severity, 'warning');
    assert.equal(on(vn, [message])[0], SPECIAL[language]);
    // 12 months fits VN; that the special contract allows at most 9 is the same defect: one finding
    assert.deepEqual(rest.map((m) => m.message), []);

    const svn = buildNotice({ language, values: { vacancyType: SVN_LABEL[language], duration: SIX[language] } });
    const messages = run(svn);
    assert.deepEqual(on(svn, messages), [buildContract(language)], `${language} SVN with fixed-term`);
  }
});

test('type-duration: VN with 6 months; SVN with 11 months (EN/FR/ES, digits and number words)', () => {
  for (const language of LANGS) {
    const vn = buildNotice({ language, values: { duration: SIX[language] } });
    assert.deepEqual(on(vn, run(vn)), [SIX[language]], `${language} VN 6`);
    const svn = buildNotice({ language, values: { vacancyType: SVN_LABEL[language], contract: SPECIAL[language], duration: ELEVEN[language] } });
    const messages = run(svn);
    assert.deepEqual(on(svn, messages), [ELEVEN[language]], `${language} SVN 11`);
    assert.match(messages[0].message, /at most 9 months/);
  }
  // "1 an" / "un año" / "one year" are 12 months
  for (const [language, value] of [['en', 'one year'], ['fr', 'un an'], ['es', '1 año']] as const) {
    assert.deepEqual(run(buildNotice({ language, values: { duration: value } })), [], value);
  }
});

test('contract-duration: no stated type, a special contract "up to 9 months" with 12 months', () => {
  for (const language of LANGS) {
    const text = buildNotice({ language, omitFields: ['vacancyType'], values: { contract: SPECIAL[language], duration: buildDefault(language) } });
    const messages = run(text);
    assert.deepEqual(on(text, messages), [buildDefault(language)], language);
    assert.match(messages[0].message, /at most 9 months/);
  }
});

test('grade-contract: UG with a graded contract; a graded grade with an ungraded contract', () => {
  const ug = buildNotice({ language: 'en', omitFields: ['vacancyType', 'recruitingType'], values: { grade: 'UG' } });
  assert.deepEqual(on(ug, run(ug)), ['Fixed-term (1 year with possibility of extension)']);
  const ungraded = buildNotice({ language: 'en', omitFields: ['vacancyType', 'duration'], values: { contract: 'Special short-term ungraded' } });
  const messages = run(ungraded);
  assert.deepEqual(on(ungraded, messages), ['Special short-term ungraded']);
  assert.match(messages[0].message, /ungraded, but the grade is P-2/);
  // UG with an ungraded contract: fine
  assert.deepEqual(run(buildNotice({ language: 'fr', omitFields: ['vacancyType', 'recruitingType', 'duration'], values: { grade: 'UG', contract: 'CDD spécial non classé' } })), []);
});

test('recruiting-type: from grade to value; G, NO and UG values are not checked; unknown values give nothing', () => {
  const cases: Array<[Lang, string, string, boolean]> = [
    ['en', 'P-3', 'General Service', true],
    ['en', 'P-3', 'Director', true],
    ['en', 'D-1', 'Professional', true],
    ['fr', 'P-4', 'Administrateur national', true], // NO value on a P grade (longest match: not "Administrateur")
    ['fr', 'P-4', 'Administrateur', false],
    ['fr', 'P-4', 'Professionnel', false],
    ['es', 'P-2', 'Servicios generales', true],
    ['es', 'P-2', 'Profesional', false],
    ['es', 'D-2', 'Director', false],
    ['en', 'P-3', 'Professional (international)', false],
    ['en', 'P-3', 'International recruitment', false], // not in the table: not read
    ['en', 'G-5', 'Professional', false], // G values are not checked against a P/D expectation [A]
    ['fr', 'NO-B', 'Professionnel', false],
  ];
  for (const [language, grade, value, expected] of cases) {
    const text = buildNotice({ language, values: { grade, recruitingType: value } });
    const messages = run(text).filter((message) => /Recruiting Type/.test(message.message));
    assert.equal(messages.length, expected ? 1 : 0, `${language} ${grade} ${value}`);
    if (expected) assert.equal(on(text, messages)[0], value);
    // the message names what the grade expects, in the notice language
    if (expected && language === 'fr' && grade.startsWith('P')) assert.match(messages[0].message, /expects “Professionnel” or “Administrateur”\.$/);
    if (expected && language === 'es') assert.match(messages[0].message, /expects “Profesional”\.$/);
  }
  // the [A] part is configurable: checking G values too
  const g = buildNotice({ language: 'en', values: { grade: 'G-5', recruitingType: 'Professional' } });
  assert.equal(run(g, { recruitingTypes: { G: ['General Service'] } }).length, 1);
  // and the P list can be replaced
  const p = buildNotice({ language: 'en', values: { recruitingType: 'International Professional' } });
  assert.deepEqual(run(p), []);
  assert.deepEqual(run(buildNotice({ language: 'en', values: { recruitingType: 'General Service' } }), { recruitingTypes: { P: ['General Service'] } }), []);
});

test('title-suffix: "(P)" on a G or NO grade; fine on P', () => {
  for (const [language, title, grade] of [
    ['en', 'Project Assistant (P)', 'G-5'],
    ['fr', 'Assistant de projet (P)', 'NO-A'],
    ['es', 'Asistente de proyecto (P)', 'G-4'],
  ] as const) {
    const text = buildNotice({ language, values: { title, grade, recruitingType: '' } });
    const messages = run(text).filter((message) => /\(P\)/.test(message.message));
    assert.deepEqual(on(text, messages), ['(P)'], language);
  }
  assert.deepEqual(run(buildNotice({ language: 'en', values: { title: 'Programme Officer (P)' } })), []);
});

test('title-grade: a grade in the title that differs from the Grade field (current) or the Classification (legacy)', () => {
  const en = buildNotice({ language: 'en', values: { title: 'Programme Officer (P-3)' } });
  const messages = run(en);
  assert.deepEqual(on(en, messages), ['(P-3)']);
  assert.match(messages[0].message, /P-3.*Grade field says P-2/);
  assert.deepEqual(on(buildNotice({ language: 'fr', values: { title: 'Chargé de programme (P4)' } }), run(buildNotice({ language: 'fr', values: { title: 'Chargé de programme (P4)' } }))), ['(P4)']);
  const es = buildNotice({ language: 'es', layout: 'legacy', values: { title: 'Oficial de programas (P-3)' } });
  assert.deepEqual(on(es, run(es)), ['(P-3)']);
  // same grade, written non-canonically: grade-format's, not ours
  assert.deepEqual(run(buildNotice({ language: 'en', values: { title: 'Programme Officer (P2)' } })), []);
});

test('reference-year: the closing year ±1 (default), configurable', () => {
  const cases: Array<[Lang, string, string, boolean]> = [
    ['en', 'SVN/IOMSN/005/2020', '23 November 2025', true],
    ['en', 'SVN/IOMSN/005/2024', '23 November 2025', false],
    ['fr', 'SN002/2022', '9 novembre 2025', true],
    ['fr', 'SN002/2026', '9 novembre 2025', false],
    ['es', 'CFA-2019-079SN', '13 de marzo de 2026', true],
    ['es', 'CFA-2025-079SN', '13 de marzo de 2026', false],
    ['en', 'VN2019/123(P)-EX', '23 November 2025', true],
    ['en', 'CFCV2021.51', '23 November 2025', true],
    ['en', '17281', '23 November 2025', false], // no year in a current reference
    ['en', 'SVN/IOMSN/005/2020', 'next Friday', false], // closing date without a year: not read
  ];
  for (const [language, reference, closing, expected] of cases) {
    const text = buildNotice({ language, values: { reference, closing } });
    const messages = run(text).filter((message) => /carries the year/.test(message.message));
    assert.equal(messages.length, expected ? 1 : 0, `${reference} / ${closing}`);
    if (expected) assert.match(on(text, messages)[0], /^(19|20)\d\d$/);
  }
  const text = buildNotice({ language: 'en', values: { reference: 'SVN/IOMSN/005/2023', closing: '23 November 2025' } });
  assert.equal(run(text).length, 1);
  assert.equal(run(text, { referenceYearTolerance: 2 }).length, 0);
});

test('reference-country: the ISO code in the reference against the duty station (EN/FR/ES names)', () => {
  const cases: Array<[Lang, 'current' | 'legacy', string, Record<string, string>, string | undefined]> = [
    ['en', 'current', 'MX002/2025', { country: 'Mexico' }, undefined],
    ['es', 'current', 'MX002/2025', { country: 'México' }, undefined],
    ['es', 'current', 'GT002/2025', { country: 'México' }, 'GT'],
    ['fr', 'current', 'SVN ML038/2025', { country: 'Sénégal' }, 'ML'],
    ['fr', 'current', 'SVN SN038/2025', { country: 'Sénégal' }, undefined],
    ['en', 'legacy', 'VN/IOMDZ/012/2025', { dutyStation: 'Algiers, Algeria' }, undefined],
    ['en', 'legacy', 'VN/IOMSO/012/2025', { dutyStation: 'Algiers, Algeria' }, 'SO'],
    ['fr', 'legacy', 'VN/IOMCI/012/2025', { dutyStation: 'Abidjan, Côte d’Ivoire' }, undefined],
    ['fr', 'legacy', 'VN/IOMCD/012/2025', { dutyStation: 'Kinshasa (République démocratique du Congo)' }, undefined],
    ['fr', 'legacy', 'VN/IOMCG/012/2025', { dutyStation: 'Kinshasa (République démocratique du Congo)' }, 'CG'],
    ['en', 'current', 'CFA-2025-079GT', { country: 'Guatemala' }, undefined],
    ['en', 'current', 'CFA-2025-079GT', { country: 'Honduras' }, 'GT'],
    ['en', 'current', 'MX002/2025', { country: 'Home-based' }, undefined], // not a country: not read
    ['en', 'current', 'QQ002/2025', { country: 'Mexico' }, undefined], // not an ISO code in the table
    ['en', 'legacy', 'VN/IOMHQ/012/2025', { dutyStation: 'Geneva, Switzerland' }, undefined],
    ['en', 'legacy', 'VN/IOMSN/012/2025', { dutyStation: 'Dakar, Senegal / Bamako, Mali' }, undefined],
  ];
  for (const [language, layout, reference, values, code] of cases) {
    const closing = language === 'en' ? '23 November 2025' : language === 'fr' ? '9 novembre 2025' : '13 de marzo de 2025';
    const text = buildNotice({ language, layout, values: { reference, closing, ...values } });
    const messages = run(text).filter((message) => /country code/.test(message.message));
    assert.deepEqual(on(text, messages), code ? [code] : [], `${reference} / ${JSON.stringify(values)}`);
  }
  // the table is extendable, and the CFA suffix check can be turned off
  const kosovo = buildNotice({ language: 'en', values: { reference: 'XK002/2025', country: 'Kosova', closing: '1 May 2025' } });
  assert.deepEqual(run(kosovo), [], 'unknown name: not read');
  assert.equal(run(kosovo, { countries: { RS: ['Kosova'] } }).length, 1, 'a configured name is read');
  const cfa = buildNotice({ language: 'en', values: { reference: 'CFA-2025-079GT', country: 'Honduras' } });
  assert.equal(run(cfa, { referenceCountryKinds: ['legacy', 'country-coded'] }).length, 0);
});

test('each check can be skipped; unreadable values give nothing', () => {
  const text = readSeed('003');
  assert.deepEqual(run(text, { skip: ['type-contract'] }).map((m) => m.line), [16]);
  assert.deepEqual(run(text, { skip: ['type-contract', 'type-duration'] }), []);
  // a duration that is a range, a contract nobody can classify, a vacancy type that is no §1 label
  const unreadable: Array<Record<string, string>> = [{ duration: '3 à 9 mois' }, { contract: 'Contrat temporaire' }, { vacancyType: 'Poste temporaire', contract: 'CDD spécial (jusqu’à 9 mois)', duration: '6 mois' }];
  for (const values of unreadable) {
    assert.deepEqual(run(buildNotice({ language: 'fr', values })), [], JSON.stringify(values));
  }
});

test('durations are configurable ([A])', () => {
  // a contract that states no period is measured by its kind (fixed-term: VN's duration)
  const text = buildNotice({ language: 'en', values: { contract: 'Fixed-term', duration: '24 months' } });
  assert.equal(run(text).length, 1);
  assert.deepEqual(run(text, { durations: { VN: { months: 24 } } }), []);
  const svn = buildNotice({ language: 'es', values: { vacancyType: 'Anuncio especial de vacante', contract: 'Contrato especial de corto plazo', duration: '11 meses' } });
  assert.equal(run(svn).length, 1);
  assert.deepEqual(run(svn, { durations: { SVN: { maxMonths: 11 } } }), []);
});

test('parseDuration reads one duration, in three languages; ranges and two numbers are not read', () => {
  assert.deepEqual(parseDuration('6 mois'), { months: 6, upTo: false });
  assert.deepEqual(parseDuration('Up to 9 months'), { months: 9, upTo: true });
  assert.deepEqual(parseDuration('CDD spécial (jusqu’à 9 mois)'), { months: 9, upTo: true });
  assert.deepEqual(parseDuration('hasta 9 meses'), { months: 9, upTo: true });
  assert.deepEqual(parseDuration('Fixed-term (1 year with possibility of extension)'), { months: 12, upTo: false });
  assert.deepEqual(parseDuration('un año'), { months: 12, upTo: false });
  assert.deepEqual(parseDuration('deux ans'), { months: 24, upTo: false });
  assert.equal(parseDuration('3 à 9 mois'), undefined);
  assert.equal(parseDuration('six to nine months'), undefined);
  assert.equal(parseDuration('As soon as possible'), undefined);
});

test('the ISO country table: codes are unique, names resolve in the three languages', () => {
  const codes = ISO_COUNTRIES.map((row) => row.code);
  assert.equal(new Set(codes).size, codes.length);
  assert.ok(codes.length >= 190);
  for (const [name, code] of [['Mali', 'ML'], ['Sénégal', 'SN'], ['Senegal', 'SN'], ['Algeria', 'DZ'], ['Algérie', 'DZ'], ['Argelia', 'DZ'], ['Central African Republic', 'CF'], ['République centrafricaine', 'CF'], ['Kenya', 'KE'], ['Kenia', 'KE'], ['Guatemala', 'GT'], ['México', 'MX'], ['Somalia', 'SO'], ['Congo (the)', 'CG'], ['cote d’ivoire', 'CI']] as const) {
    assert.equal(countryCodeOf(name), code, name);
  }
});

function buildDefault(language: Lang): string {
  return { en: '12 months', fr: '12 mois', es: '12 meses' }[language];
}

function buildContract(language: Lang): string {
  return {
    en: 'Fixed-term (1 year with possibility of extension)',
    fr: 'CDD (1 an avec possibilité de prolongation)',
    es: 'Plazo fijo (1 año con posibilidad de prórroga)',
  }[language];
}
