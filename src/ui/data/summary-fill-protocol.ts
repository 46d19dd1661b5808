import type { SummaryFillProgress } from '../../db/summary-fill';
import type { FailedReply } from '../../worker-client/worker-messages';

/**
 * What the summary-fill worker is asked: fill older summaries of the archive `database`, or
 * (after them) the addresses older articles were fetched by (schema v20, url-key-fill.ts).
 */
export interface SummaryFillRequest {
  readonly kind: 'fill-summaries' | 'fill-url-keys';
  readonly database: string;
}

/** Its answers: progress, then whether it finished (false: stopped, to go on next time). */
export type SummaryFillReply =
  | ({ readonly kind: 'progress'; readonly id: number } & SummaryFillProgress)
  | { readonly kind: 'summaries-filled'; readonly id: number; readonly finished: boolean }
  | FailedReply;
