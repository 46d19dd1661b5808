import { lockManager } from './web-locks';

/*
 * Background loads yield to an import's writes. Once a big archive opens, the derive worker loads
 * the near-copy sketches and the search worker the saved index: ~2 s of CPU at 100,000 articles,
 * beside ~1 s of the browser's reading for them. An import started then shared the machine's
 * cores with both, and its first 100 files came in at under half the empty archive's rate
 * (issue 11), though neither load is needed before its articles are stored: the near-copy checks
 * and the index's catching up come after. So an import holds this Web Lock, shared (imports
 * never wait for one another), from its first write until its articles are stored, and the loads
 * take it exclusively for a moment before each read: they pause while any import of the archive
 * writes, in this tab or another, and go on after. A lock rather than messages because the
 * workers and other tabs see it, and a tab that closes mid-import lets it go.
 *
 * Whoever holds it must never wait, while holding it, for a load that waits here: an import
 * takes it after earlier imports' tails (which await the loads), and lets it go before it awaits
 * its own near-copy checks and index changes.
 */
const lockName = (archive: string): string => `verso-import-writing:${archive}`;

/** Holds back archive `archive`'s background loads until `writes` settles (nothing without Web Locks). */
export function holdLoadsDuring(archive: string, writes: Promise<unknown>): void {
  const locks = lockManager();
  if (!locks) return;
  const until = writes.then(
    () => undefined,
    () => undefined,
  );
  locks.request(lockName(archive), { mode: 'shared' }, () => until).catch(() => undefined);
}

/** Resolves once no import of archive `archive` is writing (at once where there are no Web Locks). */
export async function afterImportWrites(archive: string): Promise<void> {
  const locks = lockManager();
  if (!locks) return;
  await locks.request(lockName(archive), { mode: 'exclusive' }, async () => undefined);
}

/**
 * Holds back archive `archive`'s background loads until the returned function is called, or for
 * `most` ms at the longest: for an import about to start, before its writes (see
 * ui/data/archive.ts, holdLoadsForImport). Calling the function again does nothing.
 */
export function holdLoadsUntil(archive: string, most: number): () => void {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const bound = setTimeout(release, most);
  holdLoadsDuring(archive, released);
  return () => {
    clearTimeout(bound);
    release();
  };
}
