import type { Fingerprints } from '../core/echoes/fingerprint';
import type { Doc, Echo } from '../core/model';
import type { SkippedArticle } from './skipped-articles';

/** The thresholds a person sets for echoes (see the engine's EchoOptions). */
export interface EchoSettings {
  readonly minWords: number;
  readonly minSimilarity: number;
}

/** What the scan is for: one open article, or the whole archive's strongest echoes. */
export type EchoJob =
  | { readonly kind: 'article'; readonly doc: Doc; readonly versionIds: readonly string[] }
  | { readonly kind: 'archive'; readonly limit: number };

/** An archived article as the index needs it: its stored fingerprints, or its text when they are stale. */
export type IndexedDoc =
  | { readonly id: string; readonly fingerprints: Fingerprints }
  | { readonly id: string; readonly text: string };

/**
 * A message to the echo worker. The worker keeps the archive's index between scans, so each
 * request carries only the articles added or changed (`add`) and removed since the last.
 */
export interface EchoRequest {
  readonly id: number;
  readonly add: readonly IndexedDoc[];
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
  | {
      readonly kind: 'done';
      readonly id: number;
      readonly echoes: readonly Echo[];
      /** Articles the scan left out (an archive scan goes on without them). */
      readonly skipped: readonly SkippedArticle[];
    }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

/** Asks the worker to stop request `cancel` at its next pause (the index keeps what it has). */
export interface EchoCancel {
  readonly cancel: number;
}
