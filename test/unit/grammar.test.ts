/**
 * The TextMate grammar: generated from the template data (no drift), every
 * pattern compiles, and sample lines in three languages get the right scope.
 * The matcher below applies the top-level patterns in order, as a TextMate
 * engine does for a line's first token (the patterns are in the subset
 * Oniguruma and JavaScript share; `(?i)` becomes the `i` flag).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GRAMMAR_PATH, grammarText } from '../../scripts/build-grammar.mjs';

interface Rule {
  match?: string;
  begin?: string;
  name?: string;
  captures?: Record<string, { name?: string }>;
}
const grammar = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { patterns: Array<{ include: string }>; repository: Record<string, Rule & { patterns?: unknown[] }> };

function compile(source: string): RegExp {
  const insensitive = source.startsWith('(?i)');
  return new RegExp(insensitive ? source.slice(4) : source, insensitive ? 'iu' : 'u');
}

/** The name of the first top-level rule that matches at the start of the line, and its match. */
function classify(line: string): { rule: string; match: RegExpExecArray } | undefined {
  for (const { include } of grammar.patterns) {
    const name = include.slice(1);
    const rule = grammar.repository[name]!;
    const source = rule.match ?? rule.begin;
    if (!source) continue;
    const match = compile(source).exec(line);
    if (match && match.index === 0) return { rule: name, match };
  }
  return undefined;
}

test('the committed grammar is the one scripts/build-grammar.mjs generates from the template', () => {
  assert.equal(readFileSync(GRAMMAR_PATH, 'utf8'), grammarText(), 'run: npm run build:grammar');
});

test('every pattern compiles', () => {
  for (const [name, rule] of Object.entries(grammar.repository)) {
    for (const source of [rule.match, rule.begin].filter((s): s is string => !!s)) {
      assert.doesNotThrow(() => compile(source), name);
    }
  }
});

test('section headings in English, French and Spanish, plain, bold, atx and with tails', () => {
  const cases: Array<[string, string, string?]> = [
    ['Education', 'section-heading', 'Education'],
    ['Responsibilities and Accountabilities', 'section-heading', 'Responsibilities and Accountabilities'],
    ['**Organizational Context and Scope:**', 'section-heading', 'Organizational Context and Scope'],
    ['Compétences requises', 'section-heading', 'Compétences requises'],
    ['Période d’affichage', 'section-heading', 'Période d’affichage'],
    ["Période d'affichage", 'section-heading', "Période d'affichage"],
    ['Requisitos de calificación y experiencia', 'section-heading', 'Requisitos de calificación y experiencia'],
    ['Cómo postular', 'section-heading', 'Cómo postular'],
    ['Critères d’éligibilité', 'section-heading'],
    ['Core Competencies – behavioural indicators Level 2', 'tailed-heading', 'Core Competencies'],
    ['Compétences fondamentales\u00A0– indicateurs comportementaux Niveau 3', 'tailed-heading', 'Compétences fondamentales'],
    ['Valores', 'tailed-heading', 'Valores'],
    ['## Anything at all', 'atx-heading'],
    ['Job Description', 'section-heading'],
  ];
  for (const [line, rule, heading] of cases) {
    const found = classify(line);
    assert.equal(found?.rule, rule, line);
    if (heading) assert.equal(found!.match[1], heading, line);
  }
});

test('prose that starts like a heading is not a heading', () => {
  for (const line of ['Education is a priority for the mission.', 'Languages spoken in the region include Somali.', 'Notes taken during meetings']) {
    assert.notEqual(classify(line)?.rule, 'section-heading', line);
  }
});

test('header fields: label, separator and value in three languages', () => {
  const cases: Array<[string, string, string]> = [
    ['Grade: P-4', 'Grade', 'P-4'],
    ['Job Identification (Reference Number): 17281', 'Job Identification (Reference Number)', '17281'],
    ['Lieu d’affectation\u00A0: Bamako', 'Lieu d’affectation', 'Bamako'],
    ['**Título del Cargo:** Oficial', 'Título del Cargo', 'Oficial'],
    ['Date de Soumission : 19/11/2025', 'Date de Soumission', '19/11/2025'],
  ];
  for (const [line, label, value] of cases) {
    const found = classify(line);
    assert.equal(found?.rule, 'header-field', line);
    assert.equal(found!.match[1], label);
    assert.equal(found!.match[3]!.trim(), value);
  }
});

test('list items and competency names', () => {
  assert.equal(classify('1. Internal candidates')?.rule, 'numbered-item');
  assert.equal(classify('a) first')?.rule, 'numbered-item');
  assert.equal(classify('- Master’s degree')?.rule, 'bulleted-item');
  assert.equal(classify('• Bullet')?.rule, 'bulleted-item');
  const en = classify('- **Courage:** Demonstrates willingness to take a stand on issues of importance.');
  assert.equal(en?.rule, 'competency-item');
  assert.equal(en!.match[3], 'Courage');
  const fr = classify('- Travail d’équipe\u00A0: Développe et favorise');
  assert.equal(fr?.rule, 'competency-item');
  assert.equal(fr!.match[3], 'Travail d’équipe');
  assert.equal(classify('- Empatía: muestra compasión')?.rule, 'competency-item');
  assert.equal(classify('- Courage is needed in the field')?.rule, 'bulleted-item', 'a name must end at ":" or "**"');
});

test('inline disable comments', () => {
  const found = classify('<!-- vnlint-disable-next-line missing-section, grade-format -- draft -->');
  assert.equal(found?.rule, 'directive');
  assert.equal(found!.match[2], 'vnlint-disable-next-line');
  assert.equal(found!.match[3]!.trim(), 'missing-section, grade-format');
  assert.equal(found!.match[5]!.trim(), 'draft');
  assert.equal(classify('<!-- vnlint-disable -->')?.rule, 'directive');
  assert.equal(classify('<!-- a plain comment -->')?.rule, 'comment');
});

test('placeholders are marked', () => {
  const placeholder = compile(grammar.repository.placeholder!.match!);
  assert.ok(placeholder.test('[to be completed]'));
  assert.ok(placeholder.test('[à compléter]'));
  assert.ok(placeholder.test('${NRMS}'));
});
