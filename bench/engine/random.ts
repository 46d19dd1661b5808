/** mulberry32: every synthetic text is the same on every run (shared with the core's test texts). */
export { seededRandom as seeded } from '../../src/core/echoes/test-texts';

/** A whole number in [0, n). */
export function pick(rand: () => number, n: number): number {
  return Math.floor(rand() * n);
}

/** The median of some numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Run `fn` `runs` times (after one warm-up) and return the median time in ms. */
export function timeMedian(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
