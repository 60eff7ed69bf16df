/**
 * bullet-style: mixed markers in one list, glued markers, a stray ". -", a
 * doubled final period. Seeds: exactly README's rows (004: 29–59, 51, 103),
 * nothing on 000–003; fixes byte for byte, then a clean re-lint.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEED_IDS, readSeed } from '../../helpers.js';
import { lint } from '../../../server/src/engine/lint.js';
import { applyFixes, fixText } from '../../../server/src/engine/fix.js';
import type { LintMessage, VnlintConfig } from '../../../server/src/engine/types.js';

const ID = 'bullet-style';

function findings(text: string, config?: VnlintConfig): LintMessage[] {
  return lint(text, { only: [ID], config }).messages.filter((message) => message.ruleId === ID);
}

function fixed(text: string, config?: VnlintConfig): string {
  return fixText(text, { only: [ID], config }).output;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
  return line;
}

/** [start line, end line] of a finding. */
function lines(text: string, message: LintMessage): [number, number] {
  return [lineAt(text, message.range[0]), lineAt(text, message.range[1])];
}

function rows(...lines: string[]): string {
  return lines.join('\n');
}

/** Counts of findings per rule, all rules but this one. */
function othersByRule(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of lint(text).messages) if (message.ruleId !== ID) counts.set(message.ruleId ?? '', (counts.get(message.ruleId ?? '') ?? 0) + 1);
  return counts;
}

/** The fix gives exactly `expected`; re-linting it: no finding of this rule, and no other rule gains one. */
function assertFixed(text: string, expected: string, config?: VnlintConfig) {
  const output = fixed(text, config);
  assert.equal(output, expected);
  assert.deepEqual(findings(output, config), []);
  const before = othersByRule(text);
  for (const [rule, n] of othersByRule(output)) assert.ok(n <= (before.get(rule) ?? 0), `${rule} gained findings after the fix`);
}

describe('bullet-style: seeds (README rows)', () => {
  for (const id of SEED_IDS.filter((id) => id !== '004')) {
    it(`seed ${id}: no finding`, () => {
      assert.deepEqual(findings(readSeed(id)), []);
    });
  }

  it('seed 004: exactly 29–59 (mixed markers), 51 (“..”) and 103 (“. -”), all info with an auto fix', () => {
    const text = readSeed('004');
    const found = findings(text);
    assert.deepEqual(
      found.map((message) => lines(text, message)),
      [
        [29, 59],
        [51, 51],
        [103, 103],
      ],
    );
    for (const message of found) {
      assert.equal(message.severity, 'info');
      assert.ok(message.fix, `auto fix on ${message.message}`);
    }
    assert.match(found[0].message, /12 × “-” glued to its word, 2 × “– ”/);
    assert.match(found[0].message, /use “- ” throughout/);
    assert.equal(text.slice(...found[1].range), '..');
    assert.equal(text.slice(...found[2].range), '. ');
  });

  it('seed 004: 99–109 ("-" glued throughout, 101 the rest of item 99) and 93 get nothing', () => {
    const text = readSeed('004');
    for (const message of findings(text)) {
      const [start] = lines(text, message);
      assert.ok(start !== 93 && start !== 99 && start !== 101, `unexpected finding on ${start}`);
    }
  });

  it('seed 004: --fix changes exactly the markers of 29–59, one period on 51, and moves the stray "." of 103 to 101', () => {
    const text = readSeed('004');
    const expected = text
      .split('\n')
      .map((line, index) => {
        const n = index + 1;
        if (n >= 29 && n <= 59) {
          if (/^-\p{L}/u.test(line)) line = `- ${line.slice(1)}`;
          else if (line.startsWith('– ')) line = `- ${line.slice(2)}`;
          if (n === 51) line = line.replace(/\.\.$/, '.');
        }
        if (n === 101) line += '.';
        if (n === 103) line = line.replace(/^\. /, '');
        return line;
      })
      .join('\n');
    assert.notEqual(expected, text);
    assert.ok(!expected.endsWith('\n'), 'no final newline added');
    assertFixed(text, expected);
  });

  it('seed 004: each fix alone changes only its own span', () => {
    const text = readSeed('004');
    const [mixed, double, stray] = findings(text);
    const lineList = text.split('\n');
    const changed = (output: string) =>
      output
        .split('\n')
        .map((line, i) => (line === lineList[i] ? 0 : i + 1))
        .filter(Boolean);
    assert.deepEqual(changed(applyFixes(text, [double.fix!]).output), [51]);
    assert.deepEqual(changed(applyFixes(text, [stray.fix!]).output), [101, 103]);
    assert.deepEqual(changed(applyFixes(text, [mixed.fix!]).output), [29, 31, 33, 35, 39, 41, 43, 45, 47, 49, 51, 55, 57, 59]);
  });
});

describe('bullet-style: EN', () => {
  it('"-" and "* " in one list: the minority takes the majority marker', () => {
    const text = rows('Responsibilities', '', '- Draft reports.', '- Support the team.', '* Monitor the project.', '- Perform other duties.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.deepEqual(lines(text, found[0]), [3, 6]);
    assert.match(found[0].message, /3 × “- ”, 1 × “\* ”/);
    assertFixed(text, rows('Responsibilities', '', '- Draft reports.', '- Support the team.', '- Monitor the project.', '- Perform other duties.'));
  });

  it('a glued marker among spaced ones gets its space', () => {
    const text = rows('Responsibilities', '', '- Draft reports.', '-Support the team.', '- Monitor the project.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /glued/);
    assertFixed(text, rows('Responsibilities', '', '- Draft reports.', '- Support the team.', '- Monitor the project.'));
  });

  it('".." at the end of an item loses one period; "..." and "etc." are left alone', () => {
    const text = rows('Responsibilities', '', '- Draft reports..', '- Support the team...', '- Monitor trends, etc.', '- Perform other duties.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(...found[0].range), '..');
    assert.equal(lines(text, found[0])[0], 3);
    assertFixed(text, rows('Responsibilities', '', '- Draft reports.', '- Support the team...', '- Monitor trends, etc.', '- Perform other duties.'));
  });

  it('CRLF: a stray ". -" moves its period to the previous item and keeps the line endings', () => {
    const text = rows('Skills', '', '- Knowledge of the local context', '', '. - Good communication skills.').replace(/\n/g, '\r\n');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Stray “\.”/);
    assertFixed(text, rows('Skills', '', '- Knowledge of the local context.', '', '- Good communication skills.').replace(/\n/g, '\r\n'));
  });

  it('a stray ". -" after a heading or a finished item is deleted (the period goes nowhere)', () => {
    const afterHeading = rows('Skills', '', '. -Good communication skills.');
    assertFixed(afterHeading, rows('Skills', '', '-Good communication skills.'));
    const afterItem = rows('Skills', '', '- Knowledge of the local context.', '. - Good communication skills.');
    assertFixed(afterItem, rows('Skills', '', '- Knowledge of the local context.', '- Good communication skills.'));
  });

  it('an item run into the previous one inside a line: a quick fix puts it on its own line', () => {
    const text = rows('Responsibilities', '', '- Draft reports. - Support the team.', '- Monitor the project.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].fix, undefined, 'quick fix only');
    const suggestion = found[0].suggestions![0];
    const output = applyFixes(text, [suggestion.fix]).output;
    assert.equal(output, rows('Responsibilities', '', '- Draft reports.', '- Support the team.', '- Monitor the project.'));
    assert.deepEqual(findings(output), []);
  });

  it('no finding: one marker per list, sub-lists in another marker, lists introduced by ":" with their own marker, numbered lists', () => {
    assert.deepEqual(findings(rows('Responsibilities', '', '- Draft reports.', '- Support the team.')), []);
    assert.deepEqual(findings(rows('Responsibilities', '', '- Draft reports:', '  * weekly;', '  * monthly.', '- Support the team.')), []);
    assert.deepEqual(findings(rows('Responsibilities', '', '- Draft reports.', '- Support the team.', '', 'In addition, the incumbent will:', '', '• Travel.', '• Report.')), []);
    assert.deepEqual(findings(rows('Responsibilities', '', '1. Draft reports.', '2. Support the team.', '', 'Education', '', '• Master’s degree.', '• Bachelor’s degree.')), []);
    // hyphens in prose are not markers: "co-ordinate", "- 5" ranges, a dash after a colon
    assert.deepEqual(findings(rows('Responsibilities', '', '- Co-ordinate the team. Travel 10 - 20% of the time.', '- Support the team - as needed.')), []);
  });

  it('Markdown notice: "•" majority still becomes "-" (the only markers Markdown knows are - * +)', () => {
    const text = rows('# Responsibilities', '', '• Draft reports.', '• Support the team.', '- Monitor the project.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /use “- ” throughout/);
    assertFixed(text, rows('# Responsibilities', '', '- Draft reports.', '- Support the team.', '- Monitor the project.'));
  });

  it('glued lists: reported in a Markdown notice (not a list there), not in plain text unless gluedMarkers: "always"', () => {
    const plain = rows('Responsibilities', '', '-Draft reports.', '-Support the team.');
    assert.deepEqual(findings(plain), []);
    const always: VnlintConfig = { rules: { [ID]: ['info', { gluedMarkers: 'always' }] } };
    assert.equal(findings(plain, always).length, 1);
    assertFixed(plain, rows('Responsibilities', '', '- Draft reports.', '- Support the team.'), always);
    const markdown = rows('## Responsibilities', '', '-Draft reports.', '-Support the team.');
    const found = findings(markdown);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /glued to their words/);
    assertFixed(markdown, rows('## Responsibilities', '', '- Draft reports.', '- Support the team.'));
    assert.deepEqual(findings(markdown, { rules: { [ID]: ['info', { gluedMarkers: 'mixed' }] } }), []);
  });
});

describe('bullet-style: FR', () => {
  it('an en-dash list with one glued "-" takes the en dash (the majority)', () => {
    const text = rows('Responsabilités', '', '– Élaborer les rapports.', '– Appuyer l’équipe.', '-Suivre le projet.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /use “– ” throughout/);
    assertFixed(text, rows('Responsabilités', '', '– Élaborer les rapports.', '– Appuyer l’équipe.', '– Suivre le projet.'));
  });

  it('a paragraph inside the list does not split it; ".." is fixed too (like 004)', () => {
    const text = rows(
      'Description de la tâche',
      '',
      '-Assurer la coordination.',
      '',
      'Il s’agira notamment d’activités récréatives.',
      '',
      '– Partager les idées novatrices.',
      '',
      '-Produire un rapport mensuel..',
    );
    const found = findings(text);
    assert.deepEqual(
      found.map((message) => lines(text, message)),
      [
        [3, 9],
        [9, 9],
      ],
    );
    assertFixed(
      text,
      rows(
        'Description de la tâche',
        '',
        '- Assurer la coordination.',
        '',
        'Il s’agira notamment d’activités récréatives.',
        '',
        '- Partager les idées novatrices.',
        '',
        '- Produire un rapport mensuel.',
      ),
    );
  });

  it('no finding: a dash line right after an item cut mid-sentence is the rest of that item [S004:99–101]; consistent en-dash lists', () => {
    const broken = rows(
      'Compétences et expérience',
      '',
      '-Être un migrant de retour avec une expérience communautaire. Un bon niveau d’alphabétisation',
      '',
      '– Savoir lire et écrire dans la langue nationale',
      '',
      '-Bonne capacité de communication.',
    );
    assert.deepEqual(findings(broken), []);
    // the same dash after a finished item is a second marker style
    assert.equal(findings(broken.replace('alphabétisation', 'alphabétisation.')).length, 1);
    assert.deepEqual(findings(rows('Responsabilités', '', '– Élaborer les rapports ;', '– Appuyer l’équipe.')), []);
  });
});

describe('bullet-style: ES', () => {
  it('"•" and "-" in one list: the majority "•" wins; ".." is fixed', () => {
    const text = rows('Responsabilidades', '', '• Elaborar informes.', '• Apoyar al equipo..', '- Supervisar el proyecto.');
    const found = findings(text);
    assert.deepEqual(
      found.map((message) => lines(text, message)),
      [
        [3, 5],
        [4, 4],
      ],
    );
    assertFixed(text, rows('Responsabilidades', '', '• Elaborar informes.', '• Apoyar al equipo.', '• Supervisar el proyecto.'));
  });

  it('a stray ". •" after an item without final punctuation', () => {
    const text = rows('Competencias', '', '• Conocimiento del contexto local', '. • Buena capacidad de comunicación.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assertFixed(text, rows('Competencias', '', '• Conocimiento del contexto local.', '• Buena capacidad de comunicación.'));
  });

  it('no finding: one marker, ellipses, numbered lists', () => {
    assert.deepEqual(findings(rows('Responsabilidades', '', '- Elaborar informes...', '- Apoyar al equipo.')), []);
    assert.deepEqual(findings(rows('Responsabilidades', '', '1) Elaborar informes.', '2) Apoyar al equipo.')), []);
    assert.deepEqual(findings(rows('Responsabilidades', '', '• Elaborar informes, etc.', '• Apoyar al equipo.')), []);
  });
});
