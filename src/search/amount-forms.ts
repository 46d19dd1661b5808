/**
 * The currency signs a bare amount is also looked for after: the ones core's extraction reads
 * prices by (furniture-marks.ts) and the tokeniser's sample prints. The index keeps a sign on its
 * amount ("£200m" is one term), so "200m" alone never met it; each sign is one dictionary lookup
 * per query word, not another search, so the list stays short rather than every \p{Sc}.
 */
export const currencySigns: readonly string[] = ['£', '$', '€', '¥'];

// An index term that is an amount without a sign: it starts with a digit ("200", "200m", "5bn").
const bareAmount = /^\d/;

/** The index terms `term` may also be printed as after a currency sign ("200m" → "£200m", …). */
export function signedForms(term: string): string[] {
  return bareAmount.test(term) ? currencySigns.map((sign) => sign + term) : [];
}
