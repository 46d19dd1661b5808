/**
 * One read-only IndexedDB transaction over the tables a backup holds, kept open for as long as
 * the export runs, so every page it reads comes from one moment of the archive.
 *
 * IndexedDB gives that moment for free: a read/write transaction whose tables overlap an open
 * read-only one does not start until the read-only one ends (the spec's transaction ordering),
 * so imports, edits and deletes — in this tab or another — wait for the backup. Reads go on only
 * while no write waits: a read-only transaction begun after a waiting write on any of its tables
 * waits for that write, so for the backup too. The exporting tab's write sessions therefore wait
 * in the page for the backup to end (write-session.ts), not in IndexedDB.
 * What IndexedDB does not allow is awaiting anything else (the file being written) inside a
 * transaction: it commits as soon as no request of its own is pending. So the reader keeps one
 * cheap request (a `count` of an empty key range) always in flight, and issues every page read
 * from inside a request's success callback, where the transaction is still active.
 */

/** A page of rows read from one table of the snapshot, in primary-key order. */
export type SnapshotPage = readonly Record<string, unknown>[];

type Job = (tx: IDBTransaction) => void;

/** Reads pages of rows from one snapshot of `stores`; `close` ends the transaction. */
export class SnapshotReader {
  private readonly tx: IDBTransaction;
  private readonly jobs: Job[] = [];
  private closed = false;
  private failure: unknown;
  private readonly waiting = new Set<(error: unknown) => void>();
  /** How many keep-alive requests were made (for the bench: what holding the snapshot cost). */
  keepAlives = 0;

  constructor(db: IDBDatabase, stores: readonly string[]) {
    this.tx = db.transaction([...stores], 'readonly');
    const fail = (error: unknown): void => {
      this.failure ??= error ?? new Error('The backup’s read of the archive stopped.');
      for (const reject of this.waiting) reject(this.failure);
      this.waiting.clear();
    };
    this.tx.onabort = () => fail(this.tx.error);
    this.tx.onerror = () => fail(this.tx.error);
    this.tx.oncomplete = () => {
      if (!this.closed) fail(new Error('The backup’s read of the archive ended early.'));
    };
    this.tick(stores[0] as string);
  }

  // One request always in flight keeps the transaction alive; each success runs the queued jobs
  // (the transaction is active in a request's callback) and sends the next keep-alive.
  private tick(store: string): void {
    if (this.closed) return;
    this.keepAlives++;
    // An empty range: IndexedDB answers it without reading any row.
    const request = this.tx.objectStore(store).count(IDBKeyRange.only([]));
    request.onsuccess = () => {
      for (const job of this.jobs.splice(0)) job(this.tx);
      this.tick(store);
    };
  }

  /** Up to `count` rows of `store` with keys above `after` (from the first when undefined). */
  page(store: string, after: string | undefined, count: number): Promise<SnapshotPage> {
    return this.run((tx, done, fail) => {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const request = tx.objectStore(store).getAll(range, count);
      request.onsuccess = () => done(request.result as SnapshotPage);
      request.onerror = () => fail(request.error);
    });
  }

  /** How many rows `store` holds in the snapshot. */
  count(store: string): Promise<number> {
    return this.run((tx, done, fail) => {
      const request = tx.objectStore(store).count();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  }

  private run<T>(
    start: (tx: IDBTransaction, done: (value: T) => void, fail: (error: unknown) => void) => void,
  ): Promise<T> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('The snapshot is closed.'));
    return new Promise<T>((resolve, reject) => {
      this.waiting.add(reject);
      const settle = (): void => void this.waiting.delete(reject);
      this.jobs.push((tx) =>
        start(
          tx,
          (value) => (settle(), resolve(value)),
          (error) => (settle(), reject(error)),
        ),
      );
    });
  }

  /** Ends the transaction: writes waiting for the backup may start. */
  close(): void {
    this.closed = true;
  }
}
