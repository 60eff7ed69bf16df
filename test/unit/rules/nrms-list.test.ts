/**
 * nrms-list: the list of non-represented member states in the tier paragraph
 * (rule book §4.2, §5 nrms-list, §6.4), in EN, FR and ES, on the seeds and on
 * constructed paragraphs: the default list, loose matching, unknown names,
 * added and missing countries, the configured (dated) lists and table rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LintMessage, VnlintConfig } from '../../../server/src/engine/types.js';
import type { Language } from '../../../server/src/notice/tree.js';
import { COUNTRY_NAMES, DEFAULT_NRMS_LIST, nrmsListText } from '../../../server/src/template/nrms.js';
import { readSeed } from '../../helpers.js';
import { applySuggestion, covered, findings, notice } from './eligibility-notice.js';

const RULE = 'nrms-list';

/** The first name of each default-list row in a language. */
const defaultNames = (language: Language) => COUNTRY_NAMES.filter((row) => row.inDefaultList).map((row) => row.names[language][0]!);
/** The [S003:32] list (FR). */
const SEED_003_LIST = readSeed('003').split('\n')[31]!.trim().split(', ');

const TIER: Record<Language, { opening: string; listSentence: string; internal: string; nrms: string; second: string }> = {
  en: {
    opening: 'Applications are welcome from first- and second-tier candidates, particularly qualified female candidates, as well as applications from the non-represented member countries of IOM. For all IOM vacancies, applications from qualified and eligible first-tier candidates are considered before those of qualified and eligible second-tier candidates in the selection process.',
    listSentence: 'For the purpose of this vacancy, the following are considered first-tier candidates:',
    internal: '1. Internal candidates',
    nrms: '2. Candidates from the following IOM Member States that are not represented among staff members in the Professional and higher categories:',
    second: 'Second-tier candidates include:\nAll external candidates, except candidates from non-represented member states of IOM.',
  },
  fr: {
    opening: 'Les candidatures de candidats de premier et de deuxième niveau sont les bienvenues, notamment celles de candidates qualifiées, ainsi que celles des pays membres non représentés de l’OIM. Pour tous les postes vacants à l’OIM, les candidatures des candidats de premier niveau qualifiés et admissibles sont examinées en priorité par rapport à celles des candidats de deuxième niveau qualifiés et admissibles.',
    listSentence: 'Pour ce poste vacant, les candidats suivants sont considérés comme candidats de premier niveau :',
    internal: '1. candidats internes',
    nrms: '2. Candidats des États membres non représentés suivants :',
    second: 'Les candidats de deuxième niveau comprennent :\ntous les candidats externes, à l’exception des candidats provenant d’États membres non représentés de l’OIM.',
  },
  es: {
    opening: 'Se aceptan candidaturas de candidatos de primer y de segundo nivel, en particular de candidatas calificadas, así como de los países miembros de la OIM no representados. En todas las vacantes de la OIM, las candidaturas de candidatos de primer nivel calificados que reúnan los requisitos se examinan antes que las de candidatos de segundo nivel calificados que reúnan los requisitos.',
    listSentence: 'Para esta vacante, se consideran candidatos de primer nivel los siguientes:',
    internal: '1. candidatos internos',
    nrms: '2. candidatos de los siguientes Estados Miembros de la OIM que no están representados en el personal de la categoría profesional y categorías superiores:',
    second: 'Son candidatos de segundo nivel:\ntodos los candidatos externos, excepto los de Estados Miembros de la OIM no representados.',
  },
};

/** A notice whose tier paragraph lists `countries` (joined with ", ") below the NRMS item, or after its colon with `inline`. */
function make(language: Language, countries: string[] | string, o: { inline?: boolean; header?: string[] } = {}): string {
  const t = TIER[language];
  const list = Array.isArray(countries) ? countries.join(', ') : countries;
  const tier = [t.opening, '', t.listSentence, '', t.internal, o.inline ? `${t.nrms} ${list}` : t.nrms, ...(o.inline ? [] : [list]), '', t.second];
  const text = notice({ language, tier });
  return o.header ? `${o.header.join('\n')}\n\n${text}` : text;
}

/** Rule options with the rule's own severities kept ("on": accepted by the config loader; not in the SeveritySetting type). */
const withOptions = (options: Record<string, unknown>): VnlintConfig => ({ rules: { [RULE]: ['on', options] } });

const summary = (text: string, messages: LintMessage[]) => messages.map((message) => [message.severity, covered(text, message)]);
const replaceIndex = (message: LintMessage) => message.suggestions!.findIndex((suggestion) => /^Replace the list/.test(suggestion.desc));

test('seeds: 000 and 001 (the default list), 002 (national, no list) and 004 (volunteer) have no finding', () => {
  for (const id of ['000', '001', '002', '004']) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
});

test('seed 003: the list differs from the default: +Antigua-et-Barbuda, +Madagascar, −Timor-Leste, −Trinité-et-Tobago (info on line 32)', () => {
  const text = readSeed('003');
  const messages = findings(text, RULE);
  assert.deepEqual(
    messages.map((message) => [message.line, message.severity]),
    [[32, 'info'], [32, 'info'], [32, 'info']],
  );
  const [antigua, list, madagascar] = messages as [LintMessage, LintMessage, LintMessage];
  assert.equal(covered(text, antigua), 'Antigua-et-Barbuda');
  assert.match(antigua.message, /“Antigua-et-Barbuda” is not in the default list .*\(29 countries\)/);
  assert.equal(covered(text, madagascar), 'Madagascar');
  assert.equal(covered(text, list), text.split('\n')[31]!.trim(), 'the missing countries are reported on the whole list');
  assert.match(list.message, /lacks “Timor-Leste” and “Trinité-et-Tobago”/);
  // the whole-list fix writes the default list in French
  const fixed = applySuggestion(text, list, replaceIndex(list));
  assert.equal(fixed.split('\n')[31], `    ${nrmsListText('fr')}`);
  assert.deepEqual(findings(fixed, RULE), []);
  // removing an extra country leaves the other findings
  const removed = applySuggestion(text, madagascar, 0);
  assert.ok(removed.includes('Kiribati, Îles Marshall'), 'the name and its separator are removed');
  assert.deepEqual(findings(removed, RULE).map((message) => covered(removed, message)).slice(0, 1), ['Antigua-et-Barbuda']);
  assert.equal(findings(removed, RULE).length, 2);
});

test('seed 003 against a configured list equal to its own: no finding; 000 then differs the other way', () => {
  const config: VnlintConfig = withOptions({ list: SEED_003_LIST, listDate: '2025-11' });
  assert.deepEqual(findings(readSeed('003'), RULE, config), []);
  const text = readSeed('000');
  const messages = findings(text, RULE, config);
  assert.deepEqual(summary(text, messages).filter(([, name]) => !name!.includes(',')), [['info', 'Timor-Leste'], ['info', 'Trinidad and Tobago']]);
  const list = messages.find((message) => /lacks/.test(message.message))!;
  assert.match(list.message, /lacks “Antigua and Barbuda” and “Madagascar”, which are in the list configured for 2025-11 .*\(29 countries\)/);
  assert.deepEqual(findings(applySuggestion(text, list, replaceIndex(list)), RULE, config), []);
});

test('dated lists: the list in force on the closing date is used (003 closes on 9 novembre 2025)', () => {
  const lists = (since: string) => withOptions({ lists: [{ since: '2024-01-01', names: DEFAULT_NRMS_LIST }, { since, names: SEED_003_LIST }] });
  assert.deepEqual(findings(readSeed('003'), RULE, lists('2025-10-01')), [], 'the newer list is in force');
  const older = findings(readSeed('003'), RULE, lists('2025-12-01'));
  assert.equal(older.length, 3, 'the newer list starts after the closing date: the older one applies');
  assert.match(older[1]!.message, /list configured for 2024-01-01/);
  // without a closing date (000), the latest list applies
  assert.equal(findings(readSeed('000'), RULE, lists('2025-12-01')).length, 3);
});

for (const language of ['en', 'fr', 'es'] as const) {
  test(`${language}: the default list in the notice language has no finding (below the item, or after its colon)`, () => {
    assert.deepEqual(findings(make(language, defaultNames(language)), RULE), []);
    assert.deepEqual(findings(make(language, defaultNames(language), { inline: true }), RULE), []);
    assert.deepEqual(findings(make(language, `${defaultNames(language).join(', ')}.`), RULE), [], 'a final period');
  });

  test(`${language}: names from another language's table and loose spellings are accepted`, () => {
    const other = language === 'en' ? 'fr' : 'en';
    assert.deepEqual(findings(make(language, defaultNames(other)), RULE), []);
    const loose = defaultNames(language).map((name) => name.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/-/g, ' '));
    assert.deepEqual(findings(make(language, loose), RULE), [], loose.join(', '));
  });

  test(`${language}: an added and a missing country → info on the name and on the list; fixes`, () => {
    const names = defaultNames(language).filter((name) => name !== COUNTRY_NAMES[10]!.names[language][0]); // Iceland
    names.splice(3, 0, 'Madagascar');
    const text = make(language, names);
    const messages = findings(text, RULE);
    assert.deepEqual(summary(text, messages), [['info', names.join(', ')], ['info', 'Madagascar']].sort((a, b) => text.indexOf(a[1]!) - text.indexOf(b[1]!)));
    const list = messages.find((message) => /lacks/.test(message.message))!;
    assert.match(list.message, new RegExp(`lacks “${COUNTRY_NAMES[10]!.names[language][0]}”, which is in the default list`));
    assert.deepEqual(findings(applySuggestion(text, list, replaceIndex(list)), RULE), []);
    const extra = messages.find((message) => covered(text, message) === 'Madagascar')!;
    const removed = applySuggestion(text, extra, 0);
    assert.ok(removed.includes(names.filter((name) => name !== 'Madagascar').join(', ')));
    assert.deepEqual(findings(removed, RULE).map((message) => /lacks/.test(message.message)), [true]);
    // the same list after the item's colon
    const inline = make(language, names, { inline: true });
    assert.deepEqual(summary(inline, findings(inline, RULE)), summary(text, messages));
  });

  test(`${language}: “GuineaBissau” (no separator) → warning on the name, fixed to the table's name`, () => {
    const names = defaultNames(language).map((name) => (/^Guin/.test(name) ? name.replace('-', '') : name));
    const wrong = names.find((name) => /^Guin/.test(name))!;
    const text = make(language, names);
    const messages = findings(text, RULE);
    assert.deepEqual(summary(text, messages), [['warning', wrong]]);
    assert.match(messages[0]!.message, new RegExp(`Unknown country name “${wrong}”.*did you mean “${COUNTRY_NAMES[8]!.names[language][0]}”`));
    assert.deepEqual(findings(applySuggestion(text, messages[0]!), RULE), []);
  });

  test(`${language}: an unknown name with no single near miss → warning without a fix; the configured table row makes it known`, () => {
    const names = [...defaultNames(language), 'Atlantis'];
    const text = make(language, names);
    const messages = findings(text, RULE);
    assert.deepEqual(summary(text, messages), [['warning', 'Atlantis']]);
    assert.equal(messages[0]!.suggestions, undefined);
    const row = { en: 'Atlantis', fr: 'Atlantide', es: 'Atlántida' };
    const known = findings(text, RULE, withOptions({ countryNames: [row] }));
    assert.deepEqual(summary(text, known), [['info', 'Atlantis']], 'known now, but not in the list');
    const viaTables = findings(text, RULE, { tables: { countryNames: [row] } });
    assert.deepEqual(summary(text, viaTables), [['info', 'Atlantis']]);
  });
}

test('en: loose matching — “Congo (le)”, “the Bahamas”, “Sao Tome-et-Principe”, a final “and” — no finding', () => {
  const names = defaultNames('en').map((name) =>
    name === 'Congo (the)' ? 'Congo (le)' : name === 'Bahamas' ? 'the Bahamas' : name === 'Sao Tome and Principe' ? 'Sao Tome-et-Principe' : name,
  );
  const last = names.pop()!;
  assert.deepEqual(findings(make('en', `${names.join(', ')} and ${last}`), RULE), []);
  assert.deepEqual(findings(make('en', `${names.join(', ')}, and ${last}`), RULE), []);
});

test('fr: loose matching — “le Congo”, “Iles Cook”, “l’Islande”, “Saint Siège” — no finding', () => {
  const names = defaultNames('fr').map((name) =>
    name === 'Congo' ? 'le Congo' : name === 'Îles Cook' ? 'Iles Cook' : name === 'Islande' ? 'l’Islande' : name === 'Saint-Siège' ? 'Saint Siège' : name,
  );
  assert.deepEqual(findings(make('fr', names), RULE), []);
});

test('es: the second names of a row (“Guinea-Bisáu”, “Surinam”, “Timor Oriental”, “Trinidad y Tobago”) and “el Congo” are accepted', () => {
  const second = new Map([['Guinea-Bissau', 'Guinea-Bisáu'], ['Suriname', 'Surinam'], ['Timor-Leste', 'Timor Oriental'], ['Trinidad y Tabago', 'Trinidad y Tobago'], ['Congo', 'el Congo']]);
  assert.deepEqual(findings(make('es', defaultNames('es').map((name) => second.get(name) ?? name)), RULE), []);
});

test('a near miss one letter off is fixed (es “Kiribatti” → “Kiribati”, fr “Namibiee”); a “Congo (le)” without loose matching warns', () => {
  const es = make('es', defaultNames('es').map((name) => (name === 'Kiribati' ? 'Kiribatti' : name)));
  const messages = findings(es, RULE);
  assert.deepEqual(summary(es, messages), [['warning', 'Kiribatti']]);
  assert.equal(messages[0]!.suggestions![0]!.fix.text, 'Kiribati');
  const fr = make('fr', defaultNames('fr').map((name) => (name === 'Namibie' ? 'Namibiee' : name)));
  assert.equal(findings(fr, RULE)[0]!.suggestions![0]!.fix.text, 'Namibie');
  const strict = make('en', defaultNames('en').map((name) => (name === 'Congo (the)' ? 'Congo (le)' : name)));
  assert.deepEqual(findings(strict, RULE), []);
  const noLoose = findings(strict, RULE, withOptions({ looseMatching: false }));
  assert.deepEqual(summary(strict, noLoose), [['warning', 'Congo (le)']]);
});

test('no list, a `${NRMS}` placeholder or prose below the item: no finding (tier-consistency reports a missing list)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    assert.deepEqual(findings(make(language, '${NRMS}'), RULE), [], language);
    assert.deepEqual(findings(make(language, 'The list will be published on the website of the Organization.'), RULE), [], language);
  }
  assert.deepEqual(findings(notice({ language: 'en' }), RULE), []);
});

test('a configured list name that is in no table is a country of its own', () => {
  const text = make('en', [...defaultNames('en'), 'Ruritania']);
  assert.deepEqual(findings(text, RULE, withOptions({ list: [...DEFAULT_NRMS_LIST, 'Ruritania'] })), []);
});

test('a real country outside the §6.4 table (“Liberia”, “Libéria”) is known: info, not an unknown-name warning', () => {
  const en = make('en', [...defaultNames('en'), 'Liberia']);
  assert.deepEqual(summary(en, findings(en, RULE)), [['info', 'Liberia']]);
  const fr = make('fr', [...defaultNames('fr'), 'Libéria']);
  assert.deepEqual(summary(fr, findings(fr, RULE)), [['info', 'Libéria']]);
  // configured in English, written in French: the same country
  assert.deepEqual(findings(fr, RULE, withOptions({ list: [...DEFAULT_NRMS_LIST, 'Liberia'] })), []);
});

test('fr: the list is read after mojibake repair (“GuinĂ©e-Bissau” is Guinée-Bissau); positions stay on the original text', () => {
  const text = readSeed('003').replace('Guinée-Bissau', 'GuinĂ©e-Bissau').replace('Saint-Siège', 'SaintSiege');
  const messages = findings(text, RULE);
  assert.ok(!messages.some((message) => /^Guin/.test(covered(text, message))), 'no finding on the repaired name');
  assert.match(messages.find((message) => /lacks/.test(message.message))!.message, /lacks “Timor-Leste” and “Trinité-et-Tobago”/, 'Guinée-Bissau is present');
  const unknown = messages.filter((message) => message.severity === 'warning');
  assert.deepEqual(unknown.map((message) => covered(text, message)), ['SaintSiege']);
  assert.equal(unknown[0]!.suggestions![0]!.fix.text, 'Saint-Siège');
});
