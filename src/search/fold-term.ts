import { dropIgnorable } from '../core/text/char-class';

/** Plain ASCII without capital letters' neighbours that fold (most terms): lower-casing is all. */
export const plainAscii = /^[\x20-\x5f\x61-\x7e]*$/;

/**
 * Folds case, accents and typographic quotes so "Ukraine’s" finds "ukraine's", and drops the
 * characters never printed (soft hyphens, zero-width ones) so "gov\u00ADernment" is "government",
 * as the echo tokeniser reads it.
 */
export function foldTerm(term: string): string {
  // Most terms are plain ASCII: skip the Unicode work for them.
  return plainAscii.test(term) ? term.toLowerCase() : foldUnicode(term);
}

/** foldTerm of a term that is not plain ASCII. */
export function foldUnicode(term: string): string {
  return dropIgnorable(term.normalize('NFKD'))
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}
