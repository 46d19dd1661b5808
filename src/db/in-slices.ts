/**
 * Work over a long list a slice per task, yielding to the page between slices: at 100,000
 * articles one pass over every cluster's copies in one go froze the page for hundreds of
 * milliseconds. A
 * sliced helper shares its `each` with the whole one, so both give the same result.
 */

/** Copies (or items) handled between two pauses: a few milliseconds of simple work. */
export const SLICE_WEIGHT = 20_000;

/** The next task: lets the page draw and take input; throws when `signal` was aborted. */
export const nextTask = (signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, 0)).then(() => signal?.throwIfAborted());

/**
 * `each` over `items` in order, pausing for a task whenever `weight` (1 an item unless given;
 * a cluster counts its copies) has added up to `budget` since the last pause.
 */
export async function forEachSliced<T>(
  items: Iterable<T>,
  each: (item: T) => void,
  options: { weight?: (item: T) => number; budget?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const { weight = () => 1, budget = SLICE_WEIGHT, signal } = options;
  let spent = 0;
  for (const item of items) {
    if (spent >= budget) {
      await nextTask(signal);
      spent = 0;
    }
    each(item);
    spent += weight(item);
  }
}
