const queue: (() => void)[] = [];
let scheduled = false;
/** Work done per page task before the queue lets the page paint and take input again. */
const sliceMs = 12;

function drain(): void {
  scheduled = false;
  const started = performance.now();
  while (queue.length > 0 && performance.now() - started < sliceMs) queue.shift()?.();
  schedule();
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  setTimeout(drain, 0);
}

/**
 * Queues small pieces of UI-thread work (aligning one copy of a cluster) to run a few at a time,
 * each batch in its own task: fourteen copies aligned in one render were one 247 ms task.
 * Returns a function that drops the work if it has not run yet.
 */
export function runSoon(work: () => void): () => void {
  queue.push(work);
  schedule();
  return () => {
    const at = queue.indexOf(work);
    if (at >= 0) queue.splice(at, 1);
  };
}
