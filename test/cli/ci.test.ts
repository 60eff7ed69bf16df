/**
 * The built `vnlint` binary as a CI engineer uses it: config files (JSON,
 * YAML, package.json, extends, per-folder merge, validation), ignore files,
 * stdin, directives, every output format (SARIF validated against the SARIF
 * 2.1.0 schema), --fix / --fix-dry-run / --fix-type, --max-warnings, --quiet,
 * --print-config, --output-file, --cache, parallel runs, and bad input.
 *
 * The only rule whose findings these tests rely on is missing-section (the
 * French sample lacks "Notes", the Spanish one "Idiomas"); automatic fixes
 * come from removing unused vnlint-disable comments (fix type "directive").
 * Tests run as root, so chmod 000 does not make a file unreadable here; an
 * unreadable path is simulated with a dangling symbolic link and with a
 * directory named like a notice; /proc/self/mem is a file that even root cannot read (EIO).
 *
 * test/fixtures/sarif-2.1.0.schema.json is the SARIF 2.1.0 JSON schema (draft-04, version
 * "2.1.0-rtm.5", the schema of the OASIS standard) as shipped in the npm package
 * @microsoft/jest-sarif (MIT), file lib/schemas/sarif-2.1.0-rtm.5.json; validated with ajv-draft-04.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from '../helpers.js';
import { parseJson, runVnlint, type JsonResult, type RunOptions } from './run.js';

const FR = fs.readFileSync(path.join(ROOT, 'samples', 'fr-charge-de-programme.vn.txt'), 'utf8'); // lacks Notes
const ES = fs.readFileSync(path.join(ROOT, 'samples', 'es-asistente-de-proyecto.vn.md'), 'utf8'); // lacks Idiomas
const EN = fs.readFileSync(path.join(ROOT, 'samples', 'en-programme-officer.vn.md'), 'utf8'); // clean

/** Runs the binary; `--only missing-section` is added (other rules land over time) unless `all` is set. */
function vnlint(args: string[], options: RunOptions & { all?: boolean } = {}) {
  return runVnlint([...(options.all ? [] : ['--only', 'missing-section']), ...args], options);
}
const json = parseJson;

/** A temporary project: { 'a/b.vn.md': 'text', ... }. */
function project(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vnlint-ci-')));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
const levels = (results: JsonResult[]) =>
  Object.fromEntries(results.map((result) => [path.basename(result.filePath), result.messages.map((m) => `${m.ruleId ?? 'null'}:${m.level}`)]));

// ---------------------------------------------------------------- config files

test('config: .vnlintrc.json found upward and merged per folder; nearest wins; root stops the search', () => {
  const dir = project({
    '.vnlintrc.json': JSON.stringify({ rules: { 'missing-section': 'warn' } }),
    'fr.vn.txt': FR,
    'strict/.vnlintrc.json': JSON.stringify({ rules: { 'missing-section': 'error' } }),
    'strict/fr.vn.txt': FR,
    'relaxed/.vnlintrc.yaml': 'rules:\n  missing-section: "off"\n',
    'relaxed/fr.vn.txt': FR,
    'relaxed/deeper/fr.vn.txt': FR,
    'pkg/package.json': JSON.stringify({ name: 'x', vnlint: { rules: { 'missing-section': 'info' } } }),
    'pkg/fr.vn.txt': FR,
    'isolated/.vnlintrc.json': JSON.stringify({ root: true, language: 'fr' }),
    'isolated/fr.vn.txt': FR,
  });
  const run = vnlint(['--format', 'json', '.'], { cwd: dir });
  const results = json(run.stdout);
  const byPath = Object.fromEntries(results.map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => m.level)]));
  assert.deepEqual(byPath['fr.vn.txt'], ['warning']);
  assert.deepEqual(byPath[path.join('strict', 'fr.vn.txt')], ['error']);
  assert.deepEqual(byPath[path.join('relaxed', 'fr.vn.txt')], []);
  assert.deepEqual(byPath[path.join('relaxed', 'deeper', 'fr.vn.txt')], [], 'a parent folder config applies below it');
  assert.deepEqual(byPath[path.join('pkg', 'fr.vn.txt')], ['info']);
  assert.deepEqual(byPath[path.join('isolated', 'fr.vn.txt')], ['error'], '"root": true ignores the parent warn setting');
  assert.equal(run.code, 1);
  // --no-config-lookup: defaults everywhere
  const plain = json(vnlint(['--format', 'json', '--no-config-lookup', '.'], { cwd: dir }).stdout);
  assert.ok(plain.every((r) => r.messages.length === 1 && r.messages[0].level === 'error'));
});

test('config: extends (relative file and package), command-line --rule wins over files, --config on top', () => {
  const dir = project({
    'presets/base.yaml': 'rules:\n  missing-section: info\nlanguage: fr\n',
    '.vnlintrc.json': JSON.stringify({ extends: './presets/base.yaml', grade: 'p4' }),
    'node_modules/@iom/vnlint-preset/package.json': JSON.stringify({ name: '@iom/vnlint-preset', version: '1.0.0', vnlint: { rules: { 'missing-section': 'warn' }, header: 'required' } }),
    'team/.vnlintrc.json': JSON.stringify({ extends: ['@iom/vnlint-preset'] }),
    'team/fr.vn.txt': FR,
    'fr.vn.txt': FR,
    'override.json': JSON.stringify({ rules: { 'missing-section': 'off' } }),
  });
  const printed = vnlint(['--print-config', 'fr.vn.txt'], { cwd: dir });
  assert.equal(printed.code, 0, printed.stderr);
  assert.deepEqual(JSON.parse(printed.stdout), { rules: { 'missing-section': 'info' }, language: 'fr', grade: 'P-4' });
  const team = JSON.parse(vnlint(['--print-config', 'team/fr.vn.txt'], { cwd: dir }).stdout);
  assert.deepEqual(team, { rules: { 'missing-section': 'warn' }, language: 'fr', grade: 'P-4', header: 'required' });
  assert.deepEqual(levels(json(vnlint(['--format', 'json', 'team/fr.vn.txt'], { cwd: dir }).stdout)), { 'fr.vn.txt': ['missing-section:warning'] });
  assert.deepEqual(levels(json(vnlint(['--format', 'json', '--rule', 'missing-section=error', 'team/fr.vn.txt'], { cwd: dir }).stdout)), { 'fr.vn.txt': ['missing-section:error'] });
  assert.deepEqual(levels(json(vnlint(['--format', 'json', '-c', 'override.json', 'team/fr.vn.txt'], { cwd: dir }).stdout)), { 'fr.vn.txt': [] });
  // --language is a command-line override of the config's notice defaults
  assert.equal(JSON.parse(vnlint(['--language', 'es', '--print-config', 'fr.vn.txt'], { cwd: dir }).stdout).language, 'es');
  const badLanguage = vnlint(['--language', 'de', 'fr.vn.txt'], { cwd: dir });
  assert.equal(badLanguage.code, 2);
  assert.match(badLanguage.stderr, /invalid --language "de"/);
  assert.deepEqual(
    levels(json(vnlint(['--format', 'json', '--rule', 'missing-section:["warn",{}]', 'fr.vn.txt'], { cwd: dir }).stdout)),
    { 'fr.vn.txt': ['missing-section:warning'] },
  );
});

test('config: invalid config exits 2 with a message naming the file and the key', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ '.vnlintrc.json': '{"rules": {"missing-section": "loud"}}' }, /\.vnlintrc\.json" at "rules\.missing-section": invalid severity "loud"/],
    [{ '.vnlintrc.json': '{"rules": {"no-such-rule": "warn"}}' }, /\.vnlintrc\.json" at "rules\.no-such-rule": unknown rule/],
    [{ '.vnlintrc.json': '{"lanugage": "fr"}' }, /\.vnlintrc\.json" at "lanugage": unknown key/],
    [{ '.vnlintrc.json': '{"language": "de"}' }, /at "language": expected one of en, fr, es/],
    [{ '.vnlintrc.json': '{"grade": "P-9"}' }, /at "grade"/],
    [{ '.vnlintrc.json': '{"rules": ' }, /\.vnlintrc\.json": cannot parse JSON/],
    [{ '.vnlintrc.yaml': 'rules:\n  missing-section: [warn, 3]\n' }, /\.vnlintrc\.yaml" at "rules\.missing-section\[1\]": rule options must be an object/],
    [{ '.vnlintrc.yaml': 'rules: [\n' }, /\.vnlintrc\.yaml": cannot parse YAML/],
    [{ 'package.json': '{"vnlint": {"header": "maybe"}}' }, /package\.json" at "vnlint\.header"/],
    [{ '.vnlintrc.json': '{"extends": "./preset.js"}' }, /at "extends": "\.\/preset\.js" is not a JSON or YAML file/],
    [{ '.vnlintrc.json': '{"extends": "no-such-preset-package"}' }, /at "extends": cannot find package "no-such-preset-package"/],
    [{ '.vnlintrc.json': '{"extends": "./a.json"}', 'a.json': '{"extends": "./.vnlintrc.json"}' }, /circular extends/],
  ];
  for (const [files, expected] of cases) {
    const dir = project({ ...files, 'fr.vn.txt': FR });
    const run = vnlint(['fr.vn.txt'], { cwd: dir });
    assert.equal(run.code, 2, `${JSON.stringify(files)}: ${run.stderr}`);
    assert.match(run.stderr, expected);
    assert.match(run.stderr, new RegExp(dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'the message names the file by its path');
    assert.equal(run.stdout, '');
  }
  const missingConfig = vnlint(['-c', 'nope.json', 'samples']);
  assert.equal(missingConfig.code, 2);
  assert.match(missingConfig.stderr, /nope\.json/);
});

test('config: the JSON schema accepts what the loader accepts and rejects what it rejects', async () => {
  const { default: Ajv7 } = await import('ajv');
  const ajv = new Ajv7({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'vnlintrc.schema.json'), 'utf8')));
  const good = [{}, { rules: { 'missing-section': 'warn' } }, { rules: { 'missing-section': ['error', { a: 1 }] } }, { extends: ['./a.json', 'pkg'], root: true, language: 'es', noticeType: 'CFA', grade: 'NO-B', header: 'required', tables: { x: 1 } }];
  const bad = [{ rules: { 'missing-section': 'loud' } }, { lanugage: 'fr' }, { language: 'de' }, { grade: 'P-9' }, { header: 'maybe' }, { rules: { 'missing-section': ['warn', 3] } }];
  for (const config of good) assert.ok(validate(config), JSON.stringify([config, validate.errors]));
  for (const config of bad) assert.ok(!validate(config), JSON.stringify(config));
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: ['.vnlintrc.json', '.vnlintrc'], url: './schemas/vnlintrc.schema.json' }]);
});

// ---------------------------------------------------------------- files, ignore, stdin

test('.vnlintignore (gitignore syntax), --ignore-path, --ignore-pattern, --no-ignore', () => {
  const dir = project({
    '.vnlintignore': '# drafts are not checked\ndrafts/\n*.old.md\n!keep.old.md\n',
    'a.vn.txt': FR,
    'drafts/b.vn.txt': FR,
    'c.old.md': FR,
    'keep.old.md': FR,
    'other-ignore': 'a.vn.txt\n',
  });
  const names = (run: { stdout: string }) => json(run.stdout).map((r) => path.relative(dir, r.filePath)).sort();
  assert.deepEqual(names(vnlint(['--format', 'json', '.'], { cwd: dir })), ['a.vn.txt', 'keep.old.md']);
  assert.deepEqual(names(vnlint(['--format', 'json', '--no-ignore', '.'], { cwd: dir })), ['a.vn.txt', 'c.old.md', path.join('drafts', 'b.vn.txt'), 'keep.old.md']);
  assert.deepEqual(names(vnlint(['--format', 'json', '--ignore-path', 'other-ignore', '.'], { cwd: dir })), ['c.old.md', path.join('drafts', 'b.vn.txt'), 'keep.old.md']);
  assert.deepEqual(names(vnlint(['--format', 'json', '--ignore-pattern', 'keep.*', '.'], { cwd: dir })), ['a.vn.txt']);
  assert.deepEqual(names(vnlint(['--format', 'json', '**/*.vn.txt'], { cwd: dir })), ['a.vn.txt']);
  // a file named explicitly but ignored: one warning, as ESLint does
  const explicit = vnlint(['--format', 'json', 'drafts/b.vn.txt'], { cwd: dir });
  assert.equal(explicit.code, 0);
  const [result] = json(explicit.stdout);
  assert.equal(result.messages.length, 1);
  assert.match(result.messages[0].message, /File ignored because of a matching ignore pattern/);
  // everything a pattern matches is ignored: fatal, so a typo in CI does not pass silently
  const allIgnored = vnlint(['drafts'], { cwd: dir });
  assert.equal(allIgnored.code, 2);
  assert.match(allIgnored.stderr, /all files in directory "drafts" are ignored/);
  const missingIgnore = vnlint(['--ignore-path', 'nope', '.'], { cwd: dir });
  assert.equal(missingIgnore.code, 2);
  assert.match(missingIgnore.stderr, /cannot read the ignore file "nope"/);
});

test('--stdin with --stdin-filename: config lookup, ignore and the reported path follow the name', () => {
  const dir = project({ 'team/.vnlintrc.json': JSON.stringify({ rules: { 'missing-section': 'warn' } }), '.vnlintignore': 'ignored/\n' });
  const plain = vnlint(['--stdin', '--format', 'json'], { cwd: dir, input: FR });
  assert.equal(plain.code, 1);
  assert.equal(json(plain.stdout)[0].filePath, path.join(dir, '<stdin>'));
  const named = vnlint(['--stdin', '--stdin-filename', 'team/notice.vn.txt', '--format', 'json'], { cwd: dir, input: FR });
  assert.equal(named.code, 0, 'the team folder config makes it a warning');
  const [result] = json(named.stdout);
  assert.equal(result.filePath, path.join(dir, 'team', 'notice.vn.txt'));
  assert.deepEqual(result.messages.map((m) => m.level), ['warning']);
  const ignored = json(vnlint(['--stdin', '--stdin-filename', 'ignored/x.vn.txt', '--format', 'json'], { cwd: dir, input: FR }).stdout);
  assert.match(ignored[0].messages[0].message, /File ignored/);
  const fix = vnlint(['--stdin', '--fix'], { cwd: dir, input: FR });
  assert.equal(fix.code, 2);
  assert.match(fix.stderr, /--fix cannot write to standard input; use --fix-dry-run/);
  const dry = vnlint(['--stdin', '--fix-dry-run', '--report-unused-disable-directives', '--format', 'json'], { cwd: dir, input: `<!-- vnlint-disable-file missing-section -->\n${EN}` });
  assert.equal(json(dry.stdout)[0].output, EN);
  assert.equal(vnlint(['--stdin-filename', 'x.vn.txt', 'samples']).code, 2);
  assert.equal(vnlint(['--stdin', 'samples'], { input: FR }).code, 2);
});

test('bad input: unknown option, dangling symlink, directory named like a notice, binary file, 5 MB file', () => {
  const unknown = vnlint(['--frobnicate', 'samples'], { all: true });
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Unknown option '--frobnicate'/);
  assert.match(unknown.stderr, /vnlint --help/);

  // root can read any file, so "unreadable" is simulated: a symlink to nothing, named explicitly or found in a folder
  const dir = project({ 'ok.vn.txt': EN });
  fs.symlinkSync(path.join(dir, 'gone.vn.txt'), path.join(dir, 'dangling.vn.txt'));
  const explicit = vnlint(['dangling.vn.txt'], { cwd: dir });
  assert.equal(explicit.code, 2);
  assert.match(explicit.stderr, /cannot read "dangling\.vn\.txt": a symbolic link to a missing file/);
  // in a folder, a dangling link is not a notice (the directory walk skips it), as git and ESLint do
  const inFolder = vnlint(['--format', 'json', '.'], { cwd: dir });
  assert.equal(inFolder.code, 0, inFolder.stderr);
  assert.deepEqual(json(inFolder.stdout).map((r) => path.basename(r.filePath)), ['ok.vn.txt']);
  // a file that exists but cannot be read (EIO even for root): exit 2, the message names it
  if (fs.existsSync('/proc/self/mem')) {
    const unreadable = vnlint(['/proc/self/mem']);
    assert.equal(unreadable.code, 2);
    assert.match(unreadable.stderr, /^vnlint: cannot read "\/proc\/self\/mem": /);
  }

  const dirNamedLikeFile = project({});
  fs.mkdirSync(path.join(dirNamedLikeFile, 'notice.vn.md'));
  const asDir = vnlint(['notice.vn.md'], { cwd: dirNamedLikeFile });
  assert.equal(asDir.code, 2);
  assert.match(asDir.stderr, /no notices found in directory "notice\.vn\.md"/);

  const binary = project({ 'logo.vn.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]) });
  const binaryRun = vnlint(['--format', 'json', 'logo.vn.md'], { cwd: binary });
  assert.equal(binaryRun.code, 1);
  assert.match(json(binaryRun.stdout)[0].messages[0].message, /Binary file/);

  // 5 MB: the French sample repeated. Over the default maxDocumentSize (1 MiB) it gets one clear
  // warning instead of a multi-second lint; with the limit raised in the config it is linted whole:
  // every copy lacks Notes, but the notice is one file, so one finding at the end.
  let big = '';
  while (big.length < 5 * 1024 * 1024) big += FR + '\n\n';
  const large = project({ 'big.vn.txt': big });
  const skipped = vnlint(['--format', 'json', 'big.vn.txt'], { cwd: large });
  assert.equal(skipped.code, 0, skipped.stderr);
  const [skippedResult] = json(skipped.stdout);
  assert.equal(skippedResult.messages.length, 1);
  assert.equal(skippedResult.messages[0].ruleId, null);
  assert.match(skippedResult.messages[0].message, /^Not linted: the document is 5\.0 MB, over vnlint's limit of 1\.0 MB \(setting maxDocumentSize\)/);
  const raised = project({ 'big.vn.txt': big, '.vnlintrc.json': JSON.stringify({ maxDocumentSize: 8 * 1024 * 1024 }) });
  const bigRun = vnlint(['--format', 'json', 'big.vn.txt'], { cwd: raised });
  assert.equal(bigRun.code, 1, bigRun.stderr);
  const [bigResult] = json(bigRun.stdout);
  assert.ok(bigResult.messages.some((m) => m.ruleId === 'missing-section'));
  assert.ok(bigResult.messages.every((m) => m.line >= 1 && m.line <= big.split('\n').length));
});

// ---------------------------------------------------------------- formats

test('--format sarif validates against the SARIF 2.1.0 schema and carries what GitHub code scanning needs', () => {
  const dir = project({ 'notices/fr.vn.txt': FR, 'notices/es.vn.md': ES, 'notices/en.vn.md': `<!-- vnlint-disable -->\n${EN}`, 'bin.vn.md': Buffer.from([0, 1, 2, 0]) });
  const run = vnlint(['--format', 'sarif', '--report-unused-disable-directives-severity', 'warn', '.'], { cwd: dir });
  assert.equal(run.code, 1);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const log = JSON.parse(run.stdout) as { version: string; runs: any[] };
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-2.1.0.schema.json'), 'utf8')));
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
  // the validator does reject what the schema forbids
  const broken = JSON.parse(run.stdout);
  broken.runs[0].results[0].level = 'fatal';
  assert.ok(!validate(broken), 'an invalid level is rejected');
  assert.ok(!validate({ ...log, version: '2.0.0' }), 'another SARIF version is rejected');
  const [runLog] = log.runs;
  const rules = runLog.tool.driver.rules as Array<{ id: string; helpUri?: string }>;
  const missingRule = rules.find((rule) => rule.id === 'missing-section')!;
  assert.equal(missingRule.helpUri, 'https://github.com/vnlint/vnlint/blob/main/docs/rules/missing-section.md');
  const results = runLog.results as Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }>;
  const byUri = Object.fromEntries(results.map((r) => [r.locations[0].physicalLocation.artifactLocation.uri, r]));
  assert.deepEqual(Object.keys(byUri).sort(), ['bin.vn.md', 'notices/en.vn.md', 'notices/es.vn.md', 'notices/fr.vn.txt']);
  const fr = byUri['notices/fr.vn.txt'];
  assert.equal(fr.ruleId, 'missing-section');
  assert.equal(rules[fr.ruleIndex].id, fr.ruleId);
  assert.equal(fr.level, 'error');
  assert.match(fr.message.text, /Notes/);
  const region = fr.locations[0].physicalLocation.region;
  assert.equal(region.startLine, FR.trimEnd().split('\n').length, 'the last line of the notice');
  for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(region[key] >= 1, key);
  assert.equal(byUri['notices/en.vn.md'].level, 'warning');
  assert.equal(byUri['notices/en.vn.md'].ruleId, 'directive');
  assert.equal(byUri['bin.vn.md'].ruleId, 'file-error');
});

test('--format github: workflow commands with escaped properties and data', () => {
  const dir = project({ 'a,b:c%.vn.txt': FR, 'es.vn.md': ES });
  const run = vnlint(['--format', 'github', '--rule', 'missing-section=warn', '.'], { cwd: dir });
  assert.equal(run.code, 0);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 2);
  const frLine = FR.trimEnd().split('\n').length;
  assert.match(lines[0], new RegExp(`^::warning file=a%2Cb%3Ac%25\\.vn\\.txt,line=${frLine},col=1,endLine=${frLine},endColumn=\\d+,title=missing-section::Section “Notes” is missing`));
  assert.match(lines[1], /^::warning file=es\.vn\.md,line=\d+,col=1,endLine=\d+,endColumn=\d+,title=missing-section::Section “Idiomas” is missing/);
  const info = vnlint(['--format', 'github', '--rule', 'missing-section=info', 'es.vn.md'], { cwd: dir });
  assert.match(info.stdout, /^::notice file=es\.vn\.md/);
});

test('--format junit writes well-formed XML; --output-file writes the report instead of stdout', () => {
  const dir = project({ 'fr.vn.txt': FR, 'en.vn.md': EN, 'x & <y>.vn.md': ES });
  const run = vnlint(['--format', 'junit', '--output-file', 'reports/vnlint.xml', '.'], { cwd: dir });
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '', 'nothing on stdout with --output-file');
  const xml = fs.readFileSync(path.join(dir, 'reports', 'vnlint.xml'), 'utf8');
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites name="vnlint">/);
  assert.equal((xml.match(/<testsuite /g) ?? []).length, 3);
  assert.equal((xml.match(/<failure /g) ?? []).length, 2);
  assert.match(xml, /name="x &amp; &lt;y&gt;\.vn\.md"/);
  // balanced tags, no raw ampersands
  assert.equal((xml.match(/<testcase /g) ?? []).length, (xml.match(/<\/testcase>|<testcase [^>]*\/>/g) ?? []).length);
  assert.doesNotMatch(xml.replace(/&(amp|lt|gt|quot|apos);/g, ''), /&/);
  const jsonFile = vnlint(['--format', 'json', '-o', 'out.json', 'fr.vn.txt'], { cwd: dir });
  assert.equal(jsonFile.code, 1);
  assert.equal(json(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'))[0].errorCount, 1);
});

test('stylish: colours only when forced or on a TTY', () => {
  assert.doesNotMatch(vnlint(['samples/fr-charge-de-programme.vn.txt']).stdout, /\u001b\[/);
  assert.match(vnlint(['--color', 'samples/fr-charge-de-programme.vn.txt']).stdout, /\u001b\[/);
  assert.doesNotMatch(vnlint(['--color', '--no-color', 'samples/fr-charge-de-programme.vn.txt']).stdout, /\u001b\[/);
});

// ---------------------------------------------------------------- exit codes, warnings

test('--max-warnings and --quiet: ESLint exit codes', () => {
  const dir = project({ 'fr.vn.txt': FR, 'es.vn.md': ES, '.vnlintrc.json': JSON.stringify({ rules: { 'missing-section': 'warn' } }) });
  assert.equal(vnlint(['.'], { cwd: dir }).code, 0, 'warnings alone exit 0');
  assert.equal(vnlint(['--max-warnings', '2', '.'], { cwd: dir }).code, 0);
  const tooMany = vnlint(['--max-warnings', '1', '.'], { cwd: dir });
  assert.equal(tooMany.code, 1);
  assert.match(tooMany.stderr, /too many warnings \(maximum: 1\)/);
  assert.equal(vnlint(['--max-warnings=-1', '.'], { cwd: dir }).code, 0, '-1 means no limit');
  assert.equal(vnlint(['--max-warnings', 'x', '.'], { cwd: dir }).code, 2);
  const quiet = vnlint(['--quiet', '--format', 'json', '.'], { cwd: dir });
  assert.equal(quiet.code, 0);
  assert.ok(json(quiet.stdout).every((r) => r.messages.length === 0), '--quiet hides warnings');
  assert.equal(vnlint(['--quiet', '--max-warnings', '0', '.'], { cwd: dir }).code, 1, 'hidden warnings still count');
  const errors = vnlint(['--quiet', '--format', 'json', '--rule', 'missing-section=error', '.'], { cwd: dir });
  assert.equal(errors.code, 1);
  assert.equal(json(errors.stdout).reduce((n, r) => n + r.messages.length, 0), 2);
  assert.equal(vnlint(['--rule', 'missing-section=off', '.'], { cwd: dir }).code, 0);
  assert.equal(vnlint(['--rule', 'missing-section=loud', '.'], { cwd: dir }).code, 2);
  assert.equal(vnlint(['--concurrency', 'many', '.'], { cwd: dir }).code, 2);
});

// ---------------------------------------------------------------- fixes

const UNUSED = '<!-- vnlint-disable-file missing-section -->';

test('--fix / --fix-dry-run / --fix-type: unused directives removed; CRLF and BOM kept; atomic writes leave no temp files', () => {
  const crlf = `\uFEFF${UNUSED}\r\n${EN.replace(/\n/g, '\r\n')}`;
  const dir = project({ 'crlf.vn.md': crlf, 'lf.vn.md': `${UNUSED}\n${EN}`, 'used.vn.txt': `${UNUSED}\n${FR}`, 'untouched.vn.md': EN });
  const before = Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name))]));
  // without the report flag an unused directive is no finding, so nothing to fix
  vnlint(['--fix', '.'], { cwd: dir });
  for (const name of Object.keys(before)) assert.deepEqual(fs.readFileSync(path.join(dir, name)), before[name], name);
  // dry run: output printed, nothing written
  const dry = vnlint(['--fix-dry-run', '--report-unused-disable-directives', '--format', 'json', '.'], { cwd: dir });
  const outputs = Object.fromEntries(json(dry.stdout).map((r) => [path.basename(r.filePath), r.output]));
  assert.equal(outputs['crlf.vn.md'], `\uFEFF${EN.replace(/\n/g, '\r\n')}`);
  assert.equal(outputs['lf.vn.md'], EN);
  assert.equal(outputs['used.vn.txt'], undefined, 'a directive that suppresses something stays');
  assert.equal(outputs['untouched.vn.md'], undefined);
  for (const name of Object.keys(before)) assert.deepEqual(fs.readFileSync(path.join(dir, name)), before[name], name);
  // --fix-type problem: directive fixes are not of that type
  vnlint(['--fix', '--fix-type', 'problem', '--report-unused-disable-directives', '.'], { cwd: dir });
  for (const name of Object.keys(before)) assert.deepEqual(fs.readFileSync(path.join(dir, name)), before[name], name);
  assert.equal(vnlint(['--fix', '--fix-type', 'cosmetic', '.'], { cwd: dir }).code, 2);
  assert.equal(vnlint(['--fix-type', 'directive', '.'], { cwd: dir }).code, 2, '--fix-type needs --fix');
  // --fix-type directive: written, byte for byte
  const fixed = vnlint(['--fix', '--fix-type', 'directive', '--report-unused-disable-directives', '--format', 'json', '.'], { cwd: dir });
  assert.equal(fixed.code, 0, 'the exit code follows what is left after fixing: nothing');
  assert.deepEqual(fs.readFileSync(path.join(dir, 'crlf.vn.md')), Buffer.from(`\uFEFF${EN.replace(/\n/g, '\r\n')}`, 'utf8'));
  assert.deepEqual(fs.readFileSync(path.join(dir, 'lf.vn.md')), Buffer.from(EN, 'utf8'));
  assert.deepEqual(fs.readFileSync(path.join(dir, 'used.vn.txt')), before['used.vn.txt']);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'untouched.vn.md')), before['untouched.vn.md']);
  assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')), []);
});

test('--fix-type: each rule fixes under its meta.type (layout, suggestion, problem)', () => {
  const sample = fs.readFileSync(path.join(ROOT, 'samples', 'en-draft-with-defects.vn.txt'), 'utf8');
  const dir = project({ 'draft.vn.txt': sample });
  const fixedRules = (type: string) => {
    const run = vnlint(['--fix-dry-run', '--fix-type', type, '--format', 'json', '.'], { cwd: dir, all: true });
    const [result] = json(run.stdout);
    const after = result.output === undefined ? [] : json(vnlint(['--stdin', '--stdin-filename', 'draft.vn.txt', '--format', 'json'], { cwd: dir, all: true, input: result.output }).stdout)[0].messages;
    const before = json(vnlint(['--format', 'json', '.'], { cwd: dir, all: true }).stdout)[0].messages;
    const gone = before.filter((m) => m.fix && !after.some((a) => a.ruleId === m.ruleId && a.message === m.message)).map((m) => m.ruleId);
    return result.output === undefined ? [] : [...new Set(gone)].sort();
  };
  assert.deepEqual(fixedRules('layout'), ['list-numbering']);
  assert.deepEqual(fixedRules('suggestion'), ['grade-format']);
  assert.deepEqual(fixedRules('problem'), ['count-mismatch', 'job-board-noise', 'mojibake', 'repeated-word']);
  assert.deepEqual(fixedRules('layout,suggestion,problem'), ['count-mismatch', 'grade-format', 'job-board-noise', 'list-numbering', 'mojibake', 'repeated-word']);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'draft.vn.txt'), 'utf8'), sample, 'a dry run writes nothing');
});
