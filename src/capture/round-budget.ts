import { HostPacer } from '../core/watch/host-pacer';
import type { WatchFetcher, WatchRequest, WatchResponse } from '../core/watch/watch-model';

/** The requests a round may still make, the pacing per host, and the counts for its report. */
export class RoundBudget {
  requests = 0;
  notModified = 0;
  private readonly pacer: HostPacer;

  constructor(
    private readonly cap: number,
    delayMs: number,
    private readonly fetcher: WatchFetcher,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    this.pacer = new HostPacer(delayMs);
  }

  private imports: Promise<unknown> = Promise.resolve();

  /** Runs `task` after the round's earlier imports: one import batch at a time, fetches in parallel. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.imports.then(task, task);
    this.imports = run.catch(() => undefined);
    return run;
  }

  /** True while the round may make another request. */
  get open(): boolean {
    return this.requests < this.cap;
  }

  /** Makes one request after its host's politeness wait; undefined once the round's cap is spent. */
  async fetch(request: WatchRequest): Promise<WatchResponse | undefined> {
    if (!this.open) return undefined;
    this.requests++;
    const wait = this.pacer.reserve(request.url, this.now());
    if (wait > 0) await this.sleep(wait);
    const response = await this.fetcher(request);
    if (response.kind === 'not-modified') this.notModified++;
    return response;
  }
}
