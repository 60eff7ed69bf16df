/**
 * Turning a file's bytes into notice text, without ever decoding it wrongly in
 * silence: UTF-8 (with or without BOM) is read as is; bytes that are not valid
 * UTF-8 are read with the code page they most likely are, and the caller is
 * told which; binary files and empty files are recognised.
 */
import { detectFileEncoding } from './mojibake.js';

export type DecodedNotice =
  | { kind: 'empty'; text: '' }
  | { kind: 'binary'; text: '' }
  | { kind: 'utf8'; text: string }
  | { kind: 'legacy'; text: string; encoding: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeNoticeBytes(bytes: Uint8Array): DecodedNotice {
  if (bytes.length === 0) return { kind: 'empty', text: '' };
  if (looksBinary(bytes)) return { kind: 'binary', text: '' };
  try {
    const text = utf8.decode(bytes);
    if (/^\uFEFF?[\s\u00A0]*$/.test(text)) return { kind: 'empty', text: '' };
    return { kind: 'utf8', text };
  } catch {
    const guess = detectFileEncoding(bytes);
    return { kind: 'legacy', text: guess.text, encoding: guess.encoding };
  }
}

/** NUL bytes (outside UTF-16 text, which notices are not) mean binary, as git decides. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8000);
  return sample.includes(0);
}
