import { describe, expect, it } from 'vitest';
import { readCappedBody } from './capped-body';

/** A body of `chunks` chunks of `size` bytes that counts how many were pulled. */
function countingBody(
  chunks: number,
  size: number,
): {
  body: ReadableStream<Uint8Array>;
  pulled: () => number;
  cancelled: () => boolean;
} {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, pulled: () => pulled, cancelled: () => cancelled };
}

const noLength = { get: () => null };

describe('readCappedBody', () => {
  it('reads a body under the limit whole', async () => {
    const source = countingBody(3, 10);
    const read = await readCappedBody({ headers: noLength, body: source.body }, 100);
    expect(read).toEqual({ kind: 'ok', bytes: new Uint8Array(30).fill(0x61) });
  });

  it('stops an endless body without Content-Length at the limit and cancels it', async () => {
    const source = countingBody(Number.MAX_SAFE_INTEGER, 1024);
    const read = await readCappedBody({ headers: noLength, body: source.body }, 10 * 1024);
    expect(read).toEqual({ kind: 'too-large', limit: 10 * 1024 });
    // The 11th chunk passes the limit; a stream queues at most one more ahead of the reader.
    expect(source.pulled()).toBeLessThanOrEqual(12);
    expect(source.cancelled()).toBe(true);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const source = countingBody(5, 10);
    const headers = { get: (name: string) => (name === 'content-length' ? '1000' : null) };
    const read = await readCappedBody({ headers, body: source.body }, 100);
    expect(read.kind).toBe('too-large');
    expect(source.pulled()).toBeLessThanOrEqual(1);
  });

  it('does not trust a Content-Length that understates the body', async () => {
    const source = countingBody(50, 10);
    const headers = { get: (name: string) => (name === 'content-length' ? '20' : null) };
    expect((await readCappedBody({ headers, body: source.body }, 100)).kind).toBe('too-large');
  });

  it('reads a real Response', async () => {
    const read = await readCappedBody(new Response('hello'), 100);
    expect(read.kind === 'ok' && new TextDecoder().decode(read.bytes)).toBe('hello');
  });
});
