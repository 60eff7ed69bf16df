/**
 * VS Code settings (`vnlint.*`) → the engine's VnlintConfig. The settings mean
 * exactly what the same keys mean in a `.vnlintrc.*` file: each one goes
 * through the config file's own validation (engine/config.ts
 * `validateConfig`: same severities, grade canonicalised, same errors).
 * `run`, `enable` and `noticeGlobs` are editor-only. Resolution order
 * (architecture doc): defaults < config file < editor settings; a setting left
 * at its default ("auto", "", {}) does not override the file.
 */
import { ConfigError, mergeConfig as mergeConfigs, validateConfig } from '../engine/config.js';
import type { VnlintConfig } from '../engine/types.js';
import { ruleById } from '../rules/index.js';

export interface EditorSettings {
  enable: boolean;
  /** Lint while typing (default) or only when the file is saved. */
  run: 'onType' | 'onSave';
  config: VnlintConfig;
  /** Settings that were ignored, with the reason (shown once to the user). */
  problems: string[];
}

export const DEFAULT_SETTINGS: EditorSettings = { enable: true, run: 'onType', config: {}, problems: [] };

const SOURCE = 'settings (vnlint.*)';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the `vnlint` settings section; an invalid key is dropped and reported, the others still apply. */
export function settingsFrom(raw: unknown): EditorSettings {
  if (!isObject(raw)) return DEFAULT_SETTINGS;
  const problems: string[] = [];
  const shared: Record<string, unknown> = {};
  if (isObject(raw.rules)) {
    const rules: Record<string, unknown> = {};
    for (const [id, setting] of Object.entries(raw.rules)) rules[id] = setting;
    if (Object.keys(rules).length) shared.rules = rules;
  }
  for (const key of ['language', 'noticeType', 'grade'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() && value !== 'auto') shared[key] = value.trim();
  }
  // 'optional' is the default: leave it to the config file
  if (raw.header === 'required') shared.header = 'required';
  if (isObject(raw.tables) && Object.keys(raw.tables).length) shared.tables = raw.tables;

  let config: VnlintConfig = {};
  for (const [key, value] of Object.entries(shared)) {
    // validated key by key (and rule by rule) so one bad entry does not void the others
    const entries = key === 'rules' ? Object.entries(value as Record<string, unknown>).map(([id, setting]) => ({ rules: { [id]: setting } })) : [{ [key]: value }];
    for (const entry of entries) {
      try {
        config = mergeConfigs(config, validateConfig(entry, SOURCE, (id) => ruleById(id) !== undefined));
      } catch (error) {
        problems.push(error instanceof ConfigError ? error.message : String(error));
      }
    }
  }
  return { enable: raw.enable !== false, run: raw.run === 'onSave' ? 'onSave' : 'onType', config, problems };
}

/** File config first, editor settings over it (rules per rule, tables deeply: engine/config.ts's merge). */
export function mergeConfig(file: VnlintConfig | undefined, editor: VnlintConfig): VnlintConfig {
  return file ? mergeConfigs(file, editor) : editor;
}
