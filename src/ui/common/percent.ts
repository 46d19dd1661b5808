/**
 * A share in [0, 1] as a whole percentage that never rounds to an end it has not reached: 0.996
 * is "99%", not "100%" (a cluster with four edited copies read as identical, q24), and 0.004 is
 * "1%", not "0%". Only exactly 1 is "100%" and exactly 0 is "0%".
 */
export function percentOf(share: number): string {
  return `${wholePercent(share)}%`;
}

/** The whole percentage percentOf shows, as a number: what a filter on it compares. */
export function wholePercent(share: number): number {
  const rounded = Math.round(share * 100);
  if (rounded >= 100 && share < 1) return 99;
  if (rounded <= 0 && share > 0) return 1;
  return rounded;
}
