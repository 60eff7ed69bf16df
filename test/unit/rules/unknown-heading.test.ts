/**
 * unknown-heading: short heading-like lines that match no section (info),
 * except inside Context/Responsibilities (body text, §3.1), in the preamble,
 * and for job-board chrome. EN/FR/ES, plain and Markdown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../../server/src/notice/parse.js';
import { readSeed } from '../../helpers.js';
import { buildNotice } from './notice-builder.js';
import { findings } from './structure-helpers.js';

const BENEFITS = { en: 'Benefits Package', fr: 'Avantages sociaux', es: 'Paquete de beneficios' };
const SKILLS = { en: 'Skills', fr: 'Compétences', es: 'Habilidades' };

test('complete notices and seeds 000–002, 004 have no unknown heading (001 sub-headings sit in Responsibilities)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'unknown-heading'), []);
    }
  }
  for (const id of ['000', '001', '002', '004']) assert.deepEqual(findings(readSeed(id), 'unknown-heading'), [], id);
});

test('an unknown heading-like line inside Skills is reported (info) and stays body text, not a section', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const markdown of [false, true]) {
      const heading = markdown ? `## ${BENEFITS[language]}` : BENEFITS[language];
      const text = buildNotice({ language, markdown }).replace(`${markdown ? '## ' : ''}${SKILLS[language]}\n\n`, `${markdown ? '## ' : ''}${SKILLS[language]}\n\n- A skill.\n\n${heading}\n\nA paragraph about the package offered.\n\n`);
      const messages = findings(text, 'unknown-heading');
      assert.equal(messages.length, 1, `${language} md=${markdown}`);
      assert.equal(messages[0].severity, 'info');
      assert.ok(messages[0].message.includes(BENEFITS[language]));
      const tree = parseNotice(text);
      assert.ok(!tree.children.some((child) => child.type === 'section' && child.heading?.text === BENEFITS[language]), 'not a section');
    }
  }
});

test('bold unknown headings are reported; sentences, labels, lists and lines followed by a heading are not', () => {
  const withBold = buildNotice({ language: 'en' }).replace('Skills\n\n', 'Skills\n\n**Working Conditions**\n\nMostly office work.\n\n');
  assert.equal(findings(withBold, 'unknown-heading').length, 1);
  for (const line of [
    'Only shortlisted candidates will be contacted.',
    'Seuls les candidats présélectionnés seront contactés.',
    'Location: Dakar, with travel',
    'Travel, logistics and security',
    '18 à 80 ans',
  ]) {
    const text = buildNotice({ language: 'en' }).replace('Skills\n\n', `Skills\n\n${line}\n\nMore text follows here.\n\n`);
    assert.deepEqual(findings(text, 'unknown-heading'), [], line);
  }
  const beforeHeading = buildNotice({ language: 'fr' }).replace('\n\nLangues\n', '\n\nAucune expérience requise\n\nLangues\n');
  assert.deepEqual(findings(beforeHeading, 'unknown-heading'), [], 'a value line right before the next heading');
});

test('free-text sub-headings inside Context and Responsibilities are body text (§3.1)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    const text = buildNotice({ language, bodies: { responsibilities: `${BENEFITS[language]}\n\n1. One duty.\n2. Another duty.` } });
    assert.deepEqual(findings(text, 'unknown-heading'), [], language);
  }
});
