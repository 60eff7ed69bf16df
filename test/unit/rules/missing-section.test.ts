/**
 * missing-section: required sections per type and layout, conditional
 * Managerial, truncated notices, mixed-language notices; each quick fix,
 * applied, removes its finding and adds none (EN/FR/ES, current/legacy,
 * plain/Markdown, LF/CRLF).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/engine/index.js';
import { readSeed } from '../../helpers.js';
import { buildNotice, headingOf, LEGACY_ORDER, STAFF_ORDER } from './notice-builder.js';
import { assertFixIsClean, findings, fixesOf } from './structure-helpers.js';

const LANGUAGES = ['en', 'fr', 'es'] as const;
const LAYOUTS = ['current', 'legacy'] as const;

test('complete notices have no missing section (EN/FR/ES × current/legacy/body-only × plain/Markdown)', () => {
  for (const language of LANGUAGES) {
    for (const layout of [...LAYOUTS, 'body-only'] as const) {
      for (const markdown of [false, true]) {
        assert.deepEqual(findings(buildNotice({ language, layout, markdown }), 'missing-section'), [], `${language} ${layout} md=${markdown}`);
      }
    }
  }
});

test('each required section left out is reported once, and its fix inserts it cleanly', () => {
  for (const language of LANGUAGES) {
    for (const layout of LAYOUTS) {
      for (const markdown of [false, true]) {
        const order = layout === 'legacy' ? LEGACY_ORDER : STAFF_ORDER;
        // the ES legacy labels are consultancy labels (rule book §2: "Tipo de consultoría"), so that notice is a
        // consultancy: introduction, tier, values, core and notes are optional, and missing sections are warnings
        const consultancy = language === 'es' && layout === 'legacy';
        const optional = consultancy ? ['introduction', 'tier', 'values', 'core', 'notes'] : [];
        for (const id of ['introduction', 'tier', 'context', 'responsibilities', 'education', 'experience', 'languages', 'values', 'core', 'notes', ...(layout === 'legacy' ? ['howToApply'] : [])]) {
          const text = buildNotice({ language, layout, markdown, sections: order.filter((other) => other !== id) });
          const messages = findings(text, 'missing-section');
          if (optional.includes(id)) {
            assert.deepEqual(messages, [], `consultancy without ${id}`);
            continue;
          }
          assert.equal(messages.length, 1, `${language} ${layout} md=${markdown} without ${id}: ${messages.map((m) => m.message).join(' | ')}`);
          assert.equal(messages[0].severity, consultancy ? 'warning' : 'error');
          const [fix] = fixesOf(messages[0]);
          assert.ok(fix, `${id} has a fix`);
          const output = assertFixIsClean(text, messages[0], fix);
          if (markdown && id !== 'tier' && !(layout === 'legacy' && id === 'introduction')) assert.match(output, /\n## /);
        }
      }
    }
  }
});

test('the fix inserts the section at its place in the template order, with its standard text', () => {
  const text = buildNotice({ language: 'fr', sections: STAFF_ORDER.filter((id) => id !== 'languages') });
  const [message] = findings(text, 'missing-section');
  assert.match(message.message, /Langues/);
  const fix = fixesOf(message)[0];
  const output = assertFixIsClean(text, message, fix);
  const languages = output.indexOf('\n\nLangues\n\nLes langues officielles de l’OIM');
  assert.ok(languages > output.indexOf('Compétences\n') && languages < output.indexOf('Compétences requises'), 'between Skills and Required Competencies');
});

test('Spanish fixes insert the heading with a placeholder (no ES reference text, rule book §4)', () => {
  const text = buildNotice({ language: 'es', sections: STAFF_ORDER.filter((id) => id !== 'experience') });
  const [message] = findings(text, 'missing-section');
  const output = assertFixIsClean(text, message, fixesOf(message)[0]);
  assert.match(output, /\n\nExperiencia\n\n\[por completar\]\n\nHabilidades/);
});

test('the tier paragraph is required for staff notices, and its fix inserts the §4.2 text', () => {
  for (const language of LANGUAGES) {
    const text = buildNotice({ language, sections: STAFF_ORDER.filter((id) => id !== 'tier') });
    const [message] = findings(text, 'missing-section');
    assert.ok(message, language);
    const output = assertFixIsClean(text, message, fixesOf(message)[0]);
    assert.match(output, { en: /Applications are welcome from/, fr: /Les candidatures de candidats/, es: /Se aceptan candidaturas de/ }[language]);
  }
});

test('Managerial Competencies are required only when the post supervises staff', () => {
  const supervise = {
    en: '1. Supervise a team of four project assistants.\n2. Prepare reports.',
    fr: '1. Superviser une équipe de quatre assistants de projet.\n2. Préparer des rapports.',
    es: '1. Supervisar un equipo de cuatro asistentes de proyecto.\n2. Preparar informes.',
  };
  for (const language of LANGUAGES) {
    const without = buildNotice({ language });
    assert.deepEqual(findings(without, 'missing-section'), [], `${language}: no supervision, no managerial needed`);
    const text = buildNotice({ language, bodies: { responsibilities: supervise[language] } });
    const messages = findings(text, 'missing-section');
    assert.equal(messages.length, 1, language);
    assert.equal(messages[0].severity, 'warning');
    assert.match(messages[0].message, { en: /Managerial/, fr: /managériales/, es: /gerenciales/ }[language]);
    const output = assertFixIsClean(text, messages[0], fixesOf(messages[0])[0]);
    if (language === 'en') assert.match(output, /Managerial Competencies – behavioural indicators Level 2\n\n- \*?\*?Leadership/);
  }
});

test('the supervisor of the incumbent does not make Managerial required', () => {
  const text = buildNotice({ language: 'en', bodies: { responsibilities: '1. Under the direct supervision of the Head of Office, prepare reports.\n2. Report to the Chief of Mission.' } });
  assert.deepEqual(findings(text, 'missing-section'), []);
});

test('duties under Context: the Responsibilities heading goes before the first duty', () => {
  const body = 'The incumbent works in the unit.\n\n1. Provide support to the team.\n2. Prepare reports.\n3. Perform other duties.';
  const text = buildNotice({ language: 'en', sections: STAFF_ORDER.filter((id) => id !== 'responsibilities'), bodies: { context: body } });
  const [message] = findings(text, 'missing-section');
  assert.match(message.message, /duties below sit under/);
  assert.equal(text.slice(message.range[0], message.range[0] + 2), '1.');
  const output = assertFixIsClean(text, message, fixesOf(message)[0]);
  assert.match(output, /unit\.\n\nResponsibilities and Accountabilities\n\n1\. Provide/);
});

test('a truncated notice (ending inside Context) reports each missing section once', () => {
  const full = readSeed('000');
  const cut = full.slice(0, full.indexOf('Under the overall supervision'));
  const messages = findings(cut, 'missing-section');
  const names = messages.map((message) => /“([^”]+)”/.exec(message.message)![1]);
  assert.deepEqual(names, ['Responsibilities', 'Education', 'Experience', 'Languages', 'Values', 'Core Competencies', 'Notes']);
  assert.equal(new Set(names).size, names.length, 'no section twice');
  // nothing but missing sections from the structure rules (no empty-section, no order noise)
  const others = lint(cut, { only: ['section-order', 'duplicate-section', 'empty-section', 'unknown-heading', 'run-in-heading', 'heading-language'] }).messages;
  assert.deepEqual(others, []);
});

test('a mixed-language notice (Spanish body, English headings) has no missing section', () => {
  const text = buildNotice({ language: 'es', headingLanguage: 'en' });
  const { notice, messages } = lint(text, { only: ['missing-section', 'heading-language'] });
  assert.equal(notice.data.language, 'es');
  assert.deepEqual(messages.filter((message) => message.ruleId === 'missing-section'), []);
  assert.ok(messages.filter((message) => message.ruleId === 'heading-language').length >= 10);
});

test('CRLF notices get CRLF in the inserted text', () => {
  const text = buildNotice({ language: 'en', eol: '\r\n', sections: STAFF_ORDER.filter((id) => id !== 'notes') });
  const [message] = findings(text, 'missing-section');
  const fix = fixesOf(message)[0];
  assert.ok(!/[^\r]\n/.test(fix.text), 'no bare LF');
  assertFixIsClean(text, message, fix);
});

test('internship notices do not need a tier paragraph; consultancies do not need values or notes', () => {
  const intern = buildNotice({ language: 'en', sections: STAFF_ORDER.filter((id) => !['tier', 'core'].includes(id)) });
  assert.deepEqual(findings(intern, 'missing-section', { config: { noticeType: 'internship' } }), []);
  const consultancy = buildNotice({ language: 'en', sections: ['context', 'responsibilities', 'education', 'experience', 'languages'] });
  assert.deepEqual(findings(consultancy, 'missing-section', { config: { noticeType: 'consultancy' } }), []);
  // a consultancy still needs its Responsibilities (a warning: assumed column)
  const noDuties = buildNotice({ language: 'en', sections: ['context', 'education', 'experience', 'languages'] });
  const messages = findings(noDuties, 'missing-section', { config: { noticeType: 'consultancy' } });
  assert.equal(messages.length, 1);
  assert.equal(messages[0].severity, 'warning');
});

test('headings written the way authors write them are recognised', () => {
  const variants = ['1. Context', '**Context:**', '## Context', 'CONTEXT:', 'Context.'];
  for (const variant of variants) {
    const text = buildNotice({ language: 'en' }).replace('\nOrganizational Context and Scope\n', `\n${variant}\n`);
    assert.deepEqual(findings(text, 'missing-section'), [], variant);
  }
  const accentless = buildNotice({ language: 'fr' }).replace('\nResponsabilités\n', '\nResponsabilites\n');
  assert.deepEqual(findings(accentless, 'missing-section'), [], 'accent-insensitive fallback');
  assert.equal(headingOf('context', 'en'), 'Organizational Context and Scope');
});

test('every notice type: VN, SVN, CFA, CFEOI, consultancy, internship, volunteer', () => {
  const supervise = '1. Supervise the team of the Regional Office.\n2. Prepare the regional strategy.';
  const withoutManagerial = buildNotice({ language: 'en', bodies: { responsibilities: supervise } });
  // VN and SVN (P/D column): Managerial is conditional → warning; CFEOI (D-1 rotational): required → error
  for (const [type, severity] of [['VN', 'warning'], ['SVN', 'warning'], ['CFA', 'warning'], ['CFEOI', 'error']] as const) {
    const messages = findings(withoutManagerial, 'missing-section', { config: { noticeType: type } });
    assert.deepEqual(messages.map((message) => message.severity), [severity], type);
  }
  // detected from the header: SVN by its Vacancy Type, CFEOI by its reference, CFA by its UG grade
  const svn = buildNotice({ language: 'fr', values: { vacancyType: 'Avis spécial de vacance de poste' }, sections: STAFF_ORDER.filter((id) => id !== 'notes') });
  const { notice, messages } = lint(svn, { only: ['missing-section'] });
  assert.equal(notice.data.noticeType, 'SVN');
  assert.equal(messages.length, 1);
  const cfeoi = buildNotice({ language: 'en', layout: 'legacy', values: { reference: 'CFEOI/HQ/001/2025', classification: 'Director, Grade D-1' } });
  const detected = lint(cfeoi, { only: ['missing-section'] });
  assert.equal(detected.notice.data.noticeType, 'CFEOI');
  assert.deepEqual(detected.messages.map((message) => /“([^”]+)”/.exec(message.message)![1]), ['Managerial Competencies']);
  const cfa = lint(buildNotice({ language: 'es', values: { grade: 'UG' }, omitFields: ['vacancyType'] }), { only: ['missing-section'] });
  assert.equal(cfa.notice.data.noticeType, 'CFA');
  assert.deepEqual(cfa.messages, []);
  // volunteer (§3.5, assumed: warnings): seed 004 without "Langues"
  const volunteer = readSeed('004').replace('Langues\n\nFrançais, niveau : courant, requis Wolof, niveau : passable, souhaitable\n\n', '');
  const missing = findings(volunteer, 'missing-section');
  assert.deepEqual(missing.map((message) => [/“([^”]+)”/.exec(message.message)![1], message.severity]), [['Langues', 'warning']]);
  assertFixIsClean(volunteer, missing[0], fixesOf(missing[0])[0]);
});
