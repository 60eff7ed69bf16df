import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed } from '../../helpers.js';
import { lint } from '../../../server/src/engine/lint.js';
import {
  MOJIBAKE_LANDED,
  applySuggestion,
  assertOnlyChanged,
  findings,
  fixLists,
  lineAt,
  listFindings,
  repairSeed002,
  repairSeed003,
} from './lists-helpers.js';

const ID = 'count-mismatch';

/** The single finding of the rule, with its fix. */
function one(text: string) {
  const found = findings(text, ID);
  assert.equal(found.length, 1, `expected one finding, got ${JSON.stringify(found.map((m) => m.message))}`);
  return found[0];
}

/** Asserts the count at `word` is reported and auto-fixed to `replacement`, nothing else changes, and re-lint is clean. */
function assertFixed(text: string, word: string, replacement: string, numbers: [number, number]) {
  const finding = one(text);
  const start = text.indexOf(word);
  assert.ok(start >= 0);
  assert.deepEqual(finding.range, [start, start + word.length], 'the finding spans the count word');
  assert.match(finding.message, new RegExp(`\\b${numbers[0]}\\b`));
  assert.match(finding.message, new RegExp(`\\b${numbers[1]}\\b`));
  assert.ok(finding.fix, 'an auto fix');
  assert.deepEqual(finding.fix!.range, [start, start + word.length]);
  assert.equal(finding.fix!.text, replacement);
  const fixed = fixLists(text);
  assertOnlyChanged(text, fixed, start, start + word.length, replacement);
  assert.deepEqual(listFindings(fixed), [], 're-lint finds nothing');
}

const EN_VALUES_5 = [
  '- **Inclusion and respect for diversity:** Respects and promotes individual and cultural differences.',
  '- **Integrity and transparency:** Maintains high ethical standards.',
  '- **Professionalism:** Demonstrates ability to work in a composed manner.',
  '- **Courage:** Demonstrates willingness to take a stand on issues of importance.',
  '- **Empathy:** Shows compassion for others.',
].join('\n');

describe('count-mismatch: seeds', () => {
  for (const id of ['000', '001', '003', '004']) {
    it(`seed ${id}: counts agree, no finding`, () => {
      assert.deepEqual(findings(readSeed(id), ID), []);
    });
  }

  it('seed 002 (repaired view): "these three values" at line 57 is reported, fixed to "five"', () => {
    const text = repairSeed002(readSeed('002'));
    const finding = one(text);
    assert.equal(lineAt(text, finding.range[0]), 57);
    assert.equal(text.slice(finding.range[0], finding.range[1]), 'three');
    assert.match(finding.message, /3/);
    assert.match(finding.message, /5/);
    assert.equal(finding.fix?.text, 'five');
    const fixed = fixLists(text);
    assertOnlyChanged(text, fixed, finding.range[0], finding.range[1], 'five');
    assert.deepEqual(findings(fixed, ID), []);
    // the list is the complete current list: competency-list stays silent
    assert.deepEqual(findings(text, 'competency-list'), []);
  });

  it('seed 002 (raw file, through the tree): line 57 in the original text', { skip: MOJIBAKE_LANDED ? false : 'the mojibake library has not landed yet' }, () => {
    const text = readSeed('002');
    const finding = one(text);
    assert.equal(lineAt(text, finding.range[0]), 57);
    assert.equal(text.slice(finding.range[0], finding.range[1]), 'three');
    assert.equal(finding.fix?.text, 'five');
    const fixed = fixLists(text);
    assertOnlyChanged(text, fixed, finding.range[0], finding.range[1], 'five');
    assert.deepEqual(listFindings(fixed), []);
  });

  it('seed 003 (repaired view, Values as a heading): "ces cinq valeurs" agrees', () => {
    const text = repairSeed003(readSeed('003'));
    assert.deepEqual(findings(text, ID), []);
  });

  it('seed 004: "05 postes" (1, 5) has no list and "quatre grands domaines" (19) lists four', () => {
    const text = readSeed('004');
    assert.deepEqual(findings(text, ID), []);
    // the same sentence with three domains is reported: the enumeration is counted
    const changed = text.replace('les quatre grands domaines', 'les trois grands domaines');
    const finding = one(changed);
    assert.equal(lineAt(changed, finding.range[0]), 19);
    assert.equal(finding.fix?.text, 'quatre');
  });
});

describe('count-mismatch: EN', () => {
  it('"these three values:" over five list items → "five"', () => {
    const text = `Values - all IOM staff members must abide by and demonstrate these three values:\n\n${EN_VALUES_5}`;
    assertFixed(text, 'three', 'five', [3, 5]);
  });

  it('a blank line inside the list does not end it', () => {
    const text = `Values - all IOM staff members must abide by and demonstrate these five values:\n\n${EN_VALUES_5.replace('\n- **Courage', '\n\n- **Courage')}`;
    assert.deepEqual(findings(text, ID), []);
  });

  it('"the following three areas:" over four bullets in a paragraph → "four"', () => {
    const text = 'Responsibilities\n\nThe incumbent will work in the following three areas:\n\n- Protection\n- Health\n- Shelter\n- Education';
    assertFixed(text, 'three', 'four', [3, 4]);
  });

  it('capitalised and upper-case words keep their case', () => {
    const text = 'Responsibilities\n\nThe Following Three Areas:\n\n- Protection\n- Health';
    assertFixed(text, 'Three', 'Two', [3, 2]);
    const upper = 'Responsibilities\n\nTHE FOLLOWING THREE AREAS:\n\n- Protection\n- Health';
    assertFixed(upper, 'THREE', 'TWO', [3, 2]);
  });

  it('digits keep their zero padding: "the following 03 positions" over five → "05"', () => {
    const text = 'Context\n\nIOM is recruiting for the following 03 positions:\n\n1. Driver\n2. Clerk\n3. Guard\n4. Cook\n5. Cleaner';
    assertFixed(text, '03', '05', [3, 5]);
  });

  it('digits without padding stay unpadded: "the following 10 positions" over five → "5"', () => {
    const text = 'Context\n\nIOM is recruiting for the following 10 positions:\n\n1. Driver\n2. Clerk\n3. Guard\n4. Cook\n5. Cleaner';
    assertFixed(text, '10', '5', [10, 5]);
  });

  it('"three (3)": both forms are rewritten', () => {
    const text = 'Responsibilities\n\nThe incumbent covers three (3) areas:\n\n- Protection\n- Health';
    const finding = one(text);
    const start = text.indexOf('three');
    // the fix runs from the word to the digits: "three (3" → "two (2"
    assert.deepEqual(finding.fix?.range, [start, start + 'three (3'.length]);
    assert.equal(finding.fix?.text, 'two (2');
    const fixed = fixLists(text);
    assert.equal(fixed, text.replace('three (3)', 'two (2)'));
    assert.deepEqual(listFindings(fixed), []);
  });

  it('"three (4) languages" with no list: the two forms disagree (no auto fix)', () => {
    const text = 'Languages\n\nFluency in three (4) languages is required. The work is in Geneva.';
    const finding = one(text);
    assert.match(finding.message, /3/);
    assert.match(finding.message, /4/);
    assert.equal(finding.fix, undefined);
    assert.ok(finding.suggestions && finding.suggestions.length === 2);
  });

  it('an inline enumeration after a colon: "the following three areas: a, b, c and d." → "four"', () => {
    const text = 'Context\n\nIOM works in the following three areas: protection, health, shelter and education. It is a UN agency.';
    assertFixed(text, 'three', 'four', [3, 4]);
  });

  it('run-in known item names followed by ":" are counted', () => {
    const text =
      'Values - all IOM staff members must abide by and demonstrate these four values: Inclusion and respect for diversity: Respects. Integrity and transparency: Maintains. Professionalism: Demonstrates. Courage: Takes a stand. Empathy: Shows compassion.';
    assertFixed(text, 'four', 'five', [4, 5]);
  });

  it('bolded definition lines without markers, with or without blank lines between them', () => {
    const rows = ['**Protection:** Leads protection work.', '**Health:** Supports clinics.', '**Shelter:** Builds shelters.'];
    assertFixed(`Responsibilities\n\nThe incumbent covers the following two areas:\n\n${rows.join('\n')}`, 'two', 'three', [2, 3]);
    assertFixed(`Responsibilities\n\nThe incumbent covers the following two areas:\n\n${rows.join('\n\n')}`, 'two', 'three', [2, 3]);
  });

  it('one-per-line entries after the count line', () => {
    const text = 'Languages\n\nThe following two languages are required:\nEnglish\nFrench\nSpanish';
    assertFixed(text, 'two', 'three', [2, 3]);
  });

  it('counts of something else are not reported: "two years of experience", "these three languages." in prose', () => {
    const text = [
      'Experience',
      '',
      'Minimum two years of experience in the following fields:',
      '',
      '- Protection',
      '- Health',
      '- Shelter',
      '',
      'Languages',
      '',
      'IOM’s official languages are English, French and Spanish. Staff must master one of these three languages.',
      '',
      '- English (required)',
    ].join('\n');
    assert.deepEqual(findings(text, ID), []);
  });

  it('"at least 2 of the following areas:" and "the following 2 years:" are not counts of the list', () => {
    const text = 'Experience\n\nAt least 2 of the following areas:\n\n- Protection\n- Health\n- Shelter\n\nDuring the following 2 years:\n\n- Protection\n- Health\n- Shelter';
    assert.deepEqual(findings(text, ID), []);
  });

  it('a count with no list after it is not reported: "5 positions available", "5 positions in 2026."', () => {
    const text = 'IOM Algeria: 5 positions available (05 October 2025)\n\nContext\n\nIOM works in Algeria.';
    assert.deepEqual(findings(text, ID), []);
    // a sentence that does not introduce the list under it (no colon, not a heading)
    const prose = 'Context\n\nThe office will fill 3 positions in 2026.\n\n- Driver\n- Clerk';
    assert.deepEqual(findings(prose, ID), []);
    assert.equal(findings(prose.replace('in 2026.', 'in 2026:'), ID).length, 1, 'with a colon it counts the list');
  });

  it('an incomplete Values list: no auto fix, only a quick fix (competency-list completes the list)', () => {
    const four = EN_VALUES_5.split('\n').slice(0, 4).join('\n');
    const text = `Values - all IOM staff members must abide by and demonstrate these five values:\n\n${four}`;
    const finding = one(text);
    assert.equal(finding.fix, undefined);
    assert.ok(finding.suggestions?.length);
    assert.match(finding.message, /5/);
    assert.match(finding.message, /4/);
    const missing = findings(text, 'competency-list');
    assert.equal(missing.length, 1);
    const completed = applySuggestion(text, missing[0]);
    assert.deepEqual(listFindings(completed), []);
  });
});

describe('count-mismatch: FR', () => {
  const FR_VALUES_5 = [
    '• Inclusion et respect de la diversité\u00A0: Respecte et promeut les différences.',
    '• Intégrité et transparence\u00A0: Maintient des normes éthiques élevées.',
    '• Professionnalisme\u00A0: Fait preuve d’une capacité à travailler avec calme.',
    '• Courage\u00A0: Fait preuve de volonté.',
    '• Empathie\u00A0: Fait preuve de compassion envers les autres.',
  ].join('\n');

  it('"ces trois valeurs :" over five → "cinq"', () => {
    const text = `Valeurs\u00A0– Tous les membres du personnel de l’OIM doivent respecter et démontrer ces trois valeurs\u00A0:\n\n${FR_VALUES_5}`;
    assertFixed(text, 'trois', 'cinq', [3, 5]);
  });

  it('"les deux compétences suivantes :" over three → "trois"', () => {
    const text = 'Compétences\n\nLe candidat doit posséder les deux compétences suivantes\u00A0:\n\n- Rédaction\n- Analyse\n- Négociation';
    assertFixed(text, 'deux', 'trois', [2, 3]);
  });

  it('"les 05 postes suivants :" over three → "03"', () => {
    const text = 'Contexte\n\nLe bureau de Dakar ouvre les 05 postes suivants\u00A0:\n\n1) Chauffeur\n2) Assistant\n3) Gardien';
    assertFixed(text, '05', '03', [5, 3]);
  });

  it('grammatical gender: "ces deux langues" over one → "une"; "les deux postes suivants" over one → "un"', () => {
    const text = 'Langues\n\nLe poste exige ces deux langues\u00A0:\n\n- Français';
    assertFixed(text, 'deux', 'une', [2, 1]);
    const masculine = 'Contexte\n\nLe bureau ouvre les deux postes suivants\u00A0:\n\n- Chauffeur';
    assertFixed(masculine, 'deux', 'un', [2, 1]);
  });

  it('the last "et" only: "quatre grands domaines : a, b, c et d" is four', () => {
    const text =
      'Contexte\n\nL’OIM travaille dans les quatre grands domaines de la gestion des migrations\u00A0: migration et développement, facilitation de la migration, réglementation de la migration et migration forcée.';
    assert.deepEqual(findings(text, ID), []);
    assertFixed(text.replace('quatre', 'cinq'), 'cinq', 'quatre', [5, 4]);
  });

  it('"ces trois langues" after three languages and "05 postes disponibles" in a title are not reported', () => {
    const text = [
      'Opportunité de Volontariat humanitaire à l’OIM : 05 postes disponibles (05 novembre 2025)',
      '',
      'Langues',
      '',
      'Les langues officielles de l’OIM sont l’anglais, le français et l’espagnol. Tous les membres du personnel doivent maîtriser au moins une de ces trois langues.',
      '',
      '- Anglais',
      '- Français',
    ].join('\n');
    assert.deepEqual(findings(text, ID), []);
  });

  it('"deux années d’expérience" is not a count of the list under it', () => {
    const text = 'Expérience\n\nAu moins deux années d’expérience dans les domaines suivants\u00A0:\n\n- protection\n- santé\n- abris';
    assert.deepEqual(findings(text, ID), []);
  });
});

describe('count-mismatch: ES', () => {
  it('"estos cinco valores:" over three → "tres"', () => {
    const text = [
      'Valores - todos los miembros del personal de la OIM deben respetar y demostrar estos cinco valores:',
      '',
      '- Inclusión y respeto por la diversidad: Respeta y promueve las diferencias.',
      '- Integridad y transparencia: Mantiene normas éticas.',
      '- Profesionalismo: Trabaja con calma.',
    ].join('\n');
    // three of five values: competency-list finds the list incomplete, so the count gets a quick fix only
    const finding = one(text);
    assert.equal(finding.fix, undefined);
    assert.equal(finding.suggestions?.[0]?.fix.text, 'tres');
  });

  it('"los tres idiomas siguientes:" over two → "dos"', () => {
    const text = 'Idiomas\n\nSe requiere el dominio de los tres idiomas siguientes:\n\n- Inglés\n- Francés';
    assertFixed(text, 'tres', 'dos', [3, 2]);
  });

  it('"las 04 áreas siguientes:" over two → "02"; "cuatro áreas: a, b, c y d" agrees', () => {
    const text = 'Responsabilidades\n\nEl titular cubrirá las 04 áreas siguientes:\n\n- Protección\n- Salud';
    assertFixed(text, '04', '02', [4, 2]);
    const inline = 'Responsabilidades\n\nLa OIM trabaja en cuatro áreas: protección, salud, refugio y educación.';
    assert.deepEqual(findings(inline, ID), []);
  });

  it('case and gender: "Tres lenguas siguientes" over one → "Una"; "Tres idiomas siguientes" over one → "Un"', () => {
    const feminine = 'Idiomas\n\nTres lenguas siguientes:\n\n- Francés';
    assertFixed(feminine, 'Tres', 'Una', [3, 1]);
    const masculine = 'Idiomas\n\nTres idiomas siguientes:\n\n- Francés';
    assertFixed(masculine, 'Tres', 'Un', [3, 1]);
  });

  it('"dos años de experiencia" and "05 puestos disponibles" are not reported', () => {
    const text = 'OIM: 05 puestos disponibles\n\nExperiencia\n\nMínimo dos años de experiencia en:\n\n- protección\n- salud\n- refugio';
    assert.deepEqual(findings(text, ID), []);
  });
});

describe('count-mismatch: engine integration', () => {
  it('is registered and reports at error severity', () => {
    const text = `Values - all IOM staff members must abide by and demonstrate these three values:\n\n${EN_VALUES_5}`;
    const messages = lint(text).messages.filter((m) => m.ruleId === ID);
    assert.equal(messages.length, 1);
    assert.equal(messages[0].severity, 'error');
  });
});
