/** What decides whether a capture of a watched page differs from the version already archived. */
export interface CaptureIdentity {
  readonly contentHash: string;
  readonly title: string;
}

/**
 * True when a new capture is the same as an archived version: the same text (content hash of the
 * whitespace-normalised text) and the same headline. A changed headline alone is a new version,
 * as news sites often retitle a story without touching its body.
 */
export function sameCapture(archived: CaptureIdentity, capture: CaptureIdentity): boolean {
  return archived.contentHash === capture.contentHash && archived.title === capture.title;
}
