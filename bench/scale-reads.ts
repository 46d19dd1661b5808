/**
 * What the page and its workers ask of IndexedDB during one import (SCALE_READS=1): requests by
 * store, index and method, with the point reads that found nothing counted apart. A read of an
 * absent key makes LevelDB look through every level that may hold it, and each such look charges
 * a "seek" to a table file, whose compaction follows after ~100 charges: reads alone compact.
 */
import type { Page, Worker } from 'playwright-core';

/** Counts by "store[.index] method" (and "... method absent" for point reads finding nothing). */
export type RequestCounts = Record<string, number>;

/** Evaluated in the page and in each worker: wraps IndexedDB request methods, counting. */
// Evaluated in the page and in each worker: wraps the request methods once, counting into a
// global. A string, so the bundler's helpers (tsx names functions) do not follow it into the page.
export const installCode = `(() => {
  const scope = globalThis;
  if (scope.__idbCounts) {
    scope.__idbCounts = {};
    return;
  }
  const counts = {};
  scope.__idbCounts = counts;
  const bump = (key, by = 1) => {
    const c = scope.__idbCounts;
    c[key] = (c[key] ?? 0) + by;
  };
  const wrap = (proto, kind) => {
    for (const method of [
      'get',
      'getKey',
      'getAll',
      'getAllKeys',
      'count',
      'openCursor',
      'openKeyCursor',
      'add',
      'put',
      'delete',
    ]) {
      const original = proto[method];
      if (typeof original !== 'function') continue;
      proto[method] = function (...args) {
        const name =
          kind === 'store'
            ? this.name
            : \`\${this.objectStore.name}.\${this.name}\`;
        const key = \`\${name} \${method}\`;
        bump(key);
        const request = original.apply(this, args);
        if (method === 'get' || method === 'getKey')
          request.addEventListener('success', () => {
            if (request.result === undefined) bump(\`\${key} absent\`);
          });
        if (method === 'getAll' || method === 'getAllKeys')
          request.addEventListener('success', () =>
            bump(\`\${key} rows\`, request.result.length),
          );
        if (method === 'openCursor' || method === 'openKeyCursor')
          request.addEventListener('success', () => {
            if (request.result) bump(\`\${key} rows\`);
          });
        return request;
      };
    }
  };
  wrap(IDBObjectStore.prototype, 'store');
  wrap(IDBIndex.prototype, 'index');
})()`;

const collect = 'globalThis.__idbCounts ?? {}';

// Each realm's evaluate, typed alike (a Page's and a Worker's overloads do not unite).
type Evaluate = <R>(code: string) => Promise<R>;
function realms(page: Page): Evaluate[] {
  const ofWorker =
    (worker: Worker): Evaluate =>
    (code) =>
      worker.evaluate(code);
  return [(code) => page.evaluate(code), ...page.workers().map(ofWorker)];
}

/** Starts (or restarts) counting IndexedDB requests in the page and every worker it has now. */
export async function startRequestCount(page: Page): Promise<void> {
  for (const realm of realms(page)) await realm(installCode).catch(() => undefined);
}

/** The counts since `startRequestCount`, summed over the page and its workers. */
export async function requestCounts(page: Page): Promise<RequestCounts> {
  const sum: RequestCounts = {};
  for (const realm of realms(page)) {
    const counts = await realm<Record<string, number>>(collect).catch(() => ({}));
    for (const [key, n] of Object.entries(counts)) sum[key] = (sum[key] ?? 0) + n;
  }
  return sum;
}

/** One line per store and method, most requests first. */
export function describeRequests(counts: RequestCounts): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} ${n}`)
    .join('; ');
}
