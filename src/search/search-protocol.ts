import type { ArticleFilters } from '../core/filters/article-filters';
import type { RankedMatch, SearchDocument } from './search-engine';

/** A request to the search worker; `db` names the archive's database. */
export type SearchRequest = { readonly id: number; readonly db: string } & (
  | { readonly op: 'rebuild' }
  | { readonly op: 'persist' }
  | {
      readonly op: 'apply';
      readonly upserts: readonly SearchDocument[];
      readonly removals: readonly string[];
      readonly revision: number;
      readonly persist: boolean;
    }
  | {
      readonly op: 'query';
      readonly text: string;
      readonly filters: ArticleFilters;
      readonly limit: number;
    }
);

/** The worker's answer to request `id`. */
export type SearchResponse =
  | { readonly id: number; readonly kind: 'ok'; readonly matches?: readonly RankedMatch[] }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
