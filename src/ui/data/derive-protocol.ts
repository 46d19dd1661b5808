import type { NearCopyOf } from '../../db/near-copies';
import type { DerivedFingerprints } from '../../db/records';
import type { WrittenSketch } from '../../db/sketches';
import type { ArticleToDerive } from '../../import/import-types';
import type { SketchMoveProgress } from '../../db/sketch-move';
import type { FailedReply } from '../../worker-client/worker-messages';

/**
 * What the derive worker is asked during an import: an article's fingerprint row, or the near
 * copies of an article just stored (read from the archive `database` by the worker itself).
 */
export type DeriveRequest =
  | { readonly kind: 'fingerprint'; readonly article: ArticleToDerive }
  | {
      readonly kind: 'near-copies';
      readonly database: string;
      readonly articleId: string;
      readonly ignore: readonly string[];
      /** Its sketch row as the import wrote it, so the worker need not read it back. */
      readonly known?: WrittenSketch;
    }
  /** Move the sketches older fingerprint rows carry into `sketches` (after the v16 upgrade). */
  | { readonly kind: 'move-sketches'; readonly database: string }
  /** Load the archive's sketches now (at start-up), before an import's first check needs them. */
  | { readonly kind: 'warm-sketches'; readonly database: string }
  /** The opening words of these articles, for their library rows (see ledes.ts). */
  | { readonly kind: 'ledes'; readonly database: string; readonly ids: readonly string[] };

/** The derive worker's answers (failures are said in words by the import, never this text). */
export type DeriveReply =
  | { readonly kind: 'fingerprinted'; readonly id: number; readonly record: DerivedFingerprints }
  | { readonly kind: 'near-copies'; readonly id: number; readonly found: readonly NearCopyOf[] }
  | ({ readonly kind: 'progress'; readonly id: number } & SketchMoveProgress)
  /** `finished` false: stopped by a cancel, to go on from there next time. */
  | { readonly kind: 'sketches-moved'; readonly id: number; readonly finished: boolean }
  | { readonly kind: 'sketches-warm'; readonly id: number; readonly held: number }
  /** `ledes[i]` is `ids[i]`'s; undefined for an article no longer in the archive. */
  | { readonly kind: 'ledes'; readonly id: number; readonly ledes: readonly (string | undefined)[] }
  | FailedReply;
