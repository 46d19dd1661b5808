/**
 * The envelope every worker of ours speaks. Requests and replies are discriminated by `kind`;
 * a request carries the `id` its replies answer. A worker may send any number of `progress`
 * replies, then exactly one answer: a reply of its own kind, or `failed`.
 */

/** A request to a worker, before the client gives it an id. */
export interface WorkerRequest {
  readonly kind: string;
}

/** A reply from a worker about request `id`. */
export interface WorkerReply {
  readonly kind: string;
  readonly id: number;
}

/** A reply that reports how far request `id` has got. */
export interface ProgressReply extends WorkerReply {
  readonly kind: 'progress';
}

/**
 * Request `id` could not be done. `message` is for the console: the UI says failures in its own
 * words, never a worker's exception text.
 */
export interface FailedReply extends WorkerReply {
  readonly kind: 'failed';
  readonly message: string;
}

/** Asks a worker to stop request `id` at its next pause (workers that cannot, ignore it). */
export interface CancelMessage {
  readonly kind: 'cancel';
  readonly id: number;
}

/** A request as posted: the client's id added. */
export type Posted<Request extends WorkerRequest> = Request & { readonly id: number };

/** The failed reply for request `id`, from whatever was thrown while doing it. */
export function failedReply(id: number, error: unknown): FailedReply {
  return { kind: 'failed', id, message: error instanceof Error ? error.message : String(error) };
}
