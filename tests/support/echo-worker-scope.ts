import type {
  ClusterKeeper,
  ClusterKeeping,
  EchoReply,
  FoundClusters,
} from '../../src/workers/echo-protocol';

/**
 * A stand-in for the echo worker's `self`: the worker module registers its message listener on
 * it and posts its replies to it. Install it as `globalThis.self` before importing the worker.
 */
export function echoWorkerScope() {
  const replies: EchoReply[] = [];
  let deliver: (data: unknown) => void = () => undefined;
  const scope = {
    addEventListener: (_type: string, listener: (event: { data: unknown }) => void) => {
      deliver = (data) => listener({ data });
    },
    postMessage: (reply: EchoReply) => replies.push(reply),
  };
  /** Posts `data` to the worker and waits (up to `tries` × 5 ms) for its answer to request `id`. */
  async function answer(id: number, data: unknown, tries = 4000): Promise<EchoReply> {
    deliver(data);
    for (let i = 0; i < tries; i++) {
      const reply = replies.find((r) => r.id === id && r.kind !== 'progress');
      if (reply) return reply;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`no answer to request ${id}`);
  }
  /** Posts `data` to the worker without waiting for an answer. */
  const post = (data: unknown): void => deliver(data);
  // What each clusters scan handed its keeper, by its keeping's key (keepingFor: the request id).
  const kept = new Map<string, FoundClusters>();
  const keeper: ClusterKeeper = (keeping, found) => {
    kept.set(keeping.key, found);
    return Promise.resolve();
  };
  /** What the clusters scan of request `id` (kept with keepingFor(id)) found. */
  const found = (id: number): FoundClusters => {
    const scan = kept.get(String(id));
    if (!scan) throw new Error(`request ${id} kept nothing`);
    return scan;
  };
  return { scope, post, answer, keeper, found };
}

/** A clusters job's keeping for request `id`, for echoWorkerScope's keeper. */
export const keepingFor = (id: number): ClusterKeeping => ({
  database: 'test',
  key: String(id),
  version: 'test',
  revision: 0,
  computedAt: '2026-01-01T00:00:00.000Z',
});
