/**
 * `mojibake` · error
 *
 * Text that was UTF-8 but was decoded with the wrong single-byte code page
 * (rule book §7): windows-1252 / Latin-1, windows-1250 / ISO-8859-2,
 * windows-1251, windows-1257, windows-874 (with the sloppy mapping real
 * decoders use), Mac OS Roman and cp437, once or several times. Damage is
 * found per token, so partly damaged lines (seed 003) are handled: only the
 * damaged run is reported, and genuine accents and quotes beside it are left
 * alone. Leftover C1 control characters (windows-1252 text read as Latin-1,
 * U+0092 for ’) are reported too.
 *
 * ok:      "jusqu’à" [S003:13], "Âge" [S004:62], "Référence␣:" with U+00A0 [S003:27]
 * not ok:  "IOMโ€™s" → "UTF-8 text read as windows-874: “IOMโ€™s” should read “IOM’s”" [S002:12]
 * not ok:  "RĂ©fĂ©rence" → "UTF-8 text read as windows-1250: … should read “Référence”" [S003:8]
 * not ok:  "nÃƒÂ©" → "UTF-8 text read as windows-1252 twice: … should read “né”"
 * not ok:  "๐——๐—ถ…" → "… cannot be repaired: bytes were lost" (no fix) [S002:31]
 *
 * Fix (auto): replace the damaged run with the repaired text. A lossy run
 * (U+FFFD inside it, or bytes missing) has no fix. On a line that
 * `job-board-noise` deletes, the fix is left to that rule, so that one pass
 * of fixes leaves clean text.
 */
import { findMojibake, describeEncoding, type MojibakeSpan } from '../text/mojibake.js';
import { noiseLines } from '../text/noise.js';
import type { VnlintConfig } from '../engine/types.js';
import { defineRule } from './rule.js';
import { lineIndexAt } from '../notice/lines.js';

export default defineRule(
  {
    id: 'mojibake',
    severity: 'error',
    fixable: 'auto',
    type: 'problem',
    description: 'Text decoded with the wrong code page (mojibake); the fix restores the original characters.',
  },
  ({ tree, options, report }) => {
    const { text, lineStarts } = tree.data;
    const spans = findMojibake(text);
    if (spans.length === 0) return;
    const deleted = noiseDeletionActive(options) ? noiseLines(text, lineStarts, tree.data.language) : undefined;
    for (const span of spans) {
      const line = lineIndexAt(lineStarts, span.start);
      const onNoiseLine = !!deleted && (deleted.get(line)?.category ?? 5) <= 4;
      const shown = context(text, span);
      const reading = describeEncoding(span);
      if (span.repaired === undefined) {
        report({
          message: `${reading}: “${shown.before}” cannot be repaired: bytes were lost (best guess “${shown.after}”).`,
          start: span.start,
          end: span.end,
        });
        continue;
      }
      report({
        message: `${reading}: “${shown.before}” should read “${shown.after}”.`,
        start: span.start,
        end: span.end,
        ...(onNoiseLine ? {} : { fix: { range: [span.start, span.end] as [number, number], text: span.repaired } }),
      });
    }
  },
);

/** The damaged word(s) and their repair, for the message (at most ~60 characters). */
function context(text: string, span: MojibakeSpan): { before: string; after: string } {
  let a = span.start;
  while (a > 0 && span.start - a < 20 && !/[\s]/.test(text[a - 1])) a--;
  let b = span.end;
  while (b < text.length && b - span.end < 20 && !/[\s]/.test(text[b])) b++;
  const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
  const pre = text.slice(a, span.start);
  const post = text.slice(span.end, b);
  const show = (s: string) => clip(s).replace(/\u00a0/g, '␣').replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `<U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
  return { before: show(pre + span.original + post), after: show(pre + span.bestEffort + post) };
}


/** Whether `job-board-noise` runs (and so deletes noise lines); read from the config the engine passes. */
export function noiseDeletionActive(options: Record<string, unknown>): boolean {
  const config = options.__config as VnlintConfig | undefined;
  const setting = config?.rules?.['job-board-noise'];
  const level = Array.isArray(setting) ? setting[0] : setting;
  return !(level === 'off' || level === 0 || (level as unknown) === false);
}
