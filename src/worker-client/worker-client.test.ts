import { describe, expect, it } from 'vitest';
import {
  WorkerFailedError,
  WorkerStoppedError,
  workerClient,
  type WorkerPort,
} from './worker-client';

type Listener = (event: { data: unknown; preventDefault(): void }) => void;

/** A Worker stand-in: records what it is sent, and lets the test answer, crash or fail to load. */
class FakeWorker implements WorkerPort {
  readonly sent: unknown[] = [];
  terminated = false;
  errorDefaultPrevented = false;
  private readonly listeners = new Map<string, Listener[]>();
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    for (const l of this.listeners.get('message') ?? []) l({ data, preventDefault() {} });
  }
  crash(type: 'error' | 'messageerror' = 'error'): void {
    const event = { data: undefined, preventDefault: () => (this.errorDefaultPrevented = true) };
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
}

type Request = { kind: 'square'; n: number } | { kind: 'echo-back'; text: string };
type Reply =
  | { kind: 'progress'; id: number; done: number }
  | { kind: 'squared'; id: number; value: number }
  | { kind: 'failed'; id: number; message: string };

const started: FakeWorker[] = [];
const stops: boolean[] = [];
const client = () =>
  workerClient<Request, Reply>(
    () => {
      const worker = new FakeWorker();
      started.push(worker);
      return worker;
    },
    { stoppedWords: 'The squarer stopped; try again.', onStop: (crashed) => stops.push(crashed) },
  );
const lastWorker = (): FakeWorker => {
  const worker = started.at(-1);
  if (!worker) throw new Error('no worker started');
  return worker;
};

describe('workerClient', () => {
  it('posts each request with its own id and resolves each with the reply for that id', async () => {
    const squarer = client();
    const progress: unknown[] = [];
    const four = squarer.request({ kind: 'square', n: 2 }, { onProgress: (p) => progress.push(p) });
    const nine = squarer.request({ kind: 'square', n: 3 });
    const worker = lastWorker();
    expect(worker.sent).toEqual([
      { kind: 'square', n: 2, id: 1 },
      { kind: 'square', n: 3, id: 2 },
    ]);
    worker.reply({ kind: 'squared', id: 2, value: 9 });
    worker.reply({ kind: 'progress', id: 1, done: 1 });
    worker.reply({ kind: 'squared', id: 1, value: 4 });
    expect(await nine).toEqual({ kind: 'squared', id: 2, value: 9 });
    expect(await four).toEqual({ kind: 'squared', id: 1, value: 4 });
    expect(progress).toEqual([{ kind: 'progress', id: 1, done: 1 }]);
  });

  it('rejects a failed request with a typed error and keeps serving the others', async () => {
    const squarer = client();
    const failing = squarer.request({ kind: 'square', n: -1 });
    const fine = squarer.request({ kind: 'square', n: 5 });
    const worker = lastWorker();
    worker.reply({ kind: 'failed', id: 1, message: 'RangeError: negative' });
    worker.reply({ kind: 'squared', id: 2, value: 25 });
    await expect(failing).rejects.toBeInstanceOf(WorkerFailedError);
    expect((await fine).value).toBe(25);
    expect(worker.terminated).toBe(false);
  });

  it('a worker that fails to load rejects every pending request in words, not a wait', async () => {
    stops.length = 0;
    const squarer = client();
    const a = squarer.request({ kind: 'square', n: 2 });
    const b = squarer.request({ kind: 'echo-back', text: 'x' });
    const worker = lastWorker();
    worker.crash('error');
    await expect(a).rejects.toThrow(new WorkerStoppedError('The squarer stopped; try again.'));
    await expect(b).rejects.toBeInstanceOf(WorkerStoppedError);
    expect(worker.terminated).toBe(true);
    // The browser's own report of the error is not also thrown at the page.
    expect(worker.errorDefaultPrevented).toBe(true);
    expect(stops).toEqual([true]);
    // The next request starts a new worker.
    const again = squarer.request({ kind: 'square', n: 4 });
    expect(lastWorker()).not.toBe(worker);
    lastWorker().reply({ kind: 'squared', id: 3, value: 16 });
    expect((await again).value).toBe(16);
  });

  it('a message that cannot be read (messageerror) fails what is pending too', async () => {
    const squarer = client();
    const a = squarer.request({ kind: 'square', n: 2 });
    lastWorker().crash('messageerror');
    await expect(a).rejects.toBeInstanceOf(WorkerStoppedError);
  });

  it('cancelling rejects at once with the reason, tells the worker, and ignores a late answer', async () => {
    const squarer = client();
    const controller = new AbortController();
    const asked = squarer.request({ kind: 'square', n: 7 }, { signal: controller.signal });
    const worker = lastWorker();
    controller.abort(new DOMException('Stopped', 'AbortError'));
    await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.sent.at(-1)).toEqual({ kind: 'cancel', id: 1 });
    worker.reply({ kind: 'squared', id: 1, value: 49 });
    // An already-aborted signal does not even post.
    const sentBefore = worker.sent.length;
    await expect(
      squarer.request({ kind: 'square', n: 1 }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.sent).toHaveLength(sentBefore);
  });

  it('stop terminates the worker and fails what waits; post goes to the same worker as requests', async () => {
    const squarer = client();
    squarer.post({ kind: 'ahead', data: [1, 2] });
    const waiting = squarer.request({ kind: 'square', n: 3 });
    const worker = lastWorker();
    expect(worker.sent).toEqual([
      { kind: 'ahead', data: [1, 2] },
      { kind: 'square', n: 3, id: 1 },
    ]);
    stops.length = 0;
    squarer.stop();
    expect(worker.terminated).toBe(true);
    expect(stops).toEqual([false]);
    await expect(waiting).rejects.toBeInstanceOf(WorkerStoppedError);
  });
});
