import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_IDS, readSeed } from '../../helpers.js';
import { lint } from '../../../server/src/engine/lint.js';
import { findings, fixLists, lineAt, listFindings, repairSeed002, repairSeed003 } from './lists-helpers.js';

const ID = 'list-numbering';

function lines(...rows: string[]): string {
  return rows.join('\n');
}

/** Asserts one finding on `line`, and that --fix produces exactly `expected` and re-lint is clean. */
function assertRenumbered(text: string, expected: string, line: number, pattern: RegExp) {
  const found = findings(text, ID);
  assert.equal(found.length, 1, JSON.stringify(found.map((m) => m.message)));
  assert.equal(lineAt(text, found[0].range[0]), line);
  assert.match(found[0].message, pattern);
  assert.ok(found[0].fix, 'auto fix');
  const fixed = fixLists(text);
  assert.equal(fixed, expected);
  assert.deepEqual(listFindings(fixed), []);
}

describe('list-numbering: seeds', () => {
  for (const id of SEED_IDS) {
    it(`seed ${id}: no finding`, () => {
      assert.deepEqual(findings(readSeed(id), ID), []);
    });
  }
  it('seed 000: the duties 1–14 with a blank line between 2 and 3 are one list; renumbering is checked', () => {
    const text = readSeed('000');
    // break the list: "5." becomes "6." — a skip inside the one list (37–51)
    const broken = text.replace(/^5\. /m, '6. ');
    const found = findings(broken, ID);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /skips 5/);
    assert.equal(fixLists(broken), text);
  });
  it('seeds 002 and 003 (repaired view): no finding; 003 duties 1–10 with blank lines', () => {
    assert.deepEqual(findings(repairSeed002(readSeed('002')), ID), []);
    const text = repairSeed003(readSeed('003'));
    assert.deepEqual(findings(text, ID), []);
    const broken = text.replace(/^10\. /m, '11. ');
    assert.equal(findings(broken, ID).length, 1);
    assert.equal(fixLists(broken), text);
  });
});

describe('list-numbering: EN', () => {
  it('skipped number: 1, 2, 4, 5 → 1, 2, 3, 4 (one finding, the rest renumbered, text kept)', () => {
    const text = lines('Responsibilities', '', '1. Draft reports.', '2. Support the team.', '4. Monitor the project.', '5. Perform other duties.');
    const expected = lines('Responsibilities', '', '1. Draft reports.', '2. Support the team.', '3. Monitor the project.', '4. Perform other duties.');
    assertRenumbered(text, expected, 5, /skips 3/);
  });

  it('repeated number: 1, 2, 2, 3 → 1, 2, 3, 4', () => {
    const text = lines('Responsibilities', '', '1) a', '2) b', '2) c', '3) d');
    assertRenumbered(text, lines('Responsibilities', '', '1) a', '2) b', '3) c', '4) d'), 5, /repeats 2/);
  });

  it('restart inside one list: 1, 2, 3, 1, 2 (blank line only) → 1…5', () => {
    const text = lines('Responsibilities', '', '1. a', '2. b', '3. c', '', '1. d', '2. e');
    assertRenumbered(text, lines('Responsibilities', '', '1. a', '2. b', '3. c', '', '4. d', '5. e'), 7, /restarts/);
  });

  it('"10." after "1." is a skip', () => {
    const text = lines('Responsibilities', '', '1. a', '10. b', '11. c');
    assertRenumbered(text, lines('Responsibilities', '', '1. a', '2. b', '3. c'), 4, /skips 2–9/);
  });

  it('"(1)" style and zero padding are kept: (01) (02) (04) → (03)', () => {
    const text = lines('Responsibilities', '', '(01) a', '(02) b', '(04) c');
    assertRenumbered(text, lines('Responsibilities', '', '(01) a', '(02) b', '(03) c'), 5, /skips 3/);
  });

  it('letters: a) b) d) → c)', () => {
    const text = lines('Education', '', 'a) Master’s degree', 'b) Bachelor’s degree', 'd) High school diploma');
    assertRenumbered(text, lines('Education', '', 'a) Master’s degree', 'b) Bachelor’s degree', 'c) High school diploma'), 5, /skips c/);
  });

  it('a list that starts at 2 in a new section', () => {
    const text = lines('Responsibilities', '', '2. a', '3. b');
    assertRenumbered(text, lines('Responsibilities', '', '1. a', '2. b'), 3, /starts at/);
  });

  it('blank lines and continuation paragraphs do not restart the list', () => {
    const text = lines('Responsibilities', '', '1. a', '', '2. b', '', 'Coordination and Learning', '', '3. c', '4. d');
    assert.deepEqual(findings(text, ID), []);
    // … and a skip across the paragraph is still found
    const broken = text.replace('3. c', '4. c').replace('4. d', '5. d');
    const found = findings(broken, ID);
    assert.equal(found.length, 1);
    assert.equal(fixLists(broken), text);
  });

  it('a new list after a paragraph may start again at 1; a heading starts a new list', () => {
    const text = lines('Education', '', '1. Bachelor degree', '2. High school', '', 'Accredited universities are listed.', '', '1. Second list', '', 'Experience', '', '1. x', '2. y');
    assert.deepEqual(findings(text, ID), []);
  });

  it('sub-lists in another style restart under each parent', () => {
    const text = lines('Responsibilities', '', '1. a', 'a) x', 'b) y', '2. b', 'a) z', 'b) w', '3. c');
    assert.deepEqual(findings(text, ID), []);
  });

  it('bullets are not numbered lists', () => {
    const text = lines('Skills', '', '- a', '- b', '• c');
    assert.deepEqual(findings(text, ID), []);
  });
});

describe('list-numbering: FR and ES', () => {
  it('FR: 1. 2. 4. under Responsabilités', () => {
    const text = lines('Responsabilités', '', '1. Assurer la coordination.', '', '2. Superviser l’équipe.', '', '4. Accomplir toute autre tâche.');
    assertRenumbered(text, text.replace('4. Accomplir', '3. Accomplir'), 7, /skips 3/);
  });
  it('FR: 1) 2) 3) is clean', () => {
    assert.deepEqual(findings(lines('Responsabilités', '', '1) a', '2) b', '3) c'), ID), []);
  });
  it('ES: 1. 1. 2. under Responsabilidades', () => {
    const text = lines('Responsabilidades', '', '1. Coordinar.', '1. Supervisar.', '2. Informar.');
    assertRenumbered(text, lines('Responsabilidades', '', '1. Coordinar.', '2. Supervisar.', '3. Informar.'), 4, /repeats 1/);
  });
  it('ES: a) b) c) is clean', () => {
    assert.deepEqual(findings(lines('Educación', '', 'a) Maestría', 'b) Licenciatura', 'c) Bachillerato'), ID), []);
  });
});

describe('list-numbering: CRLF and engine', () => {
  it('keeps CRLF line endings', () => {
    const text = ['Responsibilities', '', '1. a', '3. b'].join('\r\n');
    assert.equal(fixLists(text), ['Responsibilities', '', '1. a', '2. b'].join('\r\n'));
  });
  it('is registered at warning severity', () => {
    const messages = lint(lines('Responsibilities', '', '1. a', '3. b')).messages.filter((m) => m.ruleId === ID);
    assert.equal(messages.length, 1);
    assert.equal(messages[0].severity, 'warning');
  });
});
