import type { EchoReply } from '../../src/workers/echo-protocol';

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
  return { scope, post, answer };
}
