/**
 * `replacement-character` · error
 *
 * U+FFFD REPLACEMENT CHARACTER: a decoder met bytes it could not read and
 * dropped them (rule book §5). The original character is lost, so there is
 * no automatic repair. No seed has one.
 *
 * ok:      every seed.
 * not ok:  "IOM�s policy" → "Replacement character U+FFFD: the original character was lost."
 * not ok:  "â€œlossy decodingâ€�" → the closing quote ” was read as windows-1252,
 *          whose byte 0x9D is undefined.
 *
 * Fix (quick): in "â€�" restore ” (E2 80 9D is ”; 0x9D is undefined in
 * windows-1252, so it is the byte that was lost); elsewhere, delete the
 * character. No auto fix: the byte is lost.
 */
import { defineRule } from './rule.js';

export default defineRule(
  {
    id: 'replacement-character',
    severity: 'error',
    fixable: 'quick',
    description: 'A U+FFFD replacement character: a character was lost when the text was decoded.',
  },
  ({ tree, report }) => {
    const { text } = tree.data;
    if (!text.includes('\ufffd')) return;
    const re = /\ufffd+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const count = m[0].length;
      const what = count === 1 ? 'the original character was lost' : `${count} original characters were lost`;
      // "â€�": the windows-1252 reading of E2 80 9D (”), whose last byte is undefined.
      if (count === 1 && text.slice(start - 2, start) === 'â€') {
        report({
          message: `Replacement character U+FFFD: ${what}; “â€�” is a closing quote ” read as windows-1252.`,
          start: start - 2,
          end,
          suggestions: [
            { desc: 'Restore ”', fix: { range: [start - 2, end], text: '”' } },
            { desc: 'Delete the replacement character', fix: { range: [start, end], text: '' } },
          ],
        });
        continue;
      }
      report({
        message: `Replacement character U+FFFD: ${what} and cannot be recovered.`,
        start,
        end,
        suggestions: [{ desc: count === 1 ? 'Delete the replacement character' : 'Delete the replacement characters', fix: { range: [start, end], text: '' } }],
      });
    }
  },
);
