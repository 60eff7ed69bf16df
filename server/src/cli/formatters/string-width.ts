/**
 * The column width of a string, for vfile-reporter's alignment of the
 * stylish report. The bundle (scripts/build.mjs) gives vfile-reporter this
 * module in place of `string-width`, because string-width segments every
 * string into graphemes with Intl.Segmenter before it measures it: about
 * 90 µs for a message with one curly quote, twice per cell, which made the
 * report cost more than the lint on a large run. Text made only of
 * characters that each take one column (Latin, Greek, Cyrillic, general
 * punctuation, arrows, control pictures such as “␣”: East Asian narrow,
 * neutral or ambiguous-as-narrow, no marks, no zero-width characters) is
 * as wide as it is long; anything else goes to string-width itself, loaded
 * on first need: its module body builds an Intl.Segmenter and three Unicode
 * property regexes (13 ms, a tenth of the CLI's start-up), which a run that
 * reports in JSON or a report of plain text never uses.
 */
let stringWidth: ((text: string) => number) | undefined;

const ONE_COLUMN_EACH = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0482\u048A-\u04FF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2100-\u214F\u2190-\u21FF\u2400-\u2426]*$/;

export default function width(text: string): number {
  if (typeof text === 'string' && ONE_COLUMN_EACH.test(text)) return text.length;
  stringWidth ??= (require('string-width') as typeof import('string-width')).default;
  return stringWidth(text);
}

export { ONE_COLUMN_EACH };
