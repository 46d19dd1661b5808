/** The text with Unicode composed and every whitespace run made one space: what dedupe compares. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A 64-bit hash (two independent 32-bit FNV-1a variants) of the normalised text, with its length:
 * synchronous and fast, and collisions are negligible at archive sizes.
 */
export function contentHashOf(text: string): string {
  const normal = normaliseForHash(text);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ normal.length;
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}-${normal.length.toString(36)}`;
}
