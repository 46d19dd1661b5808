import type { ArticleFilters } from '../core/filters/article-filters';
import type { RankedMatch, SearchDocument } from './search-engine';

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

/** The worker's answer to request `id`. */
export type SearchResponse =
  | { readonly id: number; readonly kind: 'ok'; readonly matches?: readonly RankedMatch[] }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
