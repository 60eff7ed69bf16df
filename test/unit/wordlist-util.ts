/**
 * Word lists for the false-positive tests, generated from the hunspell
 * dictionaries that the `dictionary-*` devDependencies ship: every stem, plus
 * its single prefix and suffix forms (no cross products, no compounds).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const LANGUAGES = ['fr', 'es', 'de', 'pl', 'cs', 'tr'];

/** The hunspell files of `dictionary-<language>` (read directly: the packages are ESM with top-level await). */
function dictionaryFiles(language: string): { aff: string; dic: string } {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const dir = dirname(require.resolve(`dictionary-${language}`));
  return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
}

export const WORDLIST_LANGUAGES = LANGUAGES;

interface Affix {
  strip: string;
  add: string;
  condition: RegExp;
}

function splitFlags(flags: string, type: string): string[] {
  if (!flags) return [];
  if (type === 'long') return flags.match(/../g) ?? [];
  if (type === 'num') return flags.split(',');
  return Array.from(flags);
}

/** Expands a hunspell dictionary into its words (at most `limit`), taking every `stride`-th stem. */
export function expandDictionary(aff: string, dic: string, limit = Infinity, stride = 1): string[] {
  let flagType = 'char';
  let needAffix = '';
  const skip = new Set<string>();
  const suffixes = new Map<string, Affix[]>();
  const prefixes = new Map<string, Affix[]>();
  const aliases: string[] = [];
  for (const raw of aff.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    const parts = line.split(/\s+/);
    if (parts[0] === 'FLAG') flagType = parts[1];
    else if (parts[0] === 'NEEDAFFIX') needAffix = parts[1];
    else if (parts[0] === 'FORBIDDENWORD' || parts[0] === 'ONLYINCOMPOUND') skip.add(parts[1]);
    else if (parts[0] === 'AF' && parts.length === 2 && !/^\d+$/.test(parts[1])) aliases.push(parts[1]);
    else if ((parts[0] === 'SFX' || parts[0] === 'PFX') && parts.length >= 5) {
      const [kind, flag, strip, addRaw, condition] = parts;
      const add = addRaw.split('/')[0];
      const map = kind === 'SFX' ? suffixes : prefixes;
      let re: RegExp;
      try {
        re = condition === '.' ? /^/ : kind === 'SFX' ? new RegExp(`${condition}$`, 'u') : new RegExp(`^${condition}`, 'u');
      } catch {
        continue;
      }
      if (!map.has(flag)) map.set(flag, []);
      map.get(flag)!.push({ strip: strip === '0' ? '' : strip, add: add === '0' ? '' : add, condition: re });
    }
  }
  const words = new Set<string>();
  const lines = dic.split(/\r?\n/);
  for (let n = 1; n < lines.length && words.size < limit; n += stride) {
    const entry = lines[n].split(/[\t ]/)[0];
    if (!entry) continue;
    const slash = entry.search(/(?<!\\)\//);
    const stem = (slash >= 0 ? entry.slice(0, slash) : entry).replace(/\\\//g, '/');
    let flagText = slash >= 0 ? entry.slice(slash + 1) : '';
    if (/^\d+$/.test(flagText) && aliases.length > 0) flagText = aliases[Number(flagText) - 1] ?? '';
    const flags = splitFlags(flagText, flagType);
    if (flags.some((f) => skip.has(f))) continue;
    if (!flags.includes(needAffix)) words.add(stem);
    for (const flag of flags) {
      for (const affix of suffixes.get(flag) ?? []) {
        if (!stem.endsWith(affix.strip) || !affix.condition.test(stem)) continue;
        words.add(stem.slice(0, stem.length - affix.strip.length) + affix.add);
      }
      for (const affix of prefixes.get(flag) ?? []) {
        if (!stem.startsWith(affix.strip) || !affix.condition.test(stem)) continue;
        words.add(affix.add + stem.slice(affix.strip.length));
      }
    }
  }
  return [...words].filter((w) => w.length > 0 && !/\s/.test(w));
}

export function loadWordList(language: string, options: { limit?: number; stride?: number } = {}): string[] {
  const { aff, dic } = dictionaryFiles(language);
  return expandDictionary(aff, dic, options.limit, options.stride);
}
