import { describe, expect, it } from 'vitest';
import type { WorkerPort } from '../worker-client/worker-client';
import type { Posted } from '../worker-client/worker-messages';
import { answerPicked } from './picked-file-answer';
import type { ReadPickedRequest } from './picked-file-protocol';
import { pickedFileReader } from './picked-file-reader';

type Listener = (event: { data: unknown; preventDefault(): void }) => void;

/**
 * A picked-file worker in this thread: each request is answered by the worker's own code
 * (answerPicked) on the next turn; `posted` keeps what the page sent; `die` makes it fail to run.
 */
function fakeWorker(options: { die?: boolean } = {}) {
  const posted: unknown[] = [];
  let starts = 0;
  const start = (): WorkerPort => {
    starts++;
    const listeners = new Map<string, Listener[]>();
    const emit = (type: string, data?: unknown) =>
      listeners.get(type)?.forEach((listener) => listener({ data, preventDefault() {} }));
    return {
      postMessage(message) {
        posted.push(message);
        const request = message as Posted<ReadPickedRequest>;
        setTimeout(() => {
          if (options.die) return emit('error');
          void answerPicked(request).then(({ reply }) => emit('message', reply));
        });
      },
      addEventListener(type: string, listener: Listener) {
        listeners.set(type, [...(listeners.get(type) ?? []), listener]);
      },
      terminate() {},
    };
  };
  return { start, posted, starts: () => starts };
}

/** A File that counts how often this thread asks for its bytes. */
function watched(text: string, name: string) {
  let reads = 0;
  const file = new File([text], name, { lastModified: 1_796_029_200_000 });
  const original = file.arrayBuffer.bind(file);
  return {
    file: Object.assign(file, {
      arrayBuffer: () => {
        reads++;
        return original();
      },
    }),
    reads: () => reads,
  };
}

// A File whose bytes can no longer be read (moved or deleted since it was picked).
const gone = (name: string): File =>
  Object.assign(new File(['x'], name), {
    arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
  });

describe('pickedFileReader (where a picked file is read)', () => {
  it('posts the File itself to the worker, never its bytes, and answers with what it read', async () => {
    const worker = fakeWorker();
    const read = pickedFileReader(worker.start);
    const a = watched('hello', 'a.txt');
    expect(await read(a.file, 1024)).toEqual({
      bytes: new TextEncoder().encode('hello'),
      lastModified: 1_796_029_200_000,
    });
    expect(worker.posted).toEqual([{ kind: 'read-picked', source: a.file, limit: 1024, id: 1 }]);
  });

  it('a file the worker could not read is read by the page, which fails for it as before', async () => {
    const worker = fakeWorker();
    const read = pickedFileReader(worker.start);
    await expect(read(gone('moved.txt'), 1024)).rejects.toThrow('gone');
    // The worker still reads the next file: one file's failure is not the worker's.
    expect(await read(new File(['next'], 'next.txt'), 1024)).toMatchObject({
      bytes: new TextEncoder().encode('next'),
    });
    expect(worker.posted).toHaveLength(2);
  });

  it('a worker that will not run: that file and every later one are read by the page', async () => {
    const worker = fakeWorker({ die: true });
    const read = pickedFileReader(worker.start);
    const a = watched('first', 'a.txt');
    const b = watched('second', 'b.txt');
    expect((await read(a.file, 1024)).bytes).toEqual(new TextEncoder().encode('first'));
    expect((await read(b.file, 1024)).bytes).toEqual(new TextEncoder().encode('second'));
    expect([a.reads(), b.reads()]).toEqual([1, 1]);
    expect(worker.posted).toHaveLength(1);
    expect(worker.starts()).toBe(1);
  });

  it('without workers (Node) the page reads, oversize files still only sized', async () => {
    const read = pickedFileReader();
    const big = watched('x'.repeat(2048), 'big.txt');
    expect(await read(big.file, 1024)).toEqual({
      bytes: new Uint8Array(),
      size: 2048,
      lastModified: 1_796_029_200_000,
    });
    expect(big.reads()).toBe(0);
  });
});
