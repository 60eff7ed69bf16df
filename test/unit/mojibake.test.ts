/**
 * The mojibake library (server/src/text/mojibake.ts) and the rules built on
 * it: mojibake, replacement-character, invisible-character. Rule book §7.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { CODE_PAGES, detectFileEncoding, findMojibake, repairText } from '../../server/src/text/mojibake.js';
import mojibakeRule from '../../server/src/rules/mojibake.js';
import replacementCharacter from '../../server/src/rules/replacement-character.js';
import invisibleCharacter, { MAY_BE_CANDIDATE, isCandidate } from '../../server/src/rules/invisible-character.js';
import { runRules } from './text-rules-util.js';

const NBSP = '\u00a0';

/** UTF-8 bytes of `text` read with a code page, the way real decoders do it (undefined bytes shown as C1, or for windows-874 as windows-1252). */
function misread(text: string, page: string): string {
  const table = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), page);
  const cp1252 = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), 'windows1252');
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    let ch = table[b];
    if (ch === '\ufffd') ch = page === 'windows874' && cp1252[b] !== '\ufffd' ? cp1252[b] : b < 0xa0 ? String.fromCharCode(b) : '\ufffd';
    out += ch;
  }
  return out;
}

test('rule book §7.1 examples are repaired', () => {
  const cases: Array<[string, string, string]> = [
    ['IOMโ€™s', 'IOM’s', 'windows-874'],
    [`ย${NBSP}`, NBSP, 'windows-874'],
    ['โ€ข Item', '• Item', 'windows-874'],
    ['A โ€“ B', 'A – B', 'windows-874'],
    ['๐Ÿ“š Guide', '📚 Guide', 'windows-874'],
    ['RĂ©fĂ©rence', 'Référence', 'windows-1250'],
    [`prĂŞt Ă${NBSP} tout`, 'prêt à tout', 'windows-1250'],
    ['tout en Ĺ“uvrant', 'tout en œuvrant', 'windows-1250'],
    ['la MaĂ®trise', 'la Maîtrise', 'windows-1250'],
    ['doit ĂŞtre', 'doit être', 'windows-1250'],
    ['le lieu oĂą', 'le lieu où', 'windows-1250'],
    ['un DiplĂ´me', 'un Diplôme', 'windows-1250'],
    ['dĂ»ment remplies', 'dûment remplies', 'windows-1250'],
    ['conjointe Â»)', 'conjointe »)', 'windows-1252'],
    ['DescripciĂłn del puesto', 'Descripción del puesto', 'windows-1250'],
    ['el AĂ±o', 'el Año', 'windows-1250'],
    ['cafÃ©', 'café', 'windows-1252'],
    ['IOMâ€™s', 'IOM’s', 'windows-1252'],
    [`hereÂ${NBSP}:`, `here${NBSP}:`, 'windows-1252'],
    ['Descripciรณn del puesto', 'Descripción del puesto', 'windows-874'],
  ];
  for (const [input, expected, encoding] of cases) {
    assert.equal(repairText(input), expected, input);
    const spans = findMojibake(input);
    assert.ok(spans.length > 0, input);
    assert.equal(spans[0].encoding, encoding, input);
    assert.equal(spans[0].layers, 1, input);
  }
});

test('a stray BOM read as windows-1252 is removed', () => {
  assert.equal(repairText('Title\nï»¿Body'), 'Title\nBody');
});

test('double and triple encoding: repeated to a fixed point', () => {
  const [double] = findMojibake('nÃƒÂ© Jim');
  assert.equal(double.repaired, 'é');
  assert.equal(double.layers, 2);
  assert.deepEqual(double.encodings, ['windows-1252', 'windows-1252']);
  assert.equal(repairText('doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t'), 'doesn’t');
  assert.equal(findMojibake('doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t')[0].layers, 3);
  assert.equal(repairText('Г‚ВЈ5.8bn'), '£5.8bn');
  assert.deepEqual(findMojibake('Г‚ВЈ5.8bn')[0].encodings, ['windows-1252', 'windows-1251']);
});

const SAMPLES: Record<string, string> = {
  fr: 'L’Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies. Référence du poste : 17281 – Durée initiale : 6 mois. Maîtrise en sciences sociales ; expérience dûment prouvée, où l’on s’épanouit à l’étranger « très » bien. Être capable de gérer des équipes à distance. Ça coûte cher, n’est-ce pas ?',
  es: 'La Organización Internacional para las Migraciones (OIM) forma parte del sistema de las Naciones Unidas. Descripción del puesto: Título universitario en Ciencias Sociales y experiencia de cinco años; ¿Quién es el candidato? ¡Postule ahora! Año, niño, pingüino, acción.',
  en: 'IOM’s policy — “Values” and ‘Core Competencies’ • Integrity… The candidate’s CV – 5 years’ experience © 2025 IOM™. Café résumé naïve.',
  de: 'Die Internationale Organisation für Migration (IOM) ist Teil des Systems der Vereinten Nationen. Größere Übersicht über Straßen und Brücken; Äpfel, Öl, Übung.',
  pt: 'A Organização Internacional para as Migrações é parte do sistema das Nações Unidas. São Paulo, coração, informações, países e irmãs.',
  pl: 'Międzynarodowa Organizacja do spraw Migracji; zażółć gęślą jaźń. Łódź, Kraków, Gdańsk, współpraca z rządem.',
  cs: 'Mezinárodní organizace pro migraci; příliš žluťoučký kůň úpěl ďábelské ódy. Praha, Brno, Ostrava.',
  tr: 'Uluslararası Göç Örgütü; İstanbul, Ankara, İzmir. Çocuklar, öğretmenler ve ağaçlar. Şehir planlaması.',
  ro: 'Organizația Internațională pentru Migrație; București, Timișoara, Brașov. Învățământ și sănătate publică.',
};
const PAGES = ['windows1252', 'latin1', 'windows1250', 'iso88592', 'windows1251', 'windows1257', 'windows874', 'macintosh', 'cp437'];
/** Pages whose double reading is realistic enough to test. */
const DOUBLE = new Set(['windows1252', 'latin1', 'windows1250', 'windows1251', 'macintosh', 'cp437']);

test('every code page, nine languages: misread once (and twice) and repaired exactly', () => {
  let checked = 0;
  for (const page of PAGES) {
    for (const [language, text] of Object.entries(SAMPLES)) {
      const once = misread(text, page);
      if (once.includes('\ufffd')) continue; // the page drops a byte of this text: lossy by nature
      assert.notEqual(once, text);
      assert.equal(repairText(once), text, `${page} ${language}`);
      checked++;
      if (!DOUBLE.has(page)) continue;
      const twice = misread(once, page);
      if (twice.includes('\ufffd')) continue;
      assert.equal(repairText(twice), text, `${page} ${language} (twice)`);
      checked++;
    }
  }
  assert.ok(checked >= 100, `only ${checked} combinations`);
});

test('per token: genuine characters beside damage are kept', () => {
  // 003:13 has "spĂ©cial" and an intact "jusqu’à"; in "s’Ă©panouir" the ’ is genuine.
  assert.equal(repairText('CDD spĂ©cial (jusqu’à 9 mois)'), 'CDD spécial (jusqu’à 9 mois)');
  const [span] = findMojibake('s’Ă©panouir');
  assert.equal(span.original, 'Ă©');
  assert.equal(span.start, 2);
  assert.equal(repairText('grâce Ă  des « outils Â»'), 'grâce à des « outils »');
});

test('never flag legitimate text (§7.3)', () => {
  const clean = [
    'jusqu’à', 'deuxième', 'grâce', 'français', 'Âge : 18 ans', `Référence${NBSP}:${NBSP}17281`, `«${NBSP}texte${NBSP}»`, NBSP,
    '’ “ ” – — … • ™', 'Marque™ et Société®', '¿Qué año? ¡Sí, señor!', 'São Paulo', 'Łódź, zażółć gęślą jaźń', 'žluťoučký kůň, ĺ ľ',
    'Straße, Größe, Übung', 'İstanbul, ağaç, şehir, ılık', 'NICIODATĂ', 'Ştiinţă, învăţământ', 'ภาษาไทย สวัสดีครับ',
    'Ελληνικά', 'Русский язык', 'עברית', 'العربية', '日本語', '한국어', 'Ōsaka', 'Ærø, Ålborg, Øresund', 'Ðakovo, Đorđe',
    'naïve café résumé', '$5 × 3 = 15 ÷ 3', '10 °C, 5 µm, ½ cup', 'Café « Âme »', 'À propos', 'ÉTÉ ÀÉÈ', 'L’épisode',
    `CONCLUSÃO${NBSP}:`, 'ÉLÈVE…', 'ÇA’S', '© 2025', 'Nº 5, 1ª edición', 'Brontë…”', 'a radius of 10 Å—',
  ];
  for (const text of clean) assert.deepEqual(findMojibake(text), [], text);
});

test('lossy runs: reported, no repair; best effort shows U+FFFD', () => {
  const [span] = findMojibake('Europa, Asia, Ă\ufffdfrica');
  assert.equal(span.lossy, true);
  assert.equal(span.repaired, undefined);
  assert.equal(span.bestEffort, '\ufffd');
  assert.equal(repairText('Ă\ufffdfrica'), 'Ă\ufffdfrica');
  assert.equal(repairText('Ă\ufffdfrica', { lossy: 'replace' }), '\ufffdfrica');
  // windows-874 drops bytes it leaves undefined: styled letters lose their 0x9D.
  const styled = findMojibake('๐Ÿ“š ๐——๐—ถ๐˜€๐—ฐ๐—ผ๐˜ƒ๐—ฒ๐—ฟ');
  assert.equal(styled[0].repaired, '📚');
  assert.ok(styled.slice(1).every((s) => s.lossy && s.repaired === undefined));
});

test('C1 characters: windows-1252 read as Latin-1, Mac OS Roman inside words', () => {
  const [quote] = findMojibake('don\u0092t');
  assert.equal(quote.repaired, '’');
  assert.equal(quote.encoding, 'latin-1');
  assert.equal(quote.kind, 'c1');
  assert.equal(repairText('l\u0092homme et \u0093lui\u0094\u0085'), 'l’homme et “lui”…');
  assert.equal(repairText('barco tur\u0092stico en Coatl\u0087n'), 'barco turístico en Coatlán');
  assert.equal(findMojibake('tur\u0092stico')[0].encoding, 'macroman');
  // 0x81 means nothing in windows-1252: left to invisible-character.
  assert.deepEqual(findMojibake('budget\u0081'), []);
});

test('mojibake rule: message names the code page; fix is the repaired run', () => {
  const text = 'Avis : RĂ©fĂ©rence du poste\n';
  const [finding] = runRules(text, [mojibakeRule]);
  assert.equal(finding.ruleId, 'mojibake');
  assert.equal(finding.severity, 'error');
  assert.equal(finding.message, 'UTF-8 text read as windows-1250: “RĂ©fĂ©rence” should read “Référence”.');
  assert.deepEqual(finding.fix, { range: [8, 13], text: 'éfé' });
  const lossy = runRules('Ă\ufffdfrica', [mojibakeRule]);
  assert.equal(lossy.length, 1);
  assert.equal(lossy[0].fix, undefined);
  assert.match(lossy[0].message, /cannot be repaired/);
});

test('replacement-character: reported, quick fixes only', () => {
  const [plain] = runRules('IOM\ufffds policy', [replacementCharacter]);
  assert.equal(plain.ruleId, 'replacement-character');
  assert.equal(plain.severity, 'error');
  assert.equal(plain.fix, undefined);
  assert.deepEqual(plain.suggestions, [{ desc: 'Delete the replacement character', fix: { range: [3, 4], text: '' } }]);
  const [quote] = runRules('â€œlossy decodingâ€\ufffd', [replacementCharacter]);
  assert.equal(quote.fix, undefined);
  assert.deepEqual(quote.suggestions?.[0], { desc: 'Restore ”', fix: { range: [17, 20], text: '”' } });
  assert.deepEqual(runRules('clean text, é', [replacementCharacter]), []);
});

test('invisible-character: zero-width spaces, soft hyphens, stray controls; emoji joiners kept', () => {
  const text = 'Pro\u200bgramme coordi\u00adnation budget\u0081 ok\u200b\u200b. 👩\u200d💻 \ufeffx';
  const findings = runRules(text, [invisibleCharacter]);
  assert.deepEqual(
    findings.map((f) => [text.slice(...f.range), f.fix?.text]),
    [
      ['\u200b', ''],
      ['\u00ad', ''],
      ['\u0081', ''],
      ['\u200b\u200b', ''],
      ['\ufeff', ''],
    ],
  );
  assert.match(findings[1].message, /soft hyphen \(U\+00AD\) inside a word/);
  assert.deepEqual(runRules('\ufeffA BOM at the start belongs to the file', [invisibleCharacter]), []);
  // A C1 character that windows-1252 explains is mojibake, not an invisible character.
  assert.deepEqual(runRules('don\u0092t', [invisibleCharacter]), []);
  // A soft hyphen inside a mojibake unit ("Ă\u00ad" is í) belongs to mojibake.
  assert.deepEqual(runRules('OceanĂ\u00ada', [invisibleCharacter]), []);
});

test('invisible-character: the fast prefilter covers every candidate, and runs are found where it matches other characters', () => {
  const missed: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (!isCandidate(code)) continue;
    const re = new RegExp(MAY_BE_CANDIDATE.source);
    if (!re.test(String.fromCharCode(code))) missed.push(code.toString(16));
  }
  assert.deepEqual(missed, [], 'every candidate matches the prefilter');
  // "€", Greek and an emoji match the prefilter but are not candidates: they end a run and are skipped
  const text = '\u200b€\u200b\u200bαβ 😀\u2060x\u200b';
  assert.deepEqual(
    runRules(text, [invisibleCharacter]).map((f) => f.range),
    [
      [0, 1],
      [2, 4],
      [9, 10],
      [11, 12],
    ],
  );
});

test('detectFileEncoding: UTF-8 as is; other bytes get the most likely code page', () => {
  assert.deepEqual(detectFileEncoding(new TextEncoder().encode('Référence')), { encoding: 'utf-8', text: 'Référence', confident: true });
  assert.deepEqual(detectFileEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), { encoding: 'utf-8-bom', text: 'A', confident: true });
  const seed003 = repairText(readFileSync(new URL('../fixtures/seeds/003_c438627fc1cbbbd6.txt', import.meta.url), 'utf8'));
  const texts: Array<[string, string, string]> = [
    [seed003.replace(/[–’“”•œ…📲🚀\u00a0]/gu, ' '), 'windows1252', 'windows-1252'],
    ['Descripción del puesto: Título universitario y experiencia de cinco años; ¿Quién?', 'windows1252', 'windows-1252'],
    ['Międzynarodowa Organizacja do spraw Migracji; zażółć gęślą jaźń. Łódź.', 'windows1250', 'windows-1250'],
    ['Mezinárodní organizace pro migraci; příliš žluťoučký kůň úpěl ďábelské ódy.', 'windows1250', 'windows-1250'],
    ['Международная организация по миграции — агентство ООН.', 'windows1251', 'windows-1251'],
    ['Uluslararası Göç Örgütü; İstanbul, Ankara, İzmir. Çocuklar ve öğretmenler.', 'windows1254', 'windows-1254'],
    ['องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน', 'windows874', 'windows-874'],
  ];
  for (const [text, page, name] of texts) {
    const result = detectFileEncoding(new Uint8Array(iconv.encode(text, page)));
    assert.equal(result.encoding, name, name);
    assert.equal(result.text, text, name);
    assert.equal(result.confident, true, name);
  }
  // Too little to tell: a guess, marked as such.
  const guess = detectFileEncoding(new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
  assert.equal(guess.encoding, 'windows-1252');
  assert.equal(guess.confident, false);
});

test('the candidate pages', () => {
  assert.deepEqual([...CODE_PAGES], ['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1251', 'windows-1257', 'windows-874', 'macroman', 'cp437']);
});

test('speed: 1 MB documents (CPU time, median of 5)', () => {
  const seeds = ['000_69da530b2b68d435', '001_4e1f4660e833a58a', '002_30a3f6f16e702069', '003_c438627fc1cbbbd6', '004_2ecb6e3aa17e87ad'].map((name) =>
    readFileSync(new URL(`../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8'),
  );
  const build = (parts: string[]) => {
    let s = '';
    for (let i = 0; s.length < 1_000_000; i++) s += parts[i % parts.length] + '\n';
    return s;
  };
  const measure = (text: string) => {
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const before = process.cpuUsage();
      findMojibake(text + ' '.repeat(r)); // a different text each time: no cache
      const used = process.cpuUsage(before);
      times.push((used.user + used.system) / 1000);
    }
    return times.sort((a, b) => a - b)[2];
  };
  const clean = measure(build([seeds[0], seeds[1], seeds[4]]));
  const mixed = measure(build(seeds));
  const damaged = measure(build([seeds[3]]));
  console.log(`1 MB: clean ${clean.toFixed(1)} ms, all five seeds ${mixed.toFixed(1)} ms, seed 003 only (every line damaged) ${damaged.toFixed(1)} ms`);
  assert.ok(clean < 50, `clean ${clean} ms`);
  assert.ok(mixed < 150, `mixed ${mixed} ms`);
  assert.ok(damaged < 250, `damaged ${damaged} ms`);
});
