/**
 * The workspace's config files (.vnlintrc.json / .vnlintrc / .vnlintrc.yaml /
 * .vnlintrc.yml / package.json "vnlint", nearest folder wins, `root`,
 * `extends`) for documents on disk, resolved by the CLI's own resolver
 * (engine/config.ts), so the editor and `vnlint` lint a file with the same
 * config. Untitled and virtual documents have none. The client tells the
 * server when a config file changes (workspace/didChangeWatchedFiles); the
 * resolver's per-folder cache is then dropped.
 */
import { fileURLToPath } from 'node:url';
import { ConfigError, ConfigResolver } from '../engine/config.js';
import type { VnlintConfig } from '../engine/types.js';
import { ruleById } from '../rules/index.js';

let resolver = new ConfigResolver({ knownRules: (id) => ruleById(id) !== undefined });
const reported = new Set<string>();

/** Forget every resolved config (a config file changed). */
export function resetFileConfigs(): void {
  resolver = new ConfigResolver({ knownRules: (id) => ruleById(id) !== undefined });
  reported.clear();
}

/** True for the names the resolver reads. */
export function isConfigFile(uri: string): boolean {
  return /(?:^|\/)(?:\.vnlintrc(?:\.json|\.ya?ml)?|package\.json)$/.test(uri);
}

/**
 * The merged config files for a document, or undefined. An invalid config is
 * reported once through `warn` and ignored (the document is linted with the
 * editor settings alone) rather than breaking every capability.
 */
export function fileConfigFor(uri: string, warn: (message: string) => void): VnlintConfig | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  try {
    const { config, files } = resolver.forFile(file);
    return files.length ? config : undefined;
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `vnlint: cannot read the config for ${file}: ${(error as Error).message}`;
    if (!reported.has(message)) {
      reported.add(message);
      warn(message);
    }
    return undefined;
  }
}
