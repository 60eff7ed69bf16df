import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_IDS, readSeed } from '../../helpers.js';
import { lint } from '../../../server/src/engine/lint.js';
import { VALUES, CORE } from '../../../server/src/template/competencies.js';
import { applySuggestion, assertOnlyChanged, findings, fixLists, lineAt, listFindings, repairSeed002, repairSeed003 } from './lists-helpers.js';

const ID = 'competency-list';

function lines(...rows: string[]): string {
  return rows.join('\n');
}

const EN_VALUES_HEADING = 'Values - all IOM staff members must abide by and demonstrate these five values:';
const EN_VALUES = VALUES.map((item) => `- **${item.names.en[0]}:** ${item.definitions.en}`);
const EN_CORE_HEADING = 'Core Competencies – behavioural indicators Level 2';
const EN_CORE = CORE.map((item) => `- **${item.names.en[0]}:** ${item.definitions.en}`);
const EN_MANAGERIAL_HEADING = 'Managerial Competencies – behavioural indicators Level 2';
const EN_MANAGERIAL = [
  '- **Leadership:** Provides a clear sense of direction.',
  '- **Empowering others:** Creates an enabling environment.',
  '- **Building Trust:** Promotes shared values.',
  '- **Strategic thinking and vision:** Works strategically.',
  '- **Humility:** Leads with humility.',
];

function enNotice(values: string[], core: string[] = EN_CORE, valuesHeading = EN_VALUES_HEADING): string {
  return lines('Required Competencies', '', valuesHeading, '', ...values, '', EN_CORE_HEADING, '', ...core);
}

describe('competency-list: seeds', () => {
  for (const id of SEED_IDS) {
    it(`seed ${id}: no finding${id === '004' ? ' (volunteer: not run)' : ''}`, () => {
      assert.deepEqual(findings(readSeed(id), ID), []);
    });
  }
  it('seeds 002 (run-in Values and Core) and 003 (FR lists) in the repaired view: no finding', () => {
    assert.deepEqual(findings(repairSeed002(readSeed('002')), ID), []);
    assert.deepEqual(findings(repairSeed003(readSeed('003')), ID), []);
  });
  it('seed 000: the lists are read (dropping Communication from Core is reported)', () => {
    const text = readSeed('000');
    const broken = text.replace(/^- \*\*Communication:\*\*.*\n/m, '');
    const found = findings(broken, ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Communication/);
    // the quick fix puts it back exactly as it was
    assert.equal(applySuggestion(broken, found[0]), text);
  });
  it('seed 003 (repaired): FR lists are read (a missing “Empathie” is reported and restored in FR style)', () => {
    const text = repairSeed003(readSeed('003'));
    const line = /^ *• Empathie\u00A0?:.*\n/m.exec(text);
    assert.ok(line, 'the Empathie line');
    const broken = text.replace(line[0], '');
    const found = findings(broken, ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Empathie/);
    const restored = applySuggestion(broken, found[0]);
    assert.match(restored, /\n {2}• Empathie\u00A0: Fait preuve de compassion envers les autres/);
    assert.deepEqual(findings(restored, ID), []);
  });
  it('seed 004: volunteer competencies (93) are not checked even when they name “Planning and organizing”', () => {
    const text = readSeed('004').replace('-Planification et organisation', '-Planning and organizing');
    assert.deepEqual(findings(text, ID), []);
  });
});

describe('competency-list: EN', () => {
  it('the complete lists are clean', () => {
    assert.deepEqual(findings(enNotice(EN_VALUES), ID), []);
  });

  it('a missing core item: error, quick fix inserts it with its standard definition at its place', () => {
    const core = EN_CORE.filter((row) => !row.includes('Managing and sharing knowledge'));
    const text = enNotice(EN_VALUES, core);
    const found = findings(text, ID);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.match(found[0].message, /Managing and sharing knowledge/);
    assert.equal(found[0].fix, undefined, 'quick fix only');
    const fixed = applySuggestion(text, found[0]);
    assert.equal(fixed, enNotice(EN_VALUES));
    const at = text.indexOf('- **Accountability');
    const inserted = EN_CORE[2] + '\n';
    assertOnlyChanged(text, fixed, at, at, inserted);
    assert.deepEqual(listFindings(fixed), []);
  });

  it('an unknown item ("Planning and organizing") and a misplaced one (Teamwork under Values)', () => {
    const core = [...EN_CORE, '- **Planning and organizing:** Plans work.'];
    const values = [...EN_VALUES, '- **Teamwork:** Works with others.'];
    const text = enNotice(values, core, EN_VALUES_HEADING.replace('five', 'six'));
    const found = findings(text, ID);
    assert.equal(found.length, 2, JSON.stringify(found.map((m) => m.message)));
    assert.ok(found.some((m) => /Planning and organizing/.test(m.message) && text.slice(m.range[0], m.range[1]) === 'Planning and organizing'));
    assert.ok(found.some((m) => /Teamwork.*belongs to Core/.test(m.message)));
  });

  it('a Notes sentence as a fourth Managerial bullet is unknown', () => {
    const text = lines(EN_MANAGERIAL_HEADING, '', ...EN_MANAGERIAL, '- Only shortlisted candidates will be contacted.');
    const found = findings(text, ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Only shortlisted candidates/);
  });

  it('a duplicated item, with a quick fix deleting the line', () => {
    const values = [...EN_VALUES.slice(0, 3), EN_VALUES[2], ...EN_VALUES.slice(3)];
    const text = enNotice(values);
    const found = findings(text, ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Professionalism.*twice/);
    assert.equal(applySuggestion(text, found[0]), enNotice(EN_VALUES));
  });

  it('the outdated 2018 values (three): warning; quick fix replaces the list; then count-mismatch fixes "three"', () => {
    const text = enNotice(EN_VALUES.slice(0, 3), EN_CORE, EN_VALUES_HEADING.replace('five', 'three'));
    const found = findings(text, ID);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /outdated/);
    assert.deepEqual(findings(text, 'count-mismatch'), [], 'three values, three listed');
    const replaced = applySuggestion(text, found[0]);
    assert.deepEqual(findings(replaced, ID), []);
    const count = findings(replaced, 'count-mismatch');
    assert.equal(count.length, 1);
    assert.equal(count[0].fix?.text, 'five');
    assert.equal(fixLists(replaced), enNotice(EN_VALUES));
  });

  it('the outdated 2018 managerial list ("Empowering others and building trust"): warning', () => {
    const text = lines(EN_MANAGERIAL_HEADING, '', '- **Leadership:** a', '- **Empowering others and building trust:** b', '- **Strategic thinking and vision:** c');
    const found = findings(text, ID);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    const replaced = applySuggestion(text, found[0]);
    assert.deepEqual(findings(replaced, ID), []);
  });

  it('matching forgives case, "&", punctuation and apostrophes', () => {
    const values = [
      '- **inclusion & respect for diversity**: x',
      '- **Integrity and Transparency.:** x',
      '- PROFESSIONALISM: x',
      '- Courage',
      '- **Empathy:** x',
    ];
    const core = ['- Teamwork: x', '- Delivering Results: x', '- Managing & Sharing Knowledge: x', '- Accountability: x', '- Communication: x'];
    assert.deepEqual(findings(enNotice(values, core), ID), []);
  });

  it('order differences are info', () => {
    const values = [EN_VALUES[1], EN_VALUES[0], ...EN_VALUES.slice(2)];
    const found = findings(enNotice(values), ID);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'info');
    assert.match(found[0].message, /order/);
  });

  it('blank lines between items keep the spacing of inserted items', () => {
    const values = EN_VALUES.filter((row) => !row.includes('Empathy')).join('\n\n').split('\n');
    const text = enNotice(values);
    const found = findings(text, ID);
    assert.equal(found.length, 1);
    const fixed = applySuggestion(text, found[0]);
    assert.ok(fixed.includes(`${EN_VALUES[3]}\n\n${EN_VALUES[4]}\n\n${EN_CORE_HEADING}`), fixed);
    assert.deepEqual(listFindings(fixed), []);
  });
});

describe('competency-list: FR', () => {
  const FR = [
    'Valeurs\u00A0– Tous les membres du personnel de l’OIM doivent respecter et démontrer ces cinq valeurs\u00A0:',
    '',
    '- Inclusion et respect de la diversité\u00A0: Respecte et promeut les différences individuelles et culturelles.',
    '- Intégrité et transparence\u00A0: Maintient des normes éthiques élevées.',
    '- Professionnalisme\u00A0: Fait preuve d’une capacité à travailler avec calme.',
    '- Courage\u00A0: Fait preuve de volonté.',
    '- Empathie\u00A0: Fait preuve de compassion.',
    '',
    'Compétences fondamentales\u00A0– indicateurs comportementaux Niveau 3',
    '',
    '- Travail d’équipe\u00A0: a',
    '- Obtention de résultats\u00A0: b',
    '- Gestion et partage des connaissances\u00A0: c',
    '- Responsabilisation\u00A0: d',
    '- Communication\u00A0: e',
  ];
  it('the complete FR lists (with the alias “Responsabilisation”, \' for ’) are clean', () => {
    assert.deepEqual(findings(lines(...FR), ID), []);
    assert.deepEqual(findings(lines(...FR).replace('Travail d’équipe', "Travail d'equipe"), ID), []);
  });
  it('a missing FR core item is inserted in FR, in the list’s style', () => {
    const text = lines(...FR.filter((row) => !row.startsWith('- Communication')));
    const found = findings(text, ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Communication/);
    const fixed = applySuggestion(text, found[0]);
    assert.ok(fixed.endsWith('\n- Communication\u00A0: Encourage et contribue à une communication claire et ouverte. Explique les sujets complexes de manière informative, inspirante et motivante.'), fixed.slice(-200));
    assert.deepEqual(findings(fixed, ID), []);
  });
  it('UNV-style items are unknown in a staff notice', () => {
    const text = lines(...FR, '- Créativité\u00A0: f');
    const found = findings(text, ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Créativité/);
    assert.equal(lineAt(text, found[0].range[0]), 16);
  });
});

describe('competency-list: ES (assumed names → info)', () => {
  const ES = [
    'Valores - todos los miembros del personal de la OIM deben respetar y demostrar estos cinco valores:',
    '',
    '- Inclusión y respeto por la diversidad: a',
    '- Integridad y transparencia: b',
    '- Profesionalismo: c',
    '- Coraje: d',
    '- Empatía: e',
  ];
  it('the ES list (with “Coraje” for Valentía) is clean', () => {
    assert.deepEqual(findings(lines(...ES), ID), []);
  });
  it('a missing or unknown ES item is info', () => {
    const text = lines(...ES.slice(0, 6), '- Lealtad: f');
    const found = findings(text, ID);
    assert.equal(found.length, 2, JSON.stringify(found.map((m) => m.message)));
    assert.ok(found.every((m) => m.severity === 'info'));
    assert.ok(found.some((m) => /Empatía/.test(m.message)));
    assert.ok(found.some((m) => /Lealtad/.test(m.message)));
  });
});

describe('competency-list: engine', () => {
  it('is registered; a consultancy gets warnings instead of errors [A]', () => {
    const core = EN_CORE.slice(0, 4);
    const text = enNotice(EN_VALUES, core);
    const messages = lint(text).messages.filter((m) => m.ruleId === ID);
    assert.equal(messages.length, 1);
    assert.equal(messages[0].severity, 'error');
    const consultancy = lint(text, { config: { noticeType: 'consultancy' } }).messages.filter((m) => m.ruleId === ID);
    assert.equal(consultancy[0]?.severity, 'warning');
  });
});

describe('list rules: fixes applied in sequence', () => {
  it('auto fixes, then quick fixes one at a time, leave a clean text and change nothing else', () => {
    const core = EN_CORE.filter((row) => !/Teamwork|Communication/.test(row));
    const text = lines(
      'Responsibilities',
      '',
      '1. Draft reports.',
      '2. Support the team.',
      '4. Monitor the project.',
      '',
      'Required Competencies',
      '',
      EN_VALUES_HEADING.replace('five', 'four'),
      '',
      ...EN_VALUES,
      '',
      EN_CORE_HEADING,
      '',
      ...core,
    );
    let output = fixLists(text);
    // the auto fixes: "4." → "3." and "four" → "five"
    assert.equal(output, text.replace('4. Monitor', '3. Monitor').replace('these four values', 'these five values'));
    for (let guard = 0; guard < 10; guard++) {
      const next = findings(output, ID).find((m) => m.suggestions?.length);
      if (!next) break;
      output = applySuggestion(output, next);
    }
    assert.deepEqual(listFindings(output), []);
    const expected = text
      .replace('4. Monitor', '3. Monitor')
      .replace('these four values', 'these five values')
      .replace(core[0], `${EN_CORE[0]}\n${core[0]}`)
      .concat(`\n${EN_CORE[4]}`);
    assert.equal(output, expected);
  });
});
