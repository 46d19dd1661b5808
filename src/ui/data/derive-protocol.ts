import type { NearCopyOf } from '../../db/near-copies';
import type { DerivedFingerprints } from '../../db/records';
import type { WrittenSketch } from '../../db/sketches';
import type { ArticleToDerive } from '../../import/import-types';
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
    };

/** The derive worker's answers (failures are said in words by the import, never this text). */
export type DeriveReply =
  | { readonly kind: 'fingerprinted'; readonly id: number; readonly record: DerivedFingerprints }
  | { readonly kind: 'near-copies'; readonly id: number; readonly found: readonly NearCopyOf[] }
  | FailedReply;
