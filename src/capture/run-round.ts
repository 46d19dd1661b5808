import { dueSubscriptions } from '../core/watch/schedule';
import { dueSubscriptionRecords, saveCheckCrash, subscriptionsByIds } from '../db/watch-store';
import type { SubscriptionRecord } from '../db/watch-records';
import { checkSubscription, type CheckResult } from './check-subscription';
import { RoundBudget } from './round-budget';
import {
  defaultWatchLimits,
  type CapturedArticle,
  type RoundReport,
  type WatchEnv,
} from './watch-env';

/** Which subscriptions a round checks: those due, or the ones named ("check now"). */
export interface RoundRequest {
  /** Check these now, due or not, and fetch their watched articles again whatever the interval. */
  readonly only?: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
}

const sleepMs = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One capture round: the subscriptions due (most overdue first, capped) or the ones asked for,
 * a few at a time, sharing one request budget and one per-host pacing. A subscription whose
 * check fails unexpectedly is reported in words and rescheduled like any failure; the others go on.
 */
export async function runRound(env: WatchEnv, request: RoundRequest = {}): Promise<RoundReport> {
  const limits = { ...defaultWatchLimits, ...env.limits };
  const now = env.now ?? Date.now;
  const force = request.only !== undefined;
  const subscriptions: SubscriptionRecord[] = force
    ? await subscriptionsByIds(env.db, request.only ?? [])
    : dueSubscriptions(
        await dueSubscriptionRecords(env.db, now()),
        now(),
        limits.subscriptionsPerRound,
      );
  const budget = new RoundBudget(
    limits.requestsPerRound,
    limits.perHostDelayMs,
    env.fetch,
    now,
    env.sleep ?? sleepMs,
  );
  const added: CapturedArticle[] = [];
  const changed: CapturedArticle[] = [];
  const failures: { subscriptionId: string; reason: string }[] = [];
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < subscriptions.length; i = next++) {
      const subscription = subscriptions[i];
      if (!subscription) continue;
      let result: CheckResult;
      try {
        result = await checkSubscription(env, subscription, budget, limits, force);
      } catch {
        result = {
          added: [],
          changed: [],
          failure: 'The check stopped unexpectedly; it will be tried again.',
        };
        await saveCheckCrash(env.db, subscription, result.failure ?? '', now()).catch(
          () => undefined,
        );
      }
      added.push(...result.added);
      changed.push(...result.changed);
      if (result.failure)
        failures.push({ subscriptionId: subscription.id, reason: result.failure });
      request.onProgress?.(++done, subscriptions.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limits.concurrency) }, worker));
  return {
    checked: subscriptions.length,
    added,
    changed,
    requests: budget.requests,
    notModified: budget.notModified,
    failures,
  };
}
