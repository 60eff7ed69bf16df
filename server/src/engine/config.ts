/**
 * Configuration files: discovery, `extends`, validation and merging.
 *
 * A notice's config is the merge of every config file found from the
 * filesystem root down to the notice's folder (nearest wins), stopping early
 * at a file with `"root": true`. Per folder, the first of these is used:
 * `.vnlintrc.json`, `.vnlintrc`, `.vnlintrc.yaml`, `.vnlintrc.yml`, then the
 * `"vnlint"` key of `package.json`. Config is DATA ONLY: JSON or YAML, never
 * code; `extends` names other JSON/YAML files (relative paths) or packages
 * (their `package.json` "vnlint" key, or a `.json`/`.yaml` file inside them).
 * An invalid config throws ConfigError naming the file and the key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse as parseYaml } from 'yaml';
import type { RuleSetting, VnlintConfig } from './types.js';
import { parseGrade } from '../template/grades.js';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    detail: string,
  ) {
    super(`invalid config in "${file}"${key ? ` at "${key}"` : ''}: ${detail}`);
  }
}

/** A config file as written (after `extends` is resolved, before merging with parents). */
export interface ConfigFile extends VnlintConfig {
  root?: boolean;
  extends?: string | string[];
  $schema?: string;
}

export const CONFIG_FILE_NAMES = ['.vnlintrc.json', '.vnlintrc', '.vnlintrc.yaml', '.vnlintrc.yml'] as const;

const LANGUAGES = ['en', 'fr', 'es'];
const NOTICE_TYPES = ['VN', 'SVN', 'CFA', 'CFEOI', 'consultancy', 'internship', 'volunteer'];
const LEVELS = ['off', 'info', 'warn', 'warning', 'error', 0, 1, 2, 'on', true, false];
const TOP_KEYS = ['$schema', 'root', 'extends', 'rules', 'language', 'noticeType', 'type', 'grade', 'header', 'tables', 'maxFindingsPerRule', 'maxDocumentSize'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a parsed config; `knownRules` (when given) rejects unknown rule ids.
 * Returns the config with the alias `type` folded into `noticeType`.
 */
export function validateConfig(data: unknown, file: string, knownRules?: (id: string) => boolean): ConfigFile {
  if (!isObject(data)) throw new ConfigError(file, undefined, `expected an object, got ${data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data}`);
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.includes(key)) throw new ConfigError(file, key, `unknown key (expected one of: ${TOP_KEYS.filter((k) => k !== 'type').join(', ')})`);
  }
  const config: ConfigFile = {};
  if (data.$schema !== undefined) {
    if (typeof data.$schema !== 'string') throw new ConfigError(file, '$schema', 'expected a string');
  }
  if (data.root !== undefined) {
    if (typeof data.root !== 'boolean') throw new ConfigError(file, 'root', 'expected true or false');
    config.root = data.root;
  }
  if (data.extends !== undefined) {
    const list = typeof data.extends === 'string' ? [data.extends] : data.extends;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.length > 0)) {
      throw new ConfigError(file, 'extends', 'expected a path or package name, or a list of them');
    }
    config.extends = list as string[];
  }
  if (data.rules !== undefined) {
    if (!isObject(data.rules)) throw new ConfigError(file, 'rules', 'expected an object of rule-id: severity');
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(data.rules)) {
      const key = `rules.${id}`;
      if (knownRules && !knownRules(id)) throw new ConfigError(file, key, `unknown rule "${id}" (run "vnlint --list-rules")`);
      if (Array.isArray(setting)) {
        if (setting.length < 1 || setting.length > 2) throw new ConfigError(file, key, 'expected [severity] or [severity, {options}]');
        if (!LEVELS.includes(setting[0])) throw new ConfigError(file, `${key}[0]`, `invalid severity ${JSON.stringify(setting[0])} (expected "off", "info", "warn" or "error")`);
        if (setting.length === 2 && !isObject(setting[1])) throw new ConfigError(file, `${key}[1]`, 'rule options must be an object');
      } else if (!LEVELS.includes(setting as never)) {
        throw new ConfigError(file, key, `invalid severity ${JSON.stringify(setting)} (expected "off", "info", "warn" or "error", or [severity, {options}])`);
      }
      rules[id] = setting as RuleSetting;
    }
    config.rules = rules;
  }
  if (data.language !== undefined) {
    if (!LANGUAGES.includes(data.language as string)) throw new ConfigError(file, 'language', `expected one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(data.language)}`);
    config.language = data.language as VnlintConfig['language'];
  }
  const noticeTypeKey = data.noticeType !== undefined ? 'noticeType' : data.type !== undefined ? 'type' : undefined;
  if (noticeTypeKey) {
    const value = data[noticeTypeKey];
    if (!NOTICE_TYPES.includes(value as string)) throw new ConfigError(file, noticeTypeKey, `expected one of ${NOTICE_TYPES.join(', ')}, got ${JSON.stringify(value)}`);
    config.noticeType = value as VnlintConfig['noticeType'];
  }
  if (data.grade !== undefined) {
    const parsed = typeof data.grade === 'string' ? parseGrade(data.grade.trim()) : undefined;
    if (!parsed) throw new ConfigError(file, 'grade', `expected a grade such as "P-4", "G-6", "NO-B" or "UG", got ${JSON.stringify(data.grade)}`);
    config.grade = parsed.canonical;
  }
  if (data.header !== undefined) {
    if (data.header !== 'required' && data.header !== 'optional') throw new ConfigError(file, 'header', `expected "required" or "optional", got ${JSON.stringify(data.header)}`);
    config.header = data.header;
  }
  if (data.maxDocumentSize !== undefined) {
    const size = data.maxDocumentSize;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
      throw new ConfigError(file, 'maxDocumentSize', `expected a whole number of characters, got ${JSON.stringify(size)}`);
    }
    config.maxDocumentSize = size;
  }
  if (data.maxFindingsPerRule !== undefined) {
    const limit = data.maxFindingsPerRule;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
      throw new ConfigError(file, 'maxFindingsPerRule', `expected a whole number of at least 1, got ${JSON.stringify(limit)}`);
    }
    config.maxFindingsPerRule = limit;
  }
  if (data.tables !== undefined) {
    if (!isObject(data.tables)) throw new ConfigError(file, 'tables', 'expected an object of table overrides');
    config.tables = data.tables;
  }
  return config;
}

function parseConfigText(text: string, file: string): unknown {
  const base = path.basename(file);
  const yaml = /\.ya?ml$/i.test(base);
  try {
    if (yaml) return parseYaml(text, { prettyErrors: true });
    if (base === '.vnlintrc') {
      // JSON or YAML, like ESLint's legacy .eslintrc
      try {
        return JSON.parse(text);
      } catch {
        return parseYaml(text);
      }
    }
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, undefined, `cannot parse ${yaml ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`);
  }
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ConfigError(file, undefined, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** Merges `over` into `base`: rules per id, tables deeply, everything else replaced. */
export function mergeConfig(base: VnlintConfig, over: VnlintConfig): VnlintConfig {
  const merged: VnlintConfig = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined || key === 'root' || key === 'extends' || key === '$schema') continue;
    if (key === 'rules') merged.rules = { ...base.rules, ...(value as VnlintConfig['rules']) };
    else if (key === 'tables') merged.tables = deepMerge(base.tables ?? {}, value as Record<string, unknown>);
    else (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isObject(value) && isObject(base[key]) ? deepMerge(base[key] as Record<string, unknown>, value) : value;
  }
  return out;
}

export interface LoadOptions {
  /** Rejects unknown rule ids when given. */
  knownRules?: (id: string) => boolean;
}

/**
 * Loads one config file with its `extends` chain resolved (depth-first, in
 * order, the file's own settings last). `packageKey` reads package.json's "vnlint".
 */
export function loadConfigFile(file: string, options: LoadOptions = {}, seen: string[] = []): ConfigFile {
  const absolute = path.resolve(file);
  if (seen.includes(absolute)) throw new ConfigError(absolute, 'extends', `circular extends: ${[...seen, absolute].join(' -> ')}`);
  let data: unknown;
  if (path.basename(absolute) === 'package.json') {
    const pkg = parseConfigText(readText(absolute), absolute);
    data = isObject(pkg) ? pkg.vnlint : undefined;
    if (data === undefined) throw new ConfigError(absolute, 'vnlint', 'package.json has no "vnlint" key');
    try {
      return resolveExtends(validateConfig(data, absolute, options.knownRules), absolute, options, seen);
    } catch (error) {
      if (error instanceof ConfigError && error.file === absolute && error.key) throw new ConfigError(absolute, `vnlint.${error.key}`, error.message.replace(/^.*?: /, ''));
      throw error;
    }
  }
  data = parseConfigText(readText(absolute), absolute);
  return resolveExtends(validateConfig(data, absolute, options.knownRules), absolute, options, seen);
}

function resolveExtends(config: ConfigFile, file: string, options: LoadOptions, seen: string[]): ConfigFile {
  const list = config.extends as string[] | undefined;
  if (!list?.length) return config;
  let merged: VnlintConfig = {};
  for (const spec of list) {
    const target = resolveExtendsTarget(spec, file);
    merged = mergeConfig(merged, loadConfigFile(target, options, [...seen, file]));
  }
  const own = mergeConfig(merged, config);
  return { ...own, ...(config.root !== undefined ? { root: config.root } : {}) };
}

const DATA_FILE = /\.(json|ya?ml)$/i;

function resolveExtendsTarget(spec: string, from: string): string {
  const dir = path.dirname(from);
  if (spec.startsWith('.') || path.isAbsolute(spec)) {
    const target = path.resolve(dir, spec);
    if (!DATA_FILE.test(target) && !CONFIG_FILE_NAMES.includes(path.basename(target) as never)) {
      throw new ConfigError(from, 'extends', `"${spec}" is not a JSON or YAML file (config is data only: .json, .yaml, .yml)`);
    }
    if (!fs.existsSync(target)) throw new ConfigError(from, 'extends', `cannot find "${spec}" (looked at ${target})`);
    return target;
  }
  // A package: "pkg" (its package.json "vnlint" key or vnlintrc.json) or "pkg/file.json".
  const require = createRequire(path.join(dir, 'noop.js'));
  const match = /^((?:@[^/]+\/)?[^/]+)(?:\/(.+))?$/.exec(spec);
  if (!match) throw new ConfigError(from, 'extends', `"${spec}" is neither a relative path nor a package name`);
  let pkgJson: string;
  try {
    pkgJson = require.resolve(`${match[1]}/package.json`);
  } catch {
    throw new ConfigError(from, 'extends', `cannot find package "${match[1]}" (install it next to the config file)`);
  }
  const pkgDir = path.dirname(pkgJson);
  if (match[2]) {
    const target = path.join(pkgDir, match[2]);
    if (!DATA_FILE.test(target)) throw new ConfigError(from, 'extends', `"${spec}" is not a JSON or YAML file (config is data only)`);
    if (!fs.existsSync(target)) throw new ConfigError(from, 'extends', `cannot find "${spec}"`);
    return target;
  }
  for (const name of ['vnlintrc.json', '.vnlintrc.json', 'vnlintrc.yaml', '.vnlintrc.yaml']) {
    const candidate = path.join(pkgDir, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  const pkg = JSON.parse(readText(pkgJson)) as Record<string, unknown>;
  if (isObject(pkg.vnlint)) return pkgJson;
  throw new ConfigError(from, 'extends', `package "${match[1]}" has no vnlintrc.json and no "vnlint" key in its package.json`);
}

/** The config file of one folder, if any (the first of CONFIG_FILE_NAMES, then package.json's "vnlint"). */
export function configFileIn(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(dir, name);
    if (isFile(candidate)) return candidate;
  }
  const pkg = path.join(dir, 'package.json');
  if (isFile(pkg)) {
    try {
      const data = JSON.parse(fs.readFileSync(pkg, 'utf8')) as Record<string, unknown>;
      if (data && typeof data === 'object' && data.vnlint !== undefined) return pkg;
    } catch {
      // a broken package.json is not ours to report unless it is our config
    }
  }
  return undefined;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export interface ResolvedConfig {
  config: VnlintConfig;
  /** The config files merged, farthest first. */
  files: string[];
}

/**
 * Resolves configs per folder, caching each folder's result. `base` (from
 * `--config` or command-line flags) is applied on top when given as
 * `overrides`, and below the discovered files when given as `defaults`.
 */
export class ConfigResolver {
  private readonly folderCache = new Map<string, ResolvedConfig>();
  private readonly fileCache = new Map<string, ConfigFile>();

  constructor(
    private readonly options: LoadOptions & { useConfigFiles?: boolean; overrideFile?: string; overrides?: VnlintConfig } = {},
  ) {}

  /** The resolved config for a notice at `filePath`. */
  forFile(filePath: string): ResolvedConfig {
    const base = this.options.useConfigFiles === false ? { config: {}, files: [] } : this.forFolder(path.dirname(path.resolve(filePath)));
    let config = base.config;
    const files = [...base.files];
    if (this.options.overrideFile) {
      config = mergeConfig(config, this.load(this.options.overrideFile));
      files.push(path.resolve(this.options.overrideFile));
    }
    if (this.options.overrides) config = mergeConfig(config, this.options.overrides);
    return { config, files };
  }

  private load(file: string): ConfigFile {
    const absolute = path.resolve(file);
    let config = this.fileCache.get(absolute);
    if (!config) {
      config = loadConfigFile(absolute, this.options);
      this.fileCache.set(absolute, config);
    }
    return config;
  }

  private forFolder(dir: string): ResolvedConfig {
    const cached = this.folderCache.get(dir);
    if (cached) return cached;
    const file = configFileIn(dir);
    const own = file ? this.load(file) : undefined;
    const parentDir = path.dirname(dir);
    const parent = own?.root || parentDir === dir ? { config: {}, files: [] } : this.forFolder(parentDir);
    const resolved: ResolvedConfig = own ? { config: mergeConfig(parent.config, own), files: [...parent.files, file!] } : parent;
    this.folderCache.set(dir, resolved);
    return resolved;
  }
}
