// TEMPORARY STUB by the lead so the parser compiles; helper-2 replaces this file entirely.
export interface MojibakeSpan { start: number; end: number; original: string; repaired?: string; encoding: string; layers: number }
export function findMojibake(_text: string): MojibakeSpan[] { return []; }
export function detectFileEncoding(bytes: Uint8Array): { encoding: string; text: string; confident: boolean } {
  return { encoding: 'latin1', text: Buffer.from(bytes).toString('latin1'), confident: false };
}
