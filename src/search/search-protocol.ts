import type { ArticleFilters } from '../core/filters/article-filters';
import type { RankedMatch, SearchDocument } from './search-engine';
import type { SearchWait } from './index-progress';

/** A request to the search worker (the worker client adds its `id`); `db` names the archive's database. */
export type SearchRequest = { readonly db: string } & (
  | { readonly kind: 'open' }
  | { readonly kind: 'rebuild' }
  | { readonly kind: 'persist' }
  | {
      readonly kind: 'apply';
      readonly upserts: readonly SearchDocument[];
      readonly removals: readonly string[];
      readonly revision: number;
      readonly persist: boolean;
      /** Articles to index as stored, read here (their text never crossed the page). */
      readonly readBack?: readonly string[];
    }
  | {
      readonly kind: 'query';
      readonly text: string;
      readonly filters: ArticleFilters;
      readonly limit: number;
    }
);

/**
 * A query waiting: for its index to load, convert or rebuild (search-engine.ts), or for its
 * phrase check (sent while it takes long; see phrase-search.ts).
 */
export type SearchProgress = { readonly id: number; readonly kind: 'progress' } & SearchWait;

/** The worker's answer to request `id`, or news of how far it has got. */
export type SearchResponse =
  | { readonly id: number; readonly kind: 'ok'; readonly matches?: readonly RankedMatch[] }
  | SearchProgress
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
