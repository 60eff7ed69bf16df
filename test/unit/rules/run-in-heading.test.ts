/**
 * run-in-heading: headings run into paragraphs between NBSP runs (§3.1) are
 * reported (warning), and the auto fix puts each on its own line with blank
 * lines around it; applied, it removes the finding and adds none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixText } from '../../../server/src/engine/index.js';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { buildNotice } from './notice-builder.js';
import { assertFixIsClean, findings } from './structure-helpers.js';

const NB = '\u00A0';

function runIn(text: string, before: string, heading: string): string {
  // "…last sentence.␣␣Heading␣␣First sentence…": join the heading and its neighbours on one line
  return text.replace(`${before}\n\n${heading}\n\n`, `${before} ${NB}${NB}${heading}${NB}${NB}`);
}

test('headings on their own line: no finding (EN/FR/ES × current/legacy × plain/Markdown)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'run-in-heading'), []);
    }
  }
});

test('a run-in heading is reported and fixed (EN/FR/ES × current/legacy)', () => {
  const cases = {
    en: ['Perform other related duties as assigned.', 'Education'],
    fr: ['Accomplir toute autre tâche qui pourrait être confiée.', 'Éducation'],
    es: ['Realizar otras tareas que se le asignen.', 'Educación'],
  } as const;
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      const clean = buildNotice({ language, layout });
      const [before, heading] = cases[language];
      const written = layout === 'legacy' ? `${heading}:` : heading;
      const text = runIn(clean, before, written);
      assert.notEqual(text, clean);
      const messages = findings(text, 'run-in-heading');
      assert.equal(messages.length, 1, `${language} ${layout}`);
      assert.equal(messages[0].severity, 'warning');
      const output = assertFixIsClean(text, messages[0], messages[0].fix!);
      assert.equal(output, clean, 'the fix restores the heading on its own line');
    }
  }
});

test('a run-in heading at the end of a line, and one with a tail, then fixText', () => {
  const clean = buildNotice({ language: 'en' });
  const text = clean
    .replace('selection process.\n\nValues', `selection process. ${NB}${NB}Values`)
    .replace('Perform other related duties as assigned.\n\nEducation\n\n', `Perform other related duties as assigned. ${NB}${NB}Education${NB}${NB}`);
  const tree = parseNotice(text);
  const values = tree.children.find((child) => child.type === 'section' && child.id === 'values');
  assert.ok(values && values.type === 'section' && values.heading?.style === 'run-in');
  const messages = findings(text, 'run-in-heading');
  assert.equal(messages.length, 2);
  for (const message of messages) assertFixIsClean(text, message, message.fix!);
  const result = fixText(text, { only: ['run-in-heading'] });
  assert.equal(result.output, clean);
  assert.deepEqual(result.messages, []);
});

test('a one-word heading needs an NBSP run; "…the Notes below" is not a heading', () => {
  const clean = buildNotice({ language: 'en' });
  const text = clean.replace('Perform other related duties as assigned.', 'Perform other related duties as assigned. Notes from the field are shared weekly.');
  assert.deepEqual(findings(text, 'run-in-heading'), []);
});
