// AssemblyScript (see tokenise.ts): TokenStore's packing of token spans
// (../../echoes/clusters/token-store.ts, `pack`) byte for byte, over the last tokenise's spans
// where they are, so the CLI never copies them out to pack them in JavaScript.

import { ENDS, PACKED, STARTS, count } from './layout';

/** A packed span that did not fit in one byte: its two numbers follow as varints. */
const WIDE: u8 = 0xff;

@inline
function varint(at: usize, v: u32): usize {
  while (v >= 128) {
    store<u8>(at++, <u8>((v & 127) | 128));
    v >>>= 7;
  }
  store<u8>(at++, <u8>v);
  return at;
}

/**
 * The last tokenise's spans packed as TokenStore packs them (per token the distance from the
 * previous token's start and the token's length, four bits each when both are under 15, else
 * WIDE and two varints), at packedAt(); returns how many bytes.
 */
export function packSpans(): i32 {
  let at = PACKED;
  let previous: u32 = 0;
  for (let t = 0; t < count; t++) {
    const start = load<u32>(STARTS + 4 * <usize>t);
    const delta = start - previous;
    const length = load<u32>(ENDS + 4 * <usize>t) - start;
    previous = start;
    if (delta < 15 && length < 15) {
      store<u8>(at++, <u8>((delta << 4) | length));
      continue;
    }
    store<u8>(at++, WIDE);
    at = varint(at, delta);
    at = varint(at, length);
  }
  return <i32>(at - PACKED);
}
