/**
 * The notice parser on the five seeds: sections with their lines, language,
 * type, grade, layout (expected values from test/fixtures/seeds/README.md),
 * plus Markdown, CRLF, BOM, setext and edge cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNotice } from '../../server/src/notice/parse.js';
import type { NoticeRoot, SectionNode } from '../../server/src/notice/tree.js';
import { proseOf } from '../../server/src/notice/prose.js';
import { readSeed } from '../helpers.js';

function sections(tree: NoticeRoot): SectionNode[] {
  return tree.children.filter((child): child is SectionNode => child.type === 'section' && child.id !== 'preamble');
}
/** "id@line" of each section: the heading's line, or the first line of a heading-less section. */
function outline(tree: NoticeRoot): string[] {
  return sections(tree).map((section) => `${section.id}@${section.position.start.line}`);
}
function fields(tree: NoticeRoot): Record<string, string> {
  const header = tree.children.find((child) => child.type === 'header');
  return Object.fromEntries((header?.children ?? []).map((field) => [field.key, field.fieldValue.value]));
}

test('seed 000: body-only EN notice, wrappers merged, every section at its line', () => {
  const tree = parseNotice(readSeed('000'));
  assert.equal(tree.data.language, 'en');
  assert.equal(tree.data.layout, 'body-only');
  assert.equal(tree.data.grade, undefined);
  assert.equal(tree.data.category, 'international');
  assert.deepEqual(outline(tree), [
    'introduction@3', // "Job Description" wrapper on 3, heading on 5
    'tier@13',
    'context@25',
    'responsibilities@33', // "Responsibilities" wrapper on 33, heading on 35
    'qualifications@53',
    'education@57',
    'experience@64',
    'skills@75',
    'languages@85',
    'competencies@93',
    'values@97',
    'core@105',
    'managerial@113',
  ]);
  const responsibilities = sections(tree).find((section) => section.id === 'responsibilities')!;
  assert.equal(responsibilities.heading!.text, 'Responsibilities and Accountabilities');
  assert.deepEqual(responsibilities.wrappers.map((wrapper) => wrapper.text), ['Responsibilities']);
  // 37–51: one numbered list 1–14 despite the blank line 39
  const list = responsibilities.children.find((child) => child.type === 'list');
  assert.ok(list && list.type === 'list');
  assert.deepEqual(list.children.map((item) => item.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  const core = sections(tree).find((section) => section.id === 'core')!;
  assert.equal(core.heading!.tail, '– behavioural indicators Level 2');
});

test('seed 001: free-text sub-headings inside Responsibilities are body text', () => {
  const tree = parseNotice(readSeed('001'));
  assert.equal(tree.data.language, 'en');
  const ids = sections(tree).map((section) => section.id);
  assert.deepEqual(ids, ['introduction', 'tier', 'context', 'responsibilities', 'qualifications', 'education', 'experience', 'skills', 'languages', 'competencies', 'values', 'core', 'managerial']);
  const core = sections(tree).find((section) => section.id === 'core')!;
  const coreList = core.children.find((child) => child.type === 'list');
  assert.ok(coreList && coreList.type === 'list');
  assert.equal(coreList.children.length, 5, 'blank line 127 does not split the core list');
});

test('seed 002: windows-874 mojibake repaired for matching, run-in headings split', () => {
  const tree = parseNotice(readSeed('002'));
  assert.equal(tree.data.language, 'en');
  assert.equal(tree.data.category, 'national');
  assert.deepEqual(outline(tree), [
    'tier@7',
    'context@8',
    'education@25',
    'experience@35', // run-in: "…Database.␣␣Experience"
    'skills@43',
    'languages@54',
    'competencies@57', // run-in
    'values@57', // run-in with its tail "…these three values:"
    'core@59', // run-in "Core Competencies – behavioural indicators (Level 1)"
    'notes@59', // run-in "␣␣Notes Any offer…"
  ]);
  const values = sections(tree).find((section) => section.id === 'values')!;
  assert.equal(values.heading!.style, 'run-in');
  assert.match(values.heading!.text, /these three values:$/);
  const core = sections(tree).find((section) => section.id === 'core')!;
  assert.match(core.heading!.tail ?? '', /\(Level 1\)/);
  // noise lines 3, 4, 5, 31, 33, 61 are not content
  for (const line of [3, 4, 5, 31, 33, 61]) assert.ok(tree.data.noiseLines.has(line - 1), `line ${line} is noise`);
});

test('seed 003: FR current header with damaged labels, partial windows-1250 repair', () => {
  const tree = parseNotice(readSeed('003'));
  assert.equal(tree.data.language, 'fr');
  assert.equal(tree.data.layout, 'current');
  assert.equal(tree.data.grade, 'P-4');
  assert.equal(tree.data.gradeSource, 'header');
  assert.equal(tree.data.noticeType, 'VN');
  const header = fields(tree);
  assert.deepEqual(Object.keys(header), ['reference', 'title', 'city', 'country', 'grade', 'contract', 'recruitingType', 'vacancyType', 'duration', 'closing']);
  assert.equal(header.reference, '17281');
  assert.equal(header.title, 'Chargé(e) de programme principal(e) (Protection et assistance aux migrants (PAP)) (P)');
  assert.equal(header.closing, '9 novembre 2025');
  assert.deepEqual(outline(tree), [
    'introduction@19',
    'tier@25',
    'context@37',
    'responsibilities@45',
    'qualifications@67',
    'education@69',
    'experience@76',
    'skills@86',
    'languages@95',
    'competencies@105',
    'values@109',
    'core@117',
    'managerial@125',
    'notes@133',
  ]);
  // positions are offsets of the original (damaged) text
  const text = readSeed('003');
  const reference = tree.children.find((child) => child.type === 'header')!.children[0];
  assert.equal(text.slice(reference.label.start, reference.label.end), 'RĂ©fĂ©rence du poste');
});

test('seed 004: FR volunteer layout', () => {
  const tree = parseNotice(readSeed('004'));
  assert.equal(tree.data.language, 'fr');
  assert.equal(tree.data.noticeType, 'volunteer');
  assert.equal(tree.data.layout, 'volunteer');
  assert.deepEqual(fields(tree), { title: 'Mentor de Communauté (05 postes)', dutyStation: 'Sénégal', closing: '19/11/2025' });
  assert.deepEqual(outline(tree), [
    'vol-mission@13',
    'vol-context@23',
    'vol-task@27',
    'vol-eligibility@61',
    'vol-age@62',
    'vol-required-experience@66',
    'vol-nationality@70',
    'vol-requirements@76',
    'vol-relevant-experience@77',
    'vol-languages@81',
    'vol-education@85',
    'vol-competencies@89',
    'vol-skills@97',
    'vol-expertise@111',
    'vol-driving@115',
  ]);
});

test('Markdown headings, bold headings, numbering and setext headings are recognised', () => {
  const text = [
    '# Introduction',
    '',
    'Established in 1951, IOM is a Related Organization of the United Nations.',
    '',
    '**Context:**',
    '',
    'Some context.',
    '',
    '2. Responsibilities',
    '',
    '- Do things.',
    '',
    'Education',
    '=========',
    '',
    'University degree.',
  ].join('\n');
  const tree = parseNotice(text);
  assert.deepEqual(outline(tree), ['introduction@1', 'context@5', 'responsibilities@9', 'education@13']);
  assert.equal(tree.data.headingStyle, 'atx');
});

test('an unknown heading-like line is body text, not a section', () => {
  const tree = parseNotice('Introduction\n\nEstablished in 1951, IOM is here.\n\nBenefits Package\n\nGood pay.\n');
  assert.deepEqual(outline(tree), ['introduction@1']);
});

test('CRLF, CR and BOM keep offsets of the original text', () => {
  for (const eol of ['\r\n', '\r', '\n']) {
    const text = `\uFEFFIntroduction${eol}${eol}Established in 1951, IOM.${eol}${eol}Education${eol}${eol}- University degree.`;
    const tree = parseNotice(text);
    assert.equal(tree.data.eol, eol);
    const education = sections(tree).find((section) => section.id === 'education')!;
    assert.equal(text.slice(education.heading!.span.start, education.heading!.span.end), 'Education');
    assert.equal(education.position.start.line, 5);
  }
});

test('degenerate input parses without throwing', () => {
  for (const text of ['', '\n', '\uFEFF', '   \u00A0  ', 'x', '#', '**', '1.', '- ', '\u0000\u0001', 'a'.repeat(100000)]) {
    const tree = parseNotice(text);
    assert.equal(tree.type, 'notice');
  }
});

test('prose goes through retext with offsets of the original file', () => {
  const text = 'Introduction\n\nEstablished in 1951, IOM is a Related Organization. It works closely with partners.\n';
  const tree = parseNotice(text);
  const introduction = sections(tree)[0];
  const paragraph = introduction.children[0];
  assert.equal(paragraph.type, 'paragraph');
  const span = { value: paragraph.value, start: paragraph.position.start.offset!, end: paragraph.position.end.offset! };
  const nlcst = proseOf(tree, paragraph, span);
  const sentences = nlcst.children.flatMap((child) => (child.type === 'ParagraphNode' ? child.children : [])).filter((node) => node.type === 'SentenceNode');
  assert.equal(sentences.length, 2);
  const second = sentences[1];
  assert.equal(text.slice(second.position!.start.offset, second.position!.end.offset), 'It works closely with partners.');
});

test('legacy FR header: shared labels are keyed to the legacy fields', () => {
  const text = [
    'Intitulé du poste : Chargé de programme',
    'Numéro de l’avis de vacance : VN/SN/012/2020',
    'Lieu d’affectation : Dakar, Sénégal',
    'Classification : Administrateur, Grade P-2',
    'Type de nomination : Durée déterminée, un an',
    'Date de clôture : 9 novembre 2025',
    '',
    'Fondée en 1951, l’OIM est une organisation apparentée aux Nations Unies.',
  ].join('\n');
  const tree = parseNotice(text);
  assert.equal(tree.data.layout, 'legacy');
  assert.deepEqual(Object.keys(fields(tree)), ['title', 'reference', 'dutyStation', 'classification', 'appointmentType', 'closing']);
  assert.equal(tree.data.grade, 'P-2');
  assert.equal(tree.data.gradeSource, 'classification');
});

test('language: headings and labels decide, unless the prose is clearly in another language', () => {
  const spanishBody =
    'La OIM, creada en 1951, es una Organización Conexa de las Naciones Unidas y el principal organismo en el ámbito de la migración. ' +
    'Trabaja con los gobiernos y con los migrantes para promover una migración humana y ordenada en beneficio de todos, y presta servicios y asesoramiento a los gobiernos y a los migrantes. ' +
    'Las candidaturas de los candidatos internos y externos son bienvenidas para esta vacante, y las de los candidatos de primer nivel se examinan antes que las de los candidatos de segundo nivel.';
  const mixed = `Introduction\n\n${spanishBody}\n\nContext\n\nEl titular trabaja en la unidad de gestión de la migración de la misión, con los socios del proyecto y con el equipo del programa.\n\nEducation\n\n- Título universitario en ciencias sociales o en un campo afín.`;
  const tree = parseNotice(mixed);
  assert.equal(tree.data.language, 'es');
  assert.deepEqual(outline(tree), ['introduction@1', 'context@5', 'education@9']);
  assert.deepEqual(sections(tree).map((section) => section.heading?.languages), [['en', 'fr'], ['en'], ['en']]);
  // short drafts: the headings decide
  assert.equal(parseNotice('Contexte\n\nUn texte.\n\nResponsabilités\n\n- Une tâche.').data.language, 'fr');
});

test('field labels end before the separator; headings keep their text span without markup', () => {
  const text = '**Grade** : P-4\nClosing date:  9 November 2025\n\n## **Education:**\n\n- University degree.';
  const tree = parseNotice(text);
  const header = tree.children.find((child) => child.type === 'header')!;
  assert.deepEqual(header.children.map((field) => text.slice(field.label.start, field.label.end)), ['Grade', 'Closing date']);
  const education = sections(tree)[0];
  assert.equal(text.slice(education.heading!.textSpan!.start, education.heading!.textSpan!.end), 'Education');
  assert.equal(education.heading!.style, 'atx');
});

test('run-in headings: a legacy colon, and linear time on a 1 M character line', () => {
  const tree = parseNotice(`Context\n\nSome context here. \u00A0\u00A0Education:\u00A0\u00A0University degree in law.`);
  assert.deepEqual(outline(tree), ['context@1', 'education@3']);
  assert.equal(sections(tree)[1].heading!.text, 'Education:');
  const line = 'Some duties were listed. \u00A0Experience\u00A0 More text follows. '.repeat(20000);
  const big = parseNotice(line);
  assert.equal(sections(big).length, 20000);
});

test('category without a grade (§1): local recruitment is national; an NRMS list or a "(P)" title is international (EN/FR/ES)', () => {
  const category = (text: string) => parseNotice(text).data.category;
  for (const text of [
    'Position Title: Driver\n\nThis post is subject to local recruitment.',
    'Intitulé du poste : Chauffeur\n\nCe poste est soumis au recrutement local.',
    'Intitulé du poste : Chauffeuse\n\nCe poste est soumise\u00A0au recrutement local.',
    'Título: Chofer\n\nEste puesto está sujeto a contratación local.',
    'Título: Chofer\n\nEsta plaza está sujeta a contratacion local.', // accent missing
  ]) assert.equal(category(text), 'national', text);
  for (const text of [
    'Position Title: Programme Officer (P)\n\nThe officer works in Dakar.',
    'Position Title: Officer\n\nCandidates from the following IOM Member States that are not represented among staff members in the Professional and higher categories:',
    'Intitulé du poste : Chargé de programme\n\nCandidats des États membres non représentés suivants :',
    'Título: Oficial\n\nCandidatos de los siguientes Estados Miembros de la OIM que no están representados en el personal:',
  ]) assert.equal(category(text), 'international', text);
  assert.equal(category('Position Title: Officer\n\nThe officer works in Dakar.'), undefined);
  assert.equal(category('Position Title: Driver (P)\nGrade: G-4\n\nThe driver works in Dakar.'), 'national', 'a grade decides first');
});
