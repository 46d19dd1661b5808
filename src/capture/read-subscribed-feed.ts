import type { SubscriptionRecord } from '../db/watch-records';
import type { FeedItem, Validators } from '../core/watch/watch-model';
import type { RoundBudget } from './round-budget';
import type { WatchEnv, WatchLimits } from './watch-env';

/** A subscribed feed after its conditional fetch: read, unchanged since last time, or failed. */
export type SubscribedFeed =
  | {
      readonly kind: 'read';
      readonly title: string;
      readonly items: readonly FeedItem[];
      readonly validators: Validators;
      readonly notes: readonly string[];
    }
  | { readonly kind: 'not-modified' }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      readonly blocked: boolean;
      readonly retryAfterMs: number;
    };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Fetches a subscription's feed with its validators and reads it (in the env's feed reader). */
export async function readSubscribedFeed(
  env: WatchEnv,
  subscription: SubscriptionRecord,
  budget: RoundBudget,
  limits: WatchLimits,
): Promise<SubscribedFeed> {
  const response = await budget.fetch({
    url: subscription.url,
    validators: subscription.validators,
    maxBytes: limits.feedMaxBytes,
  });
  if (!response)
    return {
      kind: 'failed',
      reason: "This round's request limit was reached; it is checked next round.",
      blocked: false,
      retryAfterMs: 0,
    };
  if (response.kind === 'not-modified') return { kind: 'not-modified' };
  if (response.kind === 'failed')
    return {
      kind: 'failed',
      reason: response.reason,
      blocked: response.blocked,
      retryAfterMs: response.retryAfterMs,
    };
  const reading = await env.readFeed(response.bytes, response.contentType, response.finalUrl);
  if (reading.kind === 'failed')
    return { kind: 'failed', reason: reading.reason, blocked: false, retryAfterMs: 0 };
  const notes: string[] = [];
  if (reading.withoutLink > 0)
    notes.push(
      `${plural(reading.withoutLink, 'item has', 'items have')} no link to an article and ${reading.withoutLink === 1 ? 'was' : 'were'} skipped.`,
    );
  if (reading.duplicates > 0)
    notes.push(
      `${plural(reading.duplicates, 'item repeats', 'items repeat')} another's ID and ${reading.duplicates === 1 ? 'was' : 'were'} kept once.`,
    );
  return {
    kind: 'read',
    title: reading.title,
    items: reading.items,
    validators: response.validators,
    notes,
  };
}
