// The raw-token normalising cache both byte tokenisers share (tokenise-utf8.ts, tokenise-wasm.ts).

import { type Normalised, normaliseRaw } from './tokenise';

/**
 * Normalised raw tokens by scan hash and length, direct-mapped (a number-keyed Map would box half
 * its keys): each slot holds the last raw token that fell in it, as bytes, and its terms.
 */
const SLOTS = 1 << 14;
const slotRaw: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(SLOTS).fill(
  undefined,
);
const slotFound: (Normalised | undefined)[] = new Array<Normalised | undefined>(SLOTS).fill(
  undefined,
);
const decoder = new TextDecoder();

/**
 * normaliseRaw of the raw token bytes[from, to), found without decoding when the same raw token was
 * seen; `key` is any 15-bit hash of it (the scan's).
 */
export function normaliseAt(bytes: Uint8Array, from: number, to: number, key: number): Normalised {
  const slot = key & (SLOTS - 1);
  const raw = slotRaw[slot];
  const known = slotFound[slot];
  if (raw !== undefined && known !== undefined && raw.length === to - from) {
    let j = 0;
    while (j < raw.length && raw[j] === bytes[from + j]) j++;
    if (j === raw.length) return known;
  }
  const kept = bytes.slice(from, to);
  const found = normaliseRaw(decoder.decode(kept));
  slotRaw[slot] = kept;
  slotFound[slot] = found;
  return found;
}
