/** Folds case, accents and typographic quotes so "Ukraine’s" finds "ukraine's". */
export function foldTerm(term: string): string {
  // Most terms are plain ASCII: skip the Unicode work for them.
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(term)) return term.toLowerCase();
  return term.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}
