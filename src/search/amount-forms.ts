/**
 * The currency signs a bare amount is also looked for after: the ones core's extraction reads
 * prices by (furniture-marks.ts) and the tokeniser's sample prints. The index keeps a sign on its
 * amount ("£200m" is one term), so "200m" alone never met it; each sign is one dictionary lookup
 * per query word, not another search, so the list stays short rather than every \p{Sc}.
 */
export const currencySigns: readonly string[] = ['£', '$', '€', '¥'];

/** The signs as the inside of a regular expression's character class (none is special there). */
export const currencySignChars = currencySigns.join('');

/** Whether an index term is an amount without a sign: it starts with a digit ("200", "5bn"). */
export const isBareAmount = (term: string): boolean => /^\d/.test(term);

/** The index terms `term` may also be printed as after a currency sign ("200m" → "£200m", …). */
export function signedForms(term: string): string[] {
  return isBareAmount(term) ? currencySigns.map((sign) => sign + term) : [];
}

/** Whether the index term `printed` is the query's `term` as printed: itself, or after a sign. */
export function printsAs(term: string, printed: string | undefined): boolean {
  if (printed === term) return true;
  return (
    printed !== undefined &&
    printed.length === term.length + 1 &&
    currencySigns.includes(printed.charAt(0)) &&
    printed.endsWith(term) &&
    isBareAmount(term)
  );
}
