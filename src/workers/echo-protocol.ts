import type { Doc, Echo } from '../core/model';

/** The thresholds a person sets for echoes (see the engine's EchoOptions). */
export interface EchoSettings {
  readonly minWords: number;
  readonly minSimilarity: number;
}

/** What the scan is for: one open article, or the whole archive's strongest echoes. */
export type EchoJob =
  | { readonly kind: 'article'; readonly docId: string; readonly versionIds: readonly string[] }
  | { readonly kind: 'archive'; readonly limit: number };

/**
 * A message to the echo worker. The worker keeps the archive's texts and index between scans, so
 * each request carries only the documents added or changed (`add`) and removed since the last.
 */
export interface EchoRequest {
  readonly id: number;
  readonly add: readonly Doc[];
  readonly remove: readonly string[];
  readonly job: EchoJob;
  readonly settings: EchoSettings;
}

/** A message from the echo worker about request `id`. */
export type EchoReply =
  | {
      readonly kind: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
      readonly phase: string;
    }
  | { readonly kind: 'done'; readonly id: number; readonly echoes: readonly Echo[] }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };
