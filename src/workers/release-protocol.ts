import type { FailedReply } from '../worker-client/worker-messages';

/**
 * The clusters a list shows, packed for the release worker (transferred, not cloned): cluster
 * c's copies are entries offsets[c] to offsets[c + 1] - 1 of `docs` (a number the page gave each
 * article) and `starts`; `boilerplate[c]` is 1 for one source's footer.
 */
export interface ReleaseRequest {
  readonly kind: 'releases';
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly starts: Float64Array;
  readonly boilerplate: Uint8Array;
}

/** Each cluster's release number (core/releases/numbered-releases.ts), -1 for none. */
export type ReleaseReply =
  { readonly kind: 'grouped'; readonly id: number; readonly numbers: Int32Array } | FailedReply;
