import type { SearchDocument } from '../core/search-store';
import { holdsPhrases, type Phrase } from './phrases';
import { mergeRanked, type RankedMatch } from './segment-search';

/**
 * A phrase query's candidates: every article holding the words of some form of the query, in
 * rank order, and for each the phrase sets that would make it a match (one per form that found
 * it: "£200m" and "£200 million" are two forms). An empty set means a form without a phrase
 * found it: no need to read it.
 */
export interface PhrasePlan {
  readonly candidates: readonly RankedMatch[];
  readonly needs: ReadonlyMap<string, readonly (readonly Phrase[])[]>;
}

/** How far a phrase check has got: candidates checked of all, matches found. */
export interface PhraseProgress {
  readonly checked: number;
  readonly of: number;
  readonly found: number;
}

/** The plan from each form's matches (unlimited) and phrases. */
export function phrasePlanOf(
  forms: readonly { readonly phrases: readonly Phrase[]; readonly matches: RankedMatch[] }[],
): PhrasePlan {
  const needs = new Map<string, Phrase[][]>();
  for (const { phrases, matches } of forms)
    for (const match of matches) {
      const known = needs.get(match.id);
      if (known) known.push([...phrases]);
      else needs.set(match.id, [[...phrases]]);
    }
  const lists = forms.map((f) => f.matches);
  const candidates = lists.length === 1 ? (lists[0] ?? []) : mergeRanked(lists, Infinity);
  return { candidates, needs };
}

/** Articles read per step: a step is one IndexedDB read, so other requests wait at most that. */
const stepArticles = 100;

/**
 * Walks a plan's candidates in rank order, reading their text a step at a time, and keeps those
 * that hold their phrases, until `limit` are kept: the matches shown, and their count, are then
 * exact (the count up to the limit), at the cost of reading the candidates checked.
 */
export class PhraseCheck {
  private next = 0;
  private readonly kept: RankedMatch[] = [];

  constructor(
    private readonly plan: PhrasePlan,
    private readonly limit: number,
    private readonly read: (ids: readonly string[]) => Promise<readonly SearchDocument[]>,
  ) {}

  /** True once `limit` matches are kept or every candidate was checked. */
  finished(): boolean {
    return this.kept.length >= this.limit || this.next >= this.plan.candidates.length;
  }

  /** The matches kept, in rank order. */
  get matches(): readonly RankedMatch[] {
    return this.kept;
  }

  /** Candidates checked of all, matches kept. */
  get progress(): PhraseProgress {
    const { next, plan, kept } = this;
    return { checked: next, of: plan.candidates.length, found: kept.length };
  }

  /** Checks the next candidates: up to `stepArticles` that must be read, in one read. */
  async step(): Promise<void> {
    const { candidates, needs } = this.plan;
    const from = this.next;
    let to = from;
    const toRead: string[] = [];
    while (to < candidates.length && toRead.length < stepArticles) {
      const id = (candidates[to++] as RankedMatch).id;
      if (!(needs.get(id) ?? []).some((set) => set.length === 0)) toRead.push(id);
    }
    const docs = new Map<string, SearchDocument>();
    if (toRead.length > 0) for (const doc of await this.read(toRead)) docs.set(doc.id, doc);
    for (let i = from; i < to && this.kept.length < this.limit; i++) {
      const match = candidates[i] as RankedMatch;
      const sets = needs.get(match.id) ?? [];
      const doc = docs.get(match.id);
      // A candidate deleted since the plan was made is not read back, and not kept.
      const holds = sets.some((set) => set.length === 0 || (doc && holdsPhrases(doc, set)));
      if (holds) this.kept.push(match);
    }
    this.next = to;
  }
}

/** How a phrase check is run: cancelled, told of progress, and each step scheduled. */
export interface PhraseRunning {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: PhraseProgress) => void;
  /** Runs a step when it is its turn (the worker queues each behind requests that came since). */
  readonly turn?: (step: () => Promise<void>) => Promise<void>;
}

/** Progress is told once the check has run this long, then at most this often. */
const progressEveryMs = 250;

/** Runs `check` to its end (or until `signal` aborts, which rejects) and returns its matches. */
export async function runPhraseCheck(
  check: PhraseCheck,
  { signal, onProgress, turn = (step) => step() }: PhraseRunning = {},
): Promise<readonly RankedMatch[]> {
  let told = Date.now();
  while (!check.finished()) {
    signal?.throwIfAborted();
    await turn(() => check.step());
    if (onProgress && !check.finished() && Date.now() - told >= progressEveryMs) {
      told = Date.now();
      onProgress(check.progress);
    }
  }
  signal?.throwIfAborted();
  return check.matches;
}
