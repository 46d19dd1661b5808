import type {
  CheckOutcome,
  SubscriptionRecord,
  WatchedPageRecord,
  WatchMarkRecord,
} from '../db/watch-records';
import { saveCheck } from '../db/watch-store';
import { scheduleAfter } from '../core/watch/schedule';
import { feedSiteName } from '../core/watch/feed-site';
import { noValidators, type FeedItem, type WatchResponse } from '../core/watch/watch-model';
import {
  freshPage,
  rechecks,
  unseenItems,
  watchedPageCandidate,
  type Candidate,
} from './candidates';
import { feedWatchedAsPage } from './feed-as-page';
import { importCaptures, type Capture } from './import-captures';
import type { RoundBudget } from './round-budget';
import { readSubscribedFeed } from './read-subscribed-feed';
import type { CapturedArticle, WatchEnv, WatchLimits } from './watch-env';

/** What checking one subscription found, for the round's report. */
export interface CheckResult {
  readonly added: CapturedArticle[];
  readonly changed: CapturedArticle[];
  readonly failure?: string;
}

interface Tally {
  newCount: number;
  changedCount: number;
  unchangedCount: number;
  readonly notes: string[];
  readonly pages: Map<string, WatchedPageRecord>;
  readonly marks: WatchMarkRecord[];
  readonly result: CheckResult;
}

const pageName = (page: WatchedPageRecord): string => page.url;

function problem(tally: Tally, page: WatchedPageRecord, reason: string, now: number): void {
  tally.pages.set(page.url, {
    ...page,
    lastCheckedAt: now,
    failures: page.failures + 1,
    lastProblem: reason,
  });
  tally.notes.push(`${pageName(page)}: ${reason}`);
}

/** The feed a check read: its address and title, which name the site of its own pages. */
interface FeedNames {
  readonly url: string;
  readonly title: string;
}

// A fetched page's fate before import: unchanged (304), gone (404/410), failed, or captured.
function afterFetch(
  tally: Tally,
  page: WatchedPageRecord,
  response: WatchResponse,
  now: number,
  item: FeedItem | undefined,
  captures: Capture[],
  feed: FeedNames | undefined,
): void {
  if (response.kind === 'not-modified') {
    tally.unchangedCount++;
    tally.pages.set(page.url, { ...page, lastCheckedAt: now, failures: 0, lastProblem: '' });
  } else if (response.kind === 'failed') {
    if (response.status === 404 || response.status === 410) {
      const kept = page.articleId ? ' The archived copy is kept.' : '';
      tally.pages.set(page.url, {
        ...page,
        lastCheckedAt: now,
        gone: true,
        lastProblem: response.reason,
      });
      tally.notes.push(`${pageName(page)}: ${response.reason}${kept}`);
    } else problem(tally, page, response.reason, now);
  } else {
    // A page taken down and put back (only a watched page is asked again after a 404) is not gone.
    tally.pages.set(page.url, {
      ...page,
      lastCheckedAt: now,
      validators: response.validators,
      gone: false,
    });
    captures.push({
      url: page.url,
      page: {
        kind: 'ok',
        finalUrl: response.finalUrl,
        contentType: response.contentType,
        bytes: response.bytes,
      },
      ...(item ? { item } : {}),
      ...(!item && page.articleId ? { articleId: page.articleId } : {}),
      // A feed's own pages that name no site are its title's, not "127.0.0.1"'s.
      ...(item && feed ? { siteName: feedSiteName(feed.url, feed.title, response.finalUrl) } : {}),
    });
  }
}

async function fetchCandidates(
  candidates: readonly Candidate[],
  subscription: SubscriptionRecord,
  budget: RoundBudget,
  limits: WatchLimits,
  tally: Tally,
  now: number,
  feed: FeedNames | undefined,
): Promise<Capture[]> {
  const captures: Capture[] = [];
  let skipped = 0;
  for (const candidate of candidates) {
    const page =
      candidate.kind === 'new' ? freshPage(subscription, candidate.item, now) : candidate.page;
    const response = await budget.fetch({
      url: page.url,
      validators: page.validators,
      maxBytes: limits.pageMaxBytes,
    });
    if (!response) {
      skipped++;
      continue;
    }
    afterFetch(
      tally,
      page,
      response,
      now,
      candidate.kind === 'new' ? candidate.item : undefined,
      captures,
      feed,
    );
  }
  if (skipped > 0)
    tally.notes.push(
      `${skipped} more to fetch in the next round (this round's limit was reached).`,
    );
  return captures;
}

async function importAndTally(
  env: WatchEnv,
  subscription: SubscriptionRecord,
  captures: readonly Capture[],
  tally: Tally,
  now: number,
  budget: RoundBudget,
): Promise<void> {
  const results = await budget.exclusive(() => importCaptures(env, env.db, captures));
  results.forEach((result, i) => {
    const capture = captures[i];
    const page = capture && tally.pages.get(capture.url);
    if (!capture || !page) return;
    // A page is never skipped as a file that is no article is; the union still has the case.
    if (result.kind === 'failed' || result.kind === 'cancelled' || result.kind === 'skipped') {
      const reason =
        result.kind === 'failed'
          ? (subscription.kind === 'page' && feedWatchedAsPage(capture)) || result.reason
          : result.kind === 'skipped'
            ? 'It is not an article.'
            : 'Cancelled.';
      problem(tally, page, reason, now);
      return;
    }
    const ok = { ...page, failures: 0, lastProblem: '' };
    if (result.kind === 'already-archived') {
      tally.unchangedCount++;
      tally.pages.set(page.url, { ...ok, articleId: page.articleId || result.articleId });
      return;
    }
    tally.pages.set(page.url, { ...ok, articleId: result.articleId });
    const kind = result.kind === 'added' ? 'new' : 'changed';
    tally.marks.push({
      articleId: result.articleId,
      kind,
      subscriptionId: subscription.id,
      at: now,
    });
    const captured = {
      articleId: result.articleId,
      title: capture.item?.title || page.url,
      subscriptionId: subscription.id,
    };
    if (kind === 'new') {
      tally.newCount++;
      tally.result.added.push(captured);
    } else {
      tally.changedCount++;
      tally.result.changed.push(captured);
    }
  });
}

/**
 * Checks one subscription: fetches its feed conditionally and reads it (or takes the watched page
 * itself), fetches new items and the watched articles due again, imports what came back through
 * the URL import, and stores the outcome, the next check (with back-off on failure) and the
 * marks in one transaction. Never throws for a bad feed or page: each problem is a note in words.
 */
export async function checkSubscription(
  env: WatchEnv,
  subscription: SubscriptionRecord,
  budget: RoundBudget,
  limits: WatchLimits,
  force: boolean,
): Promise<CheckResult> {
  const { db } = env;
  const now = (env.now ?? Date.now)();
  const tally: Tally = {
    newCount: 0,
    changedCount: 0,
    unchangedCount: 0,
    notes: [],
    pages: new Map(),
    marks: [],
    result: { added: [], changed: [] },
  };
  let updated: SubscriptionRecord = subscription;
  const candidates: Candidate[] = [];
  let feedNames: FeedNames | undefined;
  let failure: { reason: string; blocked: boolean; retryAfterMs: number } | undefined;
  if (subscription.kind === 'feed') {
    const feed = await readSubscribedFeed(env, subscription, budget, limits);
    if (feed.kind === 'failed') failure = feed;
    else {
      if (feed.kind === 'read') {
        updated = { ...updated, title: feed.title || updated.title, validators: feed.validators };
        feedNames = { url: subscription.url, title: feed.title };
        tally.notes.push(...feed.notes);
        const unseen = await unseenItems(db, subscription, feed.items);
        const taken = unseen.slice(0, limits.newItemsPerSubscription);
        if (unseen.length > taken.length) {
          tally.notes.push(
            `${unseen.length - taken.length} more new items wait for the next round.`,
          );
          // Items are left: the next round must read the feed again, not be told "not modified".
          updated = { ...updated, validators: noValidators };
        }
        for (const item of taken) candidates.push({ kind: 'new', item });
      }
    }
  } else {
    candidates.push(await watchedPageCandidate(db, subscription));
  }
  if (subscription.kind === 'feed')
    for (const page of await rechecks(db, subscription, now, force, limits.rechecksPerSubscription))
      candidates.push({ kind: 'recheck', page });
  const captures = await fetchCandidates(
    candidates,
    subscription,
    budget,
    limits,
    tally,
    now,
    feedNames,
  );
  await importAndTally(env, subscription, captures, tally, now, budget);
  // A watched page that cannot be fetched is the subscription's failure, not just a note.
  if (subscription.kind === 'page' && !failure && tally.pages.get(subscription.url)?.lastProblem)
    failure = {
      reason: tally.pages.get(subscription.url)?.lastProblem ?? '',
      blocked: false,
      retryAfterMs: 0,
    };
  const outcome: CheckOutcome = failure
    ? { kind: 'failed', reason: failure.reason, blocked: failure.blocked }
    : {
        kind: 'ok',
        newCount: tally.newCount,
        changedCount: tally.changedCount,
        unchangedCount: tally.unchangedCount,
        notes: tally.notes,
      };
  updated = {
    ...updated,
    ...scheduleAfter(updated, { ok: !failure, retryAfterMs: failure?.retryAfterMs ?? 0 }, now),
    lastCheckedAt: now,
    lastOutcome: outcome,
    totalNew: updated.totalNew + tally.newCount,
    totalChanged: updated.totalChanged + tally.changedCount,
  };
  await saveCheck(db, {
    subscription: updated,
    pages: [...tally.pages.values()],
    marks: tally.marks,
  });
  return failure ? { ...tally.result, failure: failure.reason } : tally.result;
}
