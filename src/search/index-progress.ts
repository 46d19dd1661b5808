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

/**
 * The progress of an index being made ready, told to whoever waits for it: a listener hears the
 * latest news at once (a query asked mid-conversion), then each step, until the work ends.
 */
export class IndexProgressHub {
  private latest: IndexProgress | undefined;
  private readonly listeners = new Set<(progress: IndexProgress) => void>();

  /** News of the work under way (the engine's `onProgress`). */
  readonly tell = (progress: IndexProgress): void => {
    this.latest = progress;
    for (const listener of this.listeners) listener(progress);
  };

  /** The work ended (or failed): later listeners hear nothing of it. */
  readonly ended = (): void => {
    this.latest = undefined;
  };

  /** Tells `listener` the news from now on; returns what stops it. */
  listen(listener: (progress: IndexProgress) => void): () => void {
    if (this.latest) listener(this.latest);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
