/**
 * markup-debris: Word clipboard comments, HTML tags, escaped emphasis,
 * unbalanced or stray "**", bold glued to its neighbours. No seed has any
 * (the README lists none): nothing on the seeds or the samples, whose
 * balanced "**bold**" item names [S000:99–119] and "[link](#)" [S000:62, 95]
 * are legitimate. Fixes byte for byte, then a clean re-lint.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SEED_IDS, readSeed } from '../../helpers.js';
import { lint } from '../../../server/src/engine/lint.js';
import { applyFixes, fixText } from '../../../server/src/engine/fix.js';
import type { LintMessage } from '../../../server/src/engine/types.js';

const ID = 'markup-debris';

function findings(text: string): LintMessage[] {
  return lint(text, { only: [ID] }).messages.filter((message) => message.ruleId === ID);
}

function rows(...lines: string[]): string {
  return lines.join('\n');
}

function covered(text: string, message: LintMessage): string {
  return text.slice(message.range[0], message.range[1]);
}

function othersByRule(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of lint(text).messages) if (message.ruleId !== ID) counts.set(message.ruleId ?? '', (counts.get(message.ruleId ?? '') ?? 0) + 1);
  return counts;
}

/** --fix gives exactly `expected`; re-linting it: no finding of this rule, and no other rule gains one. */
function assertFixed(text: string, expected: string) {
  const output = fixText(text, { only: [ID] }).output;
  assert.equal(output, expected);
  assert.deepEqual(findings(output), []);
  const before = othersByRule(text);
  for (const [rule, n] of othersByRule(output)) assert.ok(n <= (before.get(rule) ?? 0), `${rule} gained findings after the fix`);
}

function applySuggestion(text: string, message: LintMessage): string {
  assert.ok(message.suggestions?.length, `no suggestion on ${message.message}`);
  return applyFixes(text, [message.suggestions![0].fix]).output;
}

describe('markup-debris: seeds and samples', () => {
  for (const id of SEED_IDS) {
    it(`seed ${id}: no finding`, () => {
      assert.deepEqual(findings(readSeed(id)), []);
    });
  }
  it('samples: no finding (balanced **bold** in .txt and .md)', () => {
    const dir = path.join(ROOT, 'samples');
    for (const name of readdirSync(dir)) assert.deepEqual(findings(readFileSync(path.join(dir, name), 'utf8')), [], name);
  });
  it('seed 000 with debris pasted in: each piece is found, and the fix restores the seed byte for byte', () => {
    const text = readSeed('000');
    const broken = text
      .replace('Job Description', '<!--StartFragment-->Job Description')
      .replace('- **Courage:**', '- **Courage:')
      .replace('another official UN', 'another<span style="color:black"> official</span> UN');
    const found = findings(broken);
    assert.equal(found.length, 4, found.map((m) => m.message).join('\n'));
    assert.deepEqual(found.map((m) => covered(broken, m)).sort(), ['**', '</span>', '<!--StartFragment-->', '<span style="color:black">'].sort());
    // the unbalanced "**" goes (the seed had "**Courage:**": the fix cannot know where the closing one was)
    assertFixed(broken, text.replace('- **Courage:**', '- Courage:'));
  });
});

describe('markup-debris: EN', () => {
  it('<!--StartFragment--> alone on its line: the line goes (LF, CRLF, and at the end without a final newline)', () => {
    const text = rows('<!--StartFragment-->', 'Responsibilities', '', '- Draft reports.', '<!--EndFragment-->');
    const found = findings(text);
    assert.equal(found.length, 2);
    assert.match(found[0].message, /Word clipboard comment “<!--StartFragment-->”/);
    assertFixed(text, rows('Responsibilities', '', '- Draft reports.'));
    assertFixed(text.replace(/\n/g, '\r\n'), rows('Responsibilities', '', '- Draft reports.').replace(/\n/g, '\r\n'));
  });

  it('<!--StartFragment--> inside a line: only the comment goes', () => {
    assertFixed(rows('Responsibilities', '', '<!--StartFragment-->Draft reports.<!--EndFragment-->'), rows('Responsibilities', '', 'Draft reports.'));
  });

  it('Word conditional comments go whole, tags inside them included', () => {
    const text = rows('Context', '', '<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->IOM supports migrants.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assertFixed(text, rows('Context', '', 'IOM supports migrants.'));
  });

  it('vnlint directives and other linters’ comments are never debris; other comments are debris in plain text (quick fix)', () => {
    assert.deepEqual(findings(rows('<!-- vnlint-disable-next-line grade-format -->', 'Grade: P4', '<!-- markdownlint-disable MD013 -->')), []);
    const text = rows('Context', '', 'IOM supports migrants. <!-- check with HR -->');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].fix, undefined);
    assert.equal(applySuggestion(text, found[0]), rows('Context', '', 'IOM supports migrants. '));
  });

  it('Markdown notice: comments, <br>, <sup> are legitimate; balanced bold, italic, lists, rules, links are not reported', () => {
    const text = rows(
      '# Responsibilities',
      '',
      '<!-- internal note: check with HR -->',
      '',
      '* **Teamwork:** Develops and promotes *effective* collaboration.',
      '* ***Important:*** apply by 10 March.<br>',
      '- See the [UNESCO database](#) and <https://www.iom.int>.',
      '',
      '***',
      '',
      '## Education',
      '',
      'Master’s degree with 2<sup>nd</sup> class honours; at least 5 years (<10 years).',
      'Use `**` for bold in `<!-- comments -->`.',
    );
    assert.deepEqual(findings(text), []);
  });

  it('HTML tags: inline formatting tags are deleted; block tags get a quick fix; "<5 years" is no tag', () => {
    const text = rows('Context', '', '<span style="font-size:11.0pt">IOM supports <b>migrants</b>.</span><o:p></o:p> Less than <5 years.');
    const found = findings(text);
    assert.deepEqual(found.map((m) => covered(text, m)), ['<span style="font-size:11.0pt">', '<b>', '</b>', '</span>', '<o:p>', '</o:p>']);
    assertFixed(text, rows('Context', '', 'IOM supports migrants. Less than <5 years.'));
    const block = rows('Context', '', '<p>IOM supports migrants.</p>', 'Line one<br>line two');
    const blockFound = findings(block);
    assert.deepEqual(blockFound.map((m) => covered(block, m)), ['<p>', '</p>', '<br>']);
    for (const message of blockFound) assert.equal(message.fix, undefined, 'quick fix only');
    assert.equal(applySuggestion(block, blockFound[2]), rows('Context', '', '<p>IOM supports migrants.</p>', 'Line one', 'line two'));
  });

  it('escaped emphasis "\\*level 2\\**" → "level 2"', () => {
    const text = rows('Core Competencies – behavioural indicators \\*level 2\\**', '', '- **Teamwork:** Develops collaboration.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), '\\*level 2\\**');
    assertFixed(text, rows('Core Competencies – behavioural indicators level 2', '', '- **Teamwork:** Develops collaboration.'));
  });

  it('unbalanced "**" in a paragraph and a stray " ** " are deleted', () => {
    assertFixed(rows('Values', '', '- **Courage: Demonstrates willingness.', '- **Empathy:** Shows compassion.'), rows('Values', '', '- Courage: Demonstrates willingness.', '- **Empathy:** Shows compassion.'));
    assertFixed(rows('Context', '', 'IOM ** supports migrants.'), rows('Context', '', 'IOM supports migrants.'));
  });

  it('bold across two lines of one paragraph is balanced', () => {
    assert.deepEqual(findings(rows('Context', '', 'IOM **supports', 'migrants** worldwide.')), []);
  });

  it('glued bold in a plain-text notice without other bold: markers dropped, spaces added', () => {
    const text = rows('Languages', '', 'Proficiency in**English**and French is required.');
    const found = findings(text);
    assert.equal(found.length, 1);
    assert.equal(covered(text, found[0]), '**English**');
    assertFixed(text, rows('Languages', '', 'Proficiency in English and French is required.'));
  });

  it('glued bold in a plain-text notice that uses **bold** elsewhere, or in Markdown: spaces added, markers kept', () => {
    const plain = rows('Languages', '', 'Proficiency in**English**and **French** is required.');
    assertFixed(plain, rows('Languages', '', 'Proficiency in **English** and **French** is required.'));
    const markdown = rows('## Languages', '', 'Proficiency in**English**and French is required.', '- **Teamwork:**Develops collaboration.');
    assertFixed(markdown, rows('## Languages', '', 'Proficiency in **English** and French is required.', '- **Teamwork:** Develops collaboration.'));
  });
});

describe('markup-debris: FR', () => {
  it('clipboard comment, glued bold and an unbalanced "**"', () => {
    const text = rows('<!--StartFragment-->Langues', '', 'La maîtrise du**français**est requise.', '', '- **Intégrité et transparence : maintient des normes éthiques.');
    const found = findings(text);
    assert.equal(found.length, 3);
    assertFixed(text, rows('Langues', '', 'La maîtrise du français est requise.', '', '- Intégrité et transparence : maintient des normes éthiques.'));
  });

  it('no finding: "l’**OIM**", bold before punctuation, NBSP before ":"', () => {
    assert.deepEqual(findings(rows('Valeurs', '', '- **Intégrité et transparence\u00a0:** maintient des normes éthiques.', '- La mission de l’**OIM**, **partout**.')), []);
  });

  it('plain text: "\\- " and "1\\." at line starts lose their backslash; a lone "\\*" gets a quick fix', () => {
    const text = rows('Responsabilités', '', '\\- Élaborer les rapports.', '1\\. Appuyer l’équipe.', 'Note \\* voir ci-dessous.');
    const found = findings(text);
    assert.equal(found.length, 3);
    assert.equal(found[2].fix, undefined);
    assert.equal(applySuggestion(text, found[2]), rows('Responsabilités', '', '\\- Élaborer les rapports.', '1\\. Appuyer l’équipe.', 'Note * voir ci-dessous.'));
    assert.equal(fixText(text, { only: [ID] }).output, rows('Responsabilités', '', '- Élaborer les rapports.', '1. Appuyer l’équipe.', 'Note \\* voir ci-dessous.'));
  });
});

describe('markup-debris: ES', () => {
  it('tags and escaped emphasis in a Spanish notice', () => {
    const text = rows('Idiomas', '', '<span lang="ES">Se requiere dominio del **español**.</span>', '', 'Se valorará la \\*experiencia previa\\* en el terreno.');
    const found = findings(text);
    assert.equal(found.length, 3);
    assertFixed(text, rows('Idiomas', '', 'Se requiere dominio del **español**.', '', 'Se valorará la experiencia previa en el terreno.'));
  });

  it('glued bold in Markdown: "del**español**y" → "del **español** y"', () => {
    assertFixed(rows('## Idiomas', '', 'Dominio del**español**y del inglés.'), rows('## Idiomas', '', 'Dominio del **español** y del inglés.'));
  });

  it('no finding: "¿**Qué**?", "a < b", balanced bold, "(**nivel 2**)"', () => {
    assert.deepEqual(findings(rows('Competencias', '', '¿**Qué** ofrecemos? Menos de 5 años si a < b y b > c.', '- **Trabajo en equipo:** (**nivel 2**) colabora.')), []);
  });
});
