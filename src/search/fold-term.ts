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

/**
 * The combining marks folded away: accents, so "cafe" finds "café" — but not the marks of Thai,
 * Lao, Khmer and Myanmar, whose tone and vowel marks make another word: ไก่ (chicken) folded
 * to ไก, which starts ไกล (far), so a search for chicken found far.
 */
const foldedMarks = /(?![\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}])\p{M}/gu;

/** foldTerm of a term that is not plain ASCII. */
export function foldUnicode(term: string): string {
  return dropIgnorable(term.normalize('NFKD'))
    .replace(foldedMarks, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}
