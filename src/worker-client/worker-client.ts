import type {
  CancelMessage,
  FailedReply,
  Posted,
  ProgressReply,
  WorkerReply,
  WorkerRequest,
} from './worker-messages';

/** The part of a Web Worker the client uses (a fake one in tests). */
export interface WorkerPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(
    type: 'error' | 'messageerror',
    listener: (event: { preventDefault(): void }) => void,
  ): void;
  terminate(): void;
}

/**
 * The worker stopped — it failed to load, threw outside a request, sent a message that could not
 * be read, or was stopped — before answering. Typed, so the UI can say so in words.
 */
export class WorkerStoppedError extends Error {
  override readonly name = 'WorkerStoppedError';
}

/** A request the worker answered with `failed`; its message is for the console, not the UI. */
export class WorkerFailedError extends Error {
  override readonly name = 'WorkerFailedError';
}

/** How one request is asked: cancelled by `signal`, with progress, transferring buffers. */
export interface Asking<Progress> {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
  readonly transfer?: Transferable[];
}

/** The answer to a request: any reply that is neither progress nor failure. */
export type Answer<Reply extends WorkerReply> = Exclude<Reply, { kind: 'progress' | 'failed' }>;

/** One worker, started on first use, spoken to in typed requests and replies. */
export interface WorkerClient<Request extends WorkerRequest, Reply extends WorkerReply> {
  /**
   * Sends `request` and resolves with the worker's answer. Aborting `signal` rejects at once with
   * its reason and asks the worker to stop (a late answer is ignored); a `failed` reply rejects
   * with WorkerFailedError, a worker that stops rejects every pending request with
   * WorkerStoppedError.
   */
  request(request: Request, asking?: Asking<Extract<Reply, ProgressReply>>): Promise<Answer<Reply>>;
  /** Posts a message that has no answer (data sent ahead of a request), in order with requests. */
  post(message: unknown, transfer?: Transferable[]): void;
  /** Terminates the worker; pending requests reject; the next request starts a new worker. */
  stop(): void;
}

/** What the client is told beyond how to start its worker. */
export interface WorkerClientOptions {
  /** Words for a request whose worker stopped, e.g. "The echo scan stopped; scan again." */
  readonly stoppedWords: string;
  /**
   * Called when the worker is stopped (`crashed` false) or dies (true), so the caller can forget
   * what it held or move the work elsewhere.
   */
  readonly onStop?: (crashed: boolean) => void;
}

interface Pending {
  readonly settle: (reply: WorkerReply) => void;
  readonly fail: (error: Error) => void;
}

/** A typed client over the worker `start` starts (see WorkerClient). */
export function workerClient<Request extends WorkerRequest, Reply extends WorkerReply>(
  start: () => WorkerPort,
  options: WorkerClientOptions,
): WorkerClient<Request, Reply> {
  let worker: WorkerPort | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const halt = (crashed: boolean): void => {
    if (!worker) return;
    worker.terminate();
    worker = null;
    const failing = [...pending.values()];
    pending.clear();
    for (const { fail } of failing) fail(new WorkerStoppedError(options.stoppedWords));
    options.onStop?.(crashed);
  };

  const spawn = (): WorkerPort => {
    if (worker) return worker;
    const started = start();
    started.addEventListener('message', (event) => {
      const reply = event.data as WorkerReply;
      pending.get(reply.id)?.settle(reply);
    });
    // A worker that fails to load, or throws outside a request, would otherwise leave every
    // request waiting until the person cancels: fail them now, in words.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker === started) halt(true);
    });
    started.addEventListener('messageerror', () => {
      if (worker === started) halt(true);
    });
    worker = started;
    return started;
  };

  const request = (
    body: Request,
    asking: Asking<Extract<Reply, ProgressReply>> = {},
  ): Promise<Answer<Reply>> =>
    new Promise((resolve, reject) => {
      const { signal, onProgress, transfer } = asking;
      if (signal?.aborted) return reject(signal.reason);
      const target = spawn();
      const id = nextId++;
      const finish = (): void => {
        pending.delete(id);
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        finish();
        if (worker === target) target.postMessage({ kind: 'cancel', id } satisfies CancelMessage);
        reject(signal?.reason);
      };
      pending.set(id, {
        settle(reply) {
          if (reply.kind === 'progress')
            return onProgress?.(reply as Extract<Reply, ProgressReply>);
          finish();
          if (reply.kind === 'failed')
            reject(new WorkerFailedError((reply as FailedReply).message));
          else resolve(reply as Answer<Reply>);
        },
        fail(error) {
          finish();
          reject(error);
        },
      });
      signal?.addEventListener('abort', onAbort);
      const posted: Posted<Request> = { ...body, id };
      target.postMessage(posted, transfer ?? []);
    });

  return {
    request,
    post: (message, transfer) => spawn().postMessage(message, transfer ?? []),
    stop: () => halt(false),
  };
}
