/**
 * The server's user-facing strings (hover, summary, code action titles),
 * translated from the same catalogue as the VS Code client
 * (l10n/bundle.l10n.<locale>.json, keyed by the English text, `{0}`-style
 * arguments — the @vscode/l10n format). The locale comes from the client's
 * `initialize` request (`locale`), so Neovim users get it too.
 */
import fr from '../../../l10n/bundle.l10n.fr.json';

const BUNDLES: Record<string, Record<string, string>> = { fr };

let bundle: Record<string, string> | undefined;
let current = 'en';

/** Selects the catalogue for a BCP 47 locale ("fr", "fr-CA"); unknown locales fall back to English. */
export function setLocale(locale: string | undefined): void {
  const base = (locale ?? 'en').toLowerCase().split(/[-_]/)[0]!;
  bundle = BUNDLES[base];
  current = bundle ? base : 'en';
}

export function locale(): string {
  return current;
}

/** Translates `message` and fills `{0}`, `{1}`, … with `args`. */
export function t(message: string, ...args: Array<string | number>): string {
  const translated = bundle?.[message] ?? message;
  return translated.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
