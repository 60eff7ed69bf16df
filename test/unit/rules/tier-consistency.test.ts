/**
 * tier-consistency: the first-tier / second-tier paragraph (rule book §4.2,
 * §5 T1–T6), in EN, FR and ES, on the seeds and on constructed paragraphs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { tierFacts } from '../../../server/src/requirements/tier.js';
import type { Language } from '../../../server/src/notice/tree.js';
import { readSeed } from '../../helpers.js';
import { applySuggestion, covered, findings, notice } from './eligibility-notice.js';

const RULE = 'tier-consistency';

interface TierOptions {
  female?: boolean;
  femaleExcluded?: boolean;
  nrms?: boolean;
  nrmsExcluded?: boolean;
  list?: boolean;
  items?: boolean;
  countries?: boolean;
  otherTerm?: boolean;
}

/** A tier paragraph in the §4.2 wording, with parts switched on or off. */
function tier(language: Language, o: TierOptions = {}): string[] {
  const { female = false, femaleExcluded = female, nrms = true, nrmsExcluded = nrms, list = true, items = true } = o;
  const t = {
    en: {
      opening: 'Applications are welcome from first- and second-tier candidates, particularly qualified female candidates, as well as applications from the non-represented member countries of IOM. For all IOM vacancies, applications from qualified and eligible first-tier candidates are considered before those of qualified and eligible second-tier candidates in the selection process.',
      listSentence: o.otherTerm ? 'For the purpose of this vacancy, the following are considered priority candidates:' : 'For the purpose of this vacancy, the following are considered first-tier candidates:',
      internal: 'Internal candidates',
      female: 'External female candidates',
      nrms: 'Candidates from the following IOM Member States that are not represented among staff members in the Professional and higher categories:',
      countries: 'Bahamas, Barbados, Comoros',
      second: 'Second-tier candidates include:',
      all: 'All external candidates',
      except: ', except ',
      exceptNrms: 'candidates from non-represented member states of IOM',
      and: ' and ',
      exceptFemale: 'female candidates',
    },
    fr: {
      opening: 'Les candidatures de candidats de premier et de deuxième niveau sont les bienvenues, notamment celles de candidates qualifiées, ainsi que celles des pays membres non représentés de l’OIM. Pour tous les postes vacants à l’OIM, les candidatures des candidats de premier niveau qualifiés et admissibles sont examinées en priorité par rapport à celles des candidats de deuxième niveau qualifiés et admissibles.',
      listSentence: o.otherTerm ? 'Pour ce poste vacant, les candidats suivants sont considérés comme prioritaires :' : 'Pour ce poste vacant, les candidats suivants sont considérés comme candidats de premier niveau :',
      internal: 'candidats internes',
      female: 'candidates externes',
      nrms: 'Candidats des États membres non représentés suivants :',
      countries: 'Bahamas, Barbade, Comores',
      second: 'Les candidats de deuxième niveau comprennent :',
      all: 'tous les candidats externes',
      except: ', à l’exception ',
      exceptNrms: 'des candidats provenant d’États membres non représentés de l’OIM',
      and: ' et ',
      exceptFemale: 'des candidates',
    },
    es: {
      opening: 'Se aceptan candidaturas de candidatos de primer y de segundo nivel, en particular de candidatas calificadas, así como de los países miembros de la OIM no representados. En todas las vacantes de la OIM, las candidaturas de candidatos de primer nivel calificados que reúnan los requisitos se examinan antes que las de candidatos de segundo nivel calificados que reúnan los requisitos.',
      listSentence: o.otherTerm ? 'Para esta vacante, se consideran candidatos prioritarios los siguientes:' : 'Para esta vacante, se consideran candidatos de primer nivel los siguientes:',
      internal: 'candidatos internos',
      female: 'candidatas externas',
      nrms: 'candidatos de los siguientes Estados Miembros de la OIM que no están representados en el personal de la categoría profesional y categorías superiores:',
      countries: 'Bahamas, Barbados, Comoras',
      second: 'Son candidatos de segundo nivel:',
      all: 'todos los candidatos externos',
      except: ', excepto ',
      exceptNrms: 'los de Estados Miembros de la OIM no representados',
      and: ' y ',
      exceptFemale: 'las candidatas',
    },
  }[language];
  const lines = [t.opening, ''];
  if (list) {
    lines.push(t.listSentence, '');
    if (items) {
      let n = 1;
      lines.push(`${n++}. ${t.internal}`);
      if (female) lines.push(`${n++}. ${t.female}`);
      if (nrms) lines.push(`${n++}. ${t.nrms}`, ...(o.countries === false ? [] : [t.countries]));
      lines.push('');
    }
  }
  const exclusions = [nrmsExcluded ? t.exceptNrms : '', femaleExcluded ? t.exceptFemale : ''].filter(Boolean);
  lines.push(t.second, `${t.all}${exclusions.length ? t.except + exclusions.join(t.and) : ''}.`);
  return lines;
}

const make = (language: Language, options: TierOptions, grade?: string) => notice({ language, grade, tier: tier(language, options) });

test('seeds: 000, 001, 002, 004 have no finding; 003 only the T6 info on “prioritaires” (27)', () => {
  for (const id of ['000', '001', '002', '004']) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
  const text = readSeed('003');
  const messages = findings(text, RULE);
  assert.deepEqual(messages.map((message) => [message.line, message.severity, covered(text, message)]), [[27, 'info', 'prioritaires']]);
  const fixed = applySuggestion(text, messages[0]!);
  assert.match(fixed.split('\n')[26]!, /comme candidats de premier niveau[\s\u00A0]:$/);
  assert.deepEqual(findings(fixed, RULE), []);
});

test('seeds: the tier paragraphs were read (first tier, exclusions, form)', () => {
  const facts = (id: string) => {
    const f = tierFacts(parseNotice(readSeed(id)))!;
    return {
      items: f.items.map((item) => [item.internal, item.female, item.nrms]),
      nrmsList: f.nrmsList,
      excludesFemale: f.excludesFemale,
      excludesNrms: f.excludesNrms,
      national: Boolean(f.nationalForm),
    };
  };
  assert.deepEqual(facts('000'), { items: [[true, false, false], [false, false, true]], nrmsList: true, excludesFemale: false, excludesNrms: true, national: false });
  assert.deepEqual(facts('001'), facts('000'));
  assert.deepEqual(facts('002'), { items: [], nrmsList: false, excludesFemale: false, excludesNrms: false, national: true });
  // 003 (after the repair of line 35 "Ă  l’exception … non reprĂ©sentĂ©s")
  assert.deepEqual(facts('003'), { items: [[true, false, false], [false, true, false], [false, false, true]], nrmsList: true, excludesFemale: true, excludesNrms: true, national: false });
});

for (const language of ['en', 'fr', 'es'] as const) {
  test(`${language}: consistent paragraphs have no finding (female on both sides on P-4; on neither side on P-2)`, () => {
    assert.deepEqual(findings(make(language, { female: true }, 'P-4'), RULE), []);
    assert.deepEqual(findings(make(language, { female: false }, 'P-2'), RULE), []);
    assert.deepEqual(findings(make(language, { female: false }), RULE), []);
  });

  test(`${language}: T1 female first-tier but not excluded from the second tier → error; the fix adds the exclusion`, () => {
    const text = make(language, { female: true, femaleExcluded: false });
    const messages = findings(text, RULE);
    assert.deepEqual(messages.map((message) => message.severity), ['error']);
    assert.match(messages[0]!.message, /female candidates are first-tier/);
    const fixed = applySuggestion(text, messages[0]!);
    assert.deepEqual(findings(fixed, RULE), [], fixed);
  });

  test(`${language}: T1 reverse: excluded but not first-tier → error; the fix drops the exclusion`, () => {
    const text = make(language, { female: false, femaleExcluded: true });
    const messages = findings(text, RULE);
    assert.deepEqual(messages.map((message) => message.severity), ['error']);
    const fixed = applySuggestion(text, messages[0]!);
    assert.deepEqual(findings(fixed, RULE), [], fixed);
  });

  test(`${language}: T2 NRMS first-tier but not excluded → error; the paragraph fix restores the §4.2 form`, () => {
    const text = make(language, { nrms: true, nrmsExcluded: false });
    const messages = findings(text, RULE);
    assert.deepEqual(messages.map((message) => message.severity), ['error']);
    assert.match(messages[0]!.message, /non-represented member states are first-tier/);
    const replace = messages[0]!.suggestions!.findIndex((suggestion) => /standard tier text/.test(suggestion.desc));
    const fixed = applySuggestion(text, messages[0]!, replace);
    assert.deepEqual(findings(fixed, RULE), [], fixed);
  });

  test(`${language}: T3 a list sentence with no items, and an NRMS item without countries → errors`, () => {
    const noItems = make(language, { items: false, nrmsExcluded: false });
    assert.ok(findings(noItems, RULE).some((message) => /no candidates follow/.test(message.message) && message.severity === 'error'));
    const noCountries = make(language, { countries: false });
    const messages = findings(noCountries, RULE);
    assert.deepEqual(messages.map((message) => [message.severity, /no country list/.test(message.message)]), [['error', true]]);
  });

  test(`${language}: T6 mixed vocabulary → info, replaced by the tier term`, () => {
    const text = make(language, { otherTerm: true });
    const messages = findings(text, RULE);
    assert.deepEqual(messages.map((message) => message.severity), ['info']);
    assert.deepEqual(findings(applySuggestion(text, messages[0]!), RULE), []);
  });
}

test('T4: the international form on a G post → warning; the fix inserts the national form', () => {
  const text = make('en', {}, 'G-5');
  const messages = findings(text, RULE);
  assert.deepEqual(messages.map((message) => message.severity), ['warning']);
  assert.match(messages[0]!.message, /national .* international form/);
  const fixed = applySuggestion(text, messages[0]!);
  assert.ok(fixed.includes('internal candidates are considered first-tier candidates'));
  assert.deepEqual(findings(fixed, RULE), []);
});

test('T4: an NRMS list on a locally recruited post without a grade (“subject to local recruitment”) → warning', () => {
  const text = notice({ language: 'fr', tier: tier('fr'), context: ['Ce poste est soumis au recrutement local.'] });
  assert.equal(parseNotice(text).data.category, 'national');
  assert.deepEqual(findings(text, RULE).map((message) => message.severity), ['warning']);
});

test('T4: the national form on a P post → warning (es)', () => {
  const national = 'Se aceptan candidaturas de candidatos internos y externos. En todas las vacantes de la OIM, las candidaturas de candidatos de primer nivel calificados que reúnan los requisitos se examinan antes que las de candidatos de segundo nivel calificados que reúnan los requisitos. Para esta vacante, se consideran candidatos de primer nivel los candidatos internos.';
  assert.deepEqual(findings(notice({ language: 'es', grade: 'G-4', tier: [national] }), RULE), []);
  const messages = findings(notice({ language: 'es', grade: 'P-3', tier: [national] }), RULE);
  assert.deepEqual(messages.map((message) => message.severity), ['warning']);
});

test('T5: female first-tier on P-2 → warning; no female first-tier on P-5 → info (fr)', () => {
  assert.deepEqual(findings(make('fr', { female: true }, 'P-2'), RULE).map((message) => message.severity), ['warning']);
  const p5 = findings(make('fr', { female: false }, 'P-5'), RULE);
  assert.deepEqual(p5.map((message) => message.severity), ['info']);
  const text = make('fr', { female: false }, 'P-5');
  const fixed = applySuggestion(text, p5[0]!);
  assert.ok(fixed.includes('candidates externes'));
  assert.deepEqual(findings(fixed, RULE), []);
});
