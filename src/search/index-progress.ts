import type { PhraseProgress } from './phrase-search';

/**
 * How far an index that must be read (`load`), converted from an older version's rows or terms
 * (`convert`, once after an upgrade: ~26 s at 100,000 articles) or built again (`rebuild`) has
 * got: `done` articles of `of`. A query waits for it, so the UI says so.
 */
export interface IndexProgress {
  readonly work: 'load' | 'convert' | 'rebuild';
  readonly done: number;
  readonly of: number;
}

/** What a waiting query hears: its index being made ready, or its phrase being checked. */
export type SearchWait =
  ({ readonly stage: 'index' } & IndexProgress) | ({ readonly stage: 'phrase' } & PhraseProgress);

/** One piece of work's voice on a hub: its news, and its end. */
export interface IndexWork {
  readonly tell: (progress: IndexProgress) => void;
  readonly ended: () => void;
}

/**
 * The progress of an index being made ready, told to whoever waits for it: a listener hears the
 * latest news at once (a query asked mid-conversion), then each step, until the work ends. Only
 * the newest work speaks: a rebuild started while a load still reads (the archive changed under
 * it) replaces it, and the load's late steps and its end no longer reach the line — its end had
 * cleared the news while the rebuild still ran, so a search typed then said nothing.
 */
export class IndexProgressHub {
  private latest: IndexProgress | undefined;
  private newest: object | undefined;
  private readonly listeners = new Set<(progress: IndexProgress) => void>();

  /** Starts a piece of work (the engine's `onProgress` is its `tell`); older work falls silent. */
  begin(): IndexWork {
    const work = {};
    this.newest = work;
    return {
      tell: (progress) => {
        if (this.newest !== work) return;
        this.latest = progress;
        for (const listener of this.listeners) listener(progress);
      },
      ended: () => {
        if (this.newest !== work) return;
        this.newest = undefined;
        this.latest = undefined;
      },
    };
  }

  /** Tells `listener` the news from now on; returns what stops it. */
  listen(listener: (progress: IndexProgress) => void): () => void {
    if (this.latest) listener(this.latest);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
