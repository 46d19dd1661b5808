// AssemblyScript (see tokenise.ts): the raw tokens JavaScript normalised ("we're", "£200m",
// "1990s"), remembered here by their bytes, so that the same raw token again (nine calls in ten
// on an archive of news) is answered without leaving WebAssembly. JavaScript's normaliseAt is a
// pure function of the bytes, so an entry is its answer exactly.

import { IN, NORM } from './layout';
import { jsNormalise } from './bytes';

/** Entries, one per 15-bit key (the key the tokeniser passes jsNormalise). */
const SLOTS: i32 = 1 << 15;
/** Bytes an entry takes: length, term count, five term hashes, then the raw token's bytes. */
const ENTRY: i32 = 64;
/** The longest raw token remembered (bytes); a longer one always asks JavaScript. */
const RAW_MAX: i32 = ENTRY - 28;
/** The most terms an entry holds (NORM's "£, 200, million, per, cent"). */
const TERMS_MAX: i32 = 5;

const CACHE = memory.data(SLOTS * ENTRY);

/**
 * jsNormalise(from, to, key), from the cache when the same bytes were normalised last with this
 * key: the raw token at input bytes [from, to) has its term hashes written to NORM; returns how
 * many.
 */
export function normaliseCached(from: i32, to: i32, key: i32): i32 {
  const length = to - from;
  if (length > RAW_MAX) return jsNormalise(from, to, key);
  const entry = CACHE + <usize>((key & (SLOTS - 1)) * ENTRY);
  if (load<i32>(entry) == length) {
    let same = true;
    for (let j = 0; j < length; j++) {
      if (load<u8>(entry + 28 + <usize>j) != load<u8>(IN + <usize>(from + j))) {
        same = false;
        break;
      }
    }
    if (same) {
      const terms = load<i32>(entry, 4);
      for (let j = 0; j < terms; j++)
        store<u32>(NORM + 4 * <usize>j, load<u32>(entry + 8 + 4 * <usize>j));
      return terms;
    }
  }
  const terms = jsNormalise(from, to, key);
  if (terms > TERMS_MAX) return terms;
  store<i32>(entry, length);
  store<i32>(entry, terms, 4);
  for (let j = 0; j < terms; j++)
    store<u32>(entry + 8 + 4 * <usize>j, load<u32>(NORM + 4 * <usize>j));
  for (let j = 0; j < length; j++)
    store<u8>(entry + 28 + <usize>j, load<u8>(IN + <usize>(from + j)));
  return terms;
}
