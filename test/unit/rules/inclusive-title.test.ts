import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSeed, SEED_IDS } from '../../helpers.js';
import { covered, findings, lang } from './prose-helpers.js';

const RULE = 'inclusive-title';

const frHeader = (title: string) => `Référence du poste : 12345\nIntitulé du poste : ${title}\nGrade : P-3\n\nContexte\n\nLe projet appuie les migrants de retour et les communautés.`;
const esHeader = (title: string) => `Identificación del puesto (número de referencia): 12345\nTítulo del puesto: ${title}\nGrado: P-3\n\nContexto\n\nEl proyecto apoya a los migrantes y a las comunidades.`;
const firstLine = (title: string, language: 'fr' | 'es' | 'en') =>
  `${title}\n\n${language === 'fr' ? 'Contexte' : language === 'es' ? 'Contexto' : 'Context'}\n\n${
    language === 'fr' ? 'Le projet appuie les migrants de retour et les communautés.' : language === 'es' ? 'El proyecto apoya a los migrantes y a las comunidades de la región.' : 'The project supports returning migrants and their communities.'
  }`;

test('inclusive-title: FR masculine title in the header is reported with a quick fix', () => {
  const text = frHeader('Chargé de programme principal');
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'info');
  assert.equal(covered(text, found[0]), 'Chargé');
  assert.equal(found[0].fix, undefined, 'not automatic');
  assert.deepEqual(found[0].suggestions?.[0].fix, { range: found[0].range, text: 'Chargé(e)' });
});

test('inclusive-title: FR head words only, case kept', () => {
  const text = firstLine('ASSISTANT ADMINISTRATIF du Directeur régional', 'fr');
  const found = findings(text, RULE, lang('fr'));
  assert.deepEqual(found.map((message) => covered(text, message)), ['ASSISTANT', 'ADMINISTRATIF']);
  assert.equal(found[0].suggestions?.[0].fix.text, 'ASSISTANT(E)');
});

test('inclusive-title: FR inclusive forms, epicene titles and H/F suffixes are fine', () => {
  for (const title of [
    'Chargé(e) de programme principal(e) (PAP)',
    'Chargé·e de programme',
    'Coordinateur/Coordinatrice de projet',
    'Spécialiste de la protection',
    'Responsable des ressources humaines',
    'Chargé de programme H/F',
    'Chargé de programme (F/H)',
  ]) {
    assert.deepEqual(findings(frHeader(title), RULE), [], title);
  }
  const strict = lang('fr', { [RULE]: ['info', { genderSuffix: 'report' }] });
  assert.equal(findings(firstLine('Chargé de programme H/F', 'fr'), RULE, strict).length, 1, 'genderSuffix: report');
});

test('inclusive-title: ES masculine titles are reported; "Oficial" and inclusive forms are fine', () => {
  const text = esHeader('Coordinador de Proyecto');
  const found = findings(text, RULE);
  assert.equal(found.length, 1);
  assert.equal(covered(text, found[0]), 'Coordinador');
  assert.equal(found[0].suggestions?.[0].fix.text, 'Coordinador(a)');
  const two = firstLine('Coordinador Técnico de Proyecto', 'es');
  assert.deepEqual(findings(two, RULE, lang('es')).map((message) => covered(two, message)), ['Coordinador', 'Técnico']);
  for (const title of ['Oficial de Programas', 'Oficial Nacional de Proyectos', 'Coordinador(a) de Proyecto', 'Coordinador/a de Proyecto', 'Asistente de Finanzas', 'Coordinador de Proyecto (M/F)']) {
    assert.deepEqual(findings(esHeader(title), RULE), [], title);
  }
});

test('inclusive-title: different H/F spellings in the header title and the first line are reported', () => {
  const text = `Offre d’emploi : chargé de programme F/H\n\nRéférence du poste : 12345\nIntitulé du poste : Chargé de programme (H/F)\nGrade : P-3\n\nContexte\n\nLe projet appuie les migrants de retour et les communautés.`;
  const found = findings(text, RULE, lang('fr'));
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.match(found[0].message, /one spelling/);
});

test('inclusive-title: English notices are not checked', () => {
  assert.deepEqual(findings(firstLine('Chairman of the Board', 'en'), RULE, lang('en')), []);
});

test('inclusive-title: no finding in the five seeds', () => {
  for (const id of SEED_IDS) assert.deepEqual(findings(readSeed(id), RULE), [], `seed ${id}`);
});
