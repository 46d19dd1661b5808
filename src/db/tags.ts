import type { ArchiveDatabase } from './database';
import { allArticlesKey, recountFacets } from './facets';
import { readRevision } from './revision';
import { listSourceFacets } from './source-facets';
import { afterWrites } from './write-session';

/** Trims, collapses spaces, lower-cases and de-duplicates tags, keeping their first order. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ').toLowerCase();
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/** Records tags in the tag list (call inside the transaction that uses them). */
export async function rememberTags(db: ArchiveDatabase, tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  const known = new Set((await db.tags.bulkGet([...tags])).map((t) => t?.name));
  const createdAt = new Date().toISOString();
  const fresh = tags.filter((t) => !known.has(t)).map((name) => ({ name, createdAt }));
  if (fresh.length) await db.tags.bulkPut(fresh);
}

/** Every tag ever used, by name. */
export async function listTags(db: ArchiveDatabase): Promise<string[]> {
  return db.tags.toCollection().primaryKeys();
}

/** The archive's publishers as the source facet names them, sorted (from the kept counts). */
export async function listSources(db: ArchiveDatabase): Promise<string[]> {
  return (await listSourceFacets(db)).map((facet) => facet.name);
}

/** How many articles the archive holds (a kept count: IndexedDB's count() walks every key). */
export async function countArticles(db: ArchiveDatabase): Promise<number> {
  return (await db.facets.get(allArticlesKey))?.count ?? 0;
}

/** Keys read per transaction by the start's count: a write waits for one slice at most. */
const countSlice = 5_000;

/**
 * The articles counted a slice of keys per transaction (not one moment of the archive). Each
 * slice waits for this tab's writes to end: at 100,000 articles the count is ~1.5 s of the
 * browser's CPU, which an import started meanwhile would share (the count it finds is then
 * discarded anyway, since the import changes the kept count).
 */
async function countInSlices(db: ArchiveDatabase): Promise<number> {
  let counted = 0;
  let after: string | undefined;
  for (;;) {
    await afterWrites(db);
    const from =
      after === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(after);
    const keys = await from.limit(countSlice).primaryKeys();
    counted += keys.length;
    if (keys.length < countSlice) return counted;
    after = keys[keys.length - 1];
  }
}

/** What the start's check of the kept counts found: right, recounted, or nothing sure. */
export type FacetCheck = 'agreed' | 'recounted' | 'unsure';

/**
 * Recounts the kept counts when they disagree with the archive (written around the app, or by
 * a version that did not keep them). One count of the whole archive, so the app runs it at most
 * once per start, not per write (see startup-check.ts). It counts a slice per transaction, since
 * one count held the articles ~2 s at 100,000 and an import started then waited for it; a count
 * that saw articles written meanwhile says nothing ('unsure': checked again at the next start),
 * and a disagreement is confirmed in one transaction before anything is recounted.
 */
export async function checkFacets(db: ArchiveDatabase): Promise<FacetCheck> {
  const [before, revision] = await Promise.all([countArticles(db), readRevision(db)]);
  const counted = await countInSlices(db);
  if ((await readRevision(db)) !== revision) return 'unsure';
  if (counted === before) return 'agreed';
  const [kept, actual] = await db.transaction('r', [db.articles, db.facets], () =>
    Promise.all([countArticles(db), db.articles.count()]),
  );
  if (kept === actual) return 'agreed';
  await db.transaction('rw', [db.articles, db.facets], () => recountFacets(db.articles, db.facets));
  return 'recounted';
}

/** `checkFacets`, true when the counts had to be recounted. */
export async function repairFacets(db: ArchiveDatabase): Promise<boolean> {
  return (await checkFacets(db)) === 'recounted';
}
