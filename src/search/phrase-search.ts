import type { SearchDocument } from '../core/search-store';
import { holdsPhrases, type Phrase } from './phrases';
import { byRank, termsOf, type Candidate, type RankedMatch } from './segment-search';

/** One article's candidacy: the forms of the query that found it, each with its match. */
type Found = readonly { readonly form: number; readonly match: Candidate }[];

/**
 * A phrase query's candidates: every article holding the words of some form of the query
 * ("£200m" and "£200 million" are two forms), in rank order (an article found by several forms
 * ranks by its best score), and each form's phrases. An article found by a form without a phrase
 * is a match as it is; the others must hold some finding form's phrases.
 */
export interface PhrasePlan {
  readonly phrases: readonly (readonly Phrase[])[];
  readonly candidates: readonly Found[];
}

/** How far a phrase check has got: candidates checked of all, matches found. */
export interface PhraseProgress {
  readonly checked: number;
  readonly of: number;
  readonly found: number;
}

const best = (found: Found): Candidate =>
  found.reduce((a, b) => (b.match.score > a.match.score ? b : a)).match;

/** The plan from each form's phrases and matches (all of them, ranked; terms not looked up). */
export function phrasePlanOf(
  forms: readonly { readonly phrases: readonly Phrase[]; readonly matches: readonly Candidate[] }[],
): PhrasePlan {
  const phrases = forms.map((f) => f.phrases);
  const [only] = forms;
  if (forms.length === 1 && only)
    return { phrases, candidates: only.matches.map((match) => [{ form: 0, match }]) };
  const byId = new Map<string, { form: number; match: Candidate }[]>();
  forms.forEach(({ matches }, form) => {
    for (const match of matches) {
      const known = byId.get(match.id);
      if (known) known.push({ form, match });
      else byId.set(match.id, [{ form, match }]);
    }
  });
  const candidates = [...byId.values()].sort((a, b) => byRank(best(a), best(b)));
  return { phrases, candidates };
}

/** A kept candidate as the UI gets it: its best score and every term any form matched. */
function rankedOf(found: Found): RankedMatch {
  const { id, score, publishedAt } = best(found);
  const terms = new Set(found.flatMap(({ match }) => termsOf(match)));
  return { id, score, publishedAt, terms: [...terms] };
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
    const { candidates, phrases } = this.plan;
    const free = (found: Found): boolean =>
      found.some(({ form }) => (phrases[form] ?? []).length === 0);
    const from = this.next;
    let to = from;
    const toRead: string[] = [];
    while (to < candidates.length && toRead.length < stepArticles) {
      const found = candidates[to++] as Found;
      if (!free(found)) toRead.push(best(found).id);
    }
    const docs = new Map<string, SearchDocument>();
    if (toRead.length > 0) for (const doc of await this.read(toRead)) docs.set(doc.id, doc);
    for (let i = from; i < to && this.kept.length < this.limit; i++) {
      const found = candidates[i] as Found;
      const doc = docs.get(best(found).id);
      // A candidate deleted since the plan was made is not read back, and not kept.
      const holds =
        free(found) || (doc && found.some(({ form }) => holdsPhrases(doc, phrases[form] ?? [])));
      if (holds) this.kept.push(rankedOf(found));
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
