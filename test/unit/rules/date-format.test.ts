/**
 * date-format: header dates written out in the notice language; numeric
 * dates (info), impossible dates and months in another language (warning),
 * FR capitals/accents (info). EN/FR/ES, current/legacy/volunteer. Quick
 * fixes, applied, remove the finding and add none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed } from '../../helpers.js';
import type { VnlintConfig } from '../../../server/src/engine/types.js';
import { buildNotice } from './notice-builder.js';
import { assertFixIsClean, findings, fixesOf } from './structure-helpers.js';

test('written-out dates: no finding (EN/FR/ES × current/legacy × plain/Markdown; seeds 000–003)', () => {
  for (const language of ['en', 'fr', 'es'] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      for (const markdown of [false, true]) assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'date-format'), []);
    }
  }
  for (const id of ['000', '001', '002', '003']) assert.deepEqual(findings(readSeed(id), 'date-format'), [], id);
  for (const value of ['15 April, 2020', 'April 15, 2020', '09 July 2025', '1 Dec 2025']) {
    assert.deepEqual(findings(buildNotice({ language: 'en', values: { closing: value } }), 'date-format'), [], value);
  }
  assert.deepEqual(findings(buildNotice({ language: 'fr', values: { closing: '1er novembre 2025' } }), 'date-format'), []);
  assert.deepEqual(findings(buildNotice({ language: 'es', values: { closing: '5 de setiembre de 2025' } }), 'date-format'), []);
});

test('seed 004:9 "19/11/2025" is info, with a fix to "19 novembre 2025"', () => {
  const seed = readSeed('004');
  const messages = findings(seed, 'date-format');
  assert.deepEqual(messages.map((message) => [message.line, message.severity]), [[9, 'info']]);
  const output = assertFixIsClean(seed, messages[0], fixesOf(messages[0])[0]);
  assert.ok(output.includes('Date de Soumission : 19 novembre 2025'));
});

test('numeric dates: FR/ES D/M/Y and ISO are info with a written-out fix; EN numeric is info without a fix', () => {
  for (const [language, value, written] of [
    ['fr', '05/11/2025', '05 novembre 2025'],
    ['es', '13.03.2026', '13 de marzo de 2026'],
    ['es', '2026-03-13', '13 de marzo de 2026'],
    ['fr', '2025-11-09', '9 novembre 2025'],
  ] as const) {
    for (const layout of ['current', 'legacy'] as const) {
      const text = buildNotice({ language, layout, values: { closing: value } });
      const [message, ...rest] = findings(text, 'date-format');
      assert.equal(rest.length, 0);
      assert.equal(message.severity, 'info');
      const output = assertFixIsClean(text, message, fixesOf(message)[0]);
      assert.ok(output.includes(written), `${value} → ${written}`);
    }
  }
  const en = buildNotice({ language: 'en', values: { closing: '02.04.2020' } });
  const [message] = findings(en, 'date-format');
  assert.equal(message.severity, 'info');
  assert.match(message.message, /ambiguous/);
  assert.deepEqual(fixesOf(message), []);
});

test('impossible and unparseable dates are warnings', () => {
  for (const [language, value] of [
    ['en', '31 February 2025'],
    ['fr', '30 février 2025'],
    ['es', '32/01/2026'],
    ['en', 'next Friday'],
    ['fr', '9 brumaire 2025'],
    ['en', '13/13/2025'],
  ] as const) {
    const messages = findings(buildNotice({ language, values: { closing: value } }), 'date-format');
    assert.equal(messages.length, 1, `${language} ${value}`);
    assert.equal(messages[0].severity, 'warning');
  }
  assert.deepEqual(findings(buildNotice({ language: 'en', values: { closing: '29 February 2024' } }), 'date-format'), [], 'leap year');
});

test('a month in another language is a warning, fixed to the notice language', () => {
  for (const [language, value, fixed] of [
    ['fr', '9 November 2025', '9 novembre 2025'],
    ['en', '23 novembre 2025', '23 November 2025'],
    ['es', '13 de March de 2026', '13 de marzo de 2026'],
  ] as const) {
    const text = buildNotice({ language, values: { closing: value } });
    const [message] = findings(text, 'date-format');
    assert.equal(message.severity, 'warning', value);
    assert.ok(assertFixIsClean(text, message, fixesOf(message)[0]).includes(fixed));
  }
});

test('an FR month capitalised or without its accent is info, fixed to lower case with its accent', () => {
  for (const [value, fixed] of [['08 Juillet 2025', '08 juillet 2025'], ['9 fevrier 2026', '9 février 2026'], ['1 Décembre 2025', '1 décembre 2025']]) {
    const text = buildNotice({ language: 'fr', values: { closing: value } });
    const [message] = findings(text, 'date-format');
    assert.equal(message.severity, 'info', value);
    assert.ok(assertFixIsClean(text, message, fixesOf(message)[0]).includes(fixed));
  }
});

test('Estimated Start Date is checked when it holds a date; "As soon as possible" is not a date finding', () => {
  const base = buildNotice({ language: 'en', layout: 'legacy' });
  const asap = base.replace('Closing Date: ', 'Estimated Start Date: As soon as possible\nClosing Date: ');
  assert.deepEqual(findings(asap, 'date-format'), []);
  const numeric = base.replace('Closing Date: ', 'Estimated Start Date: 01/05/2026\nClosing Date: ');
  assert.equal(findings(numeric, 'date-format').length, 1);
});

/** A notice of `language` with a Posting period section holding `period` (or a "label: period" line). */
function withPeriod(language: 'en' | 'fr' | 'es', period: string, runIn = false): string {
  const label = { en: 'Posting period', fr: 'Période d’affichage', es: 'Período de publicación' }[language];
  return `${buildNotice({ language })}\n\n${runIn ? `${label}: ${period}` : `${label}\n\n${period}`}\n`;
}

test('Posting period: written-out periods of a week or more get no finding (EN/FR/ES, section or run-in line)', () => {
  for (const [language, period] of [
    ['en', 'From 2 April 2020 to 15 April 2020'],
    ['en', 'From 02.04.2020 to 09.04.2020'], // ambiguous day/month on both sides: no window, no fix (info only, below)
    ['fr', 'Du 2 avril 2020 au 15 avril 2020.'],
    ['fr', 'du 2 au 15 avril 2020'],
    ['es', 'Del 2 al 15 de abril de 2026'],
    ['es', '2 de abril de 2026 – 15 de abril de 2026'],
  ] as const) {
    for (const runIn of [false, true]) {
      const messages = findings(withPeriod(language, period, runIn), 'date-format');
      assert.ok(messages.every((message) => message.severity === 'info' && /ambiguous/.test(message.message)), `${language} ${period}: ${messages.map((m) => m.message)}`);
    }
  }
});

test('Posting period: numeric dates are info with a written-out fix; English day/month order is read from the other date', () => {
  for (const [language, period, from, to] of [
    ['fr', 'Du 02/04/2020 au 15/04/2020', '02 avril 2020', '15 avril 2020'],
    ['es', 'Del 02/04/2026 al 15/04/2026', '02 de abril de 2026', '15 de abril de 2026'],
  ] as const) {
    const text = withPeriod(language, period);
    const messages = findings(text, 'date-format');
    assert.deepEqual(messages.map((message) => message.severity), ['info', 'info'], period);
    assert.ok(assertFixIsClean(text, messages[0], fixesOf(messages[0])[0]).includes(from), from);
    assert.ok(assertFixIsClean(text, messages[1], fixesOf(messages[1])[0]).includes(to), to);
  }
  // English: "15" tells that both dates are day/month; one finding rewrites both
  const text = withPeriod('en', 'From 02.04.2020 to 15.04.2020');
  const [message, ...rest] = findings(text, 'date-format');
  assert.equal(rest.length, 0);
  assert.equal(message.severity, 'info');
  assert.ok(assertFixIsClean(text, message, fixesOf(message)[0]).includes('From 2 April 2020 to 15 April 2020'));
});

test('Posting period: a window under minPostingDays is info, a period that ends before it starts a warning', () => {
  for (const [language, period] of [
    ['en', 'From 1 April 2020 to 3 April 2020'],
    ['fr', 'Du 1 avril 2020 au 3 avril 2020'],
    ['es', 'Del 2 al 5 de abril de 2026'],
  ] as const) {
    const messages = findings(withPeriod(language, period, true), 'date-format');
    assert.equal(messages.length, 1, period);
    assert.equal(messages[0].severity, 'info');
    assert.match(messages[0].message, /posted for [23] days, under the usual 7/);
    const config: VnlintConfig = { rules: { 'date-format': ['on', { minPostingDays: 2 }] } };
    assert.deepEqual(findings(withPeriod(language, period, true), 'date-format', { config }), [], `${period} with minPostingDays 2`);
  }
  const backwards = findings(withPeriod('fr', 'Du 15 avril 2020 au 2 avril 2020'), 'date-format');
  assert.deepEqual(backwards.map((message) => message.severity), ['warning']);
  assert.match(backwards[0].message, /ends .* before it starts/);
});

test('Posting period: a month in another language is a warning; text that is no date is left alone', () => {
  const text = withPeriod('en', 'From 2 Avril 2020 to 30 April 2020');
  const [message, ...rest] = findings(text, 'date-format');
  assert.equal(rest.length, 0);
  assert.equal(message.severity, 'warning');
  assert.ok(assertFixIsClean(text, message, fixesOf(message)[0]).includes('From 2 April 2020 to 30 April 2020'));
  for (const period of ['Two weeks from the date of publication', 'Until the post is filled', 'From Monday to Friday']) {
    assert.deepEqual(findings(withPeriod('en', period), 'date-format'), [], period);
  }
});
