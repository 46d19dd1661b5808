import type { ArchiveDatabase } from './database';
import { checkSummaries, summariesToFill } from './summary-fill';
import { checkFacets } from './tags';

/**
 * The start's check of the kept counts and the summaries against the archive, once per schema
 * version rather than at every opening. Both are kept in the same transaction as every write the
 * app makes (facets.ts, summaries.ts), so once a check has found them right, only a writer that
 * does not keep them can make them wrong: a build with another schema (whose opening changes the
 * version, and so asks for the check again), or a test or bench writing IndexedDB around the app
 * (which must delete this mark: see tests/e2e/library-10k.spec.ts). The check reads every
 * article's whole record (~0.5 GB at 100,000, ~0.7 s of the browser's CPU), and since it waits
 * for an import under way it landed on the next import after every opening.
 */

/** The `meta` row saying the counts and summaries were found right, and under which schema. */
export const countsCheckedKey = 'counts-checked';

/**
 * Raise this when a fix changes how writes keep the counts or summaries under the same schema:
 * archives checked under the old rule are then checked again once.
 */
const checkRule = 1;

/** The mark's value: the schema version and the rule it was checked under. */
const markOf = (db: ArchiveDatabase): number => db.verno * 100 + checkRule;

/** True when the counts and summaries were found right under this schema version and rule. */
export async function countsChecked(db: ArchiveDatabase): Promise<boolean> {
  return (await db.meta.get(countsCheckedKey))?.value === markOf(db);
}

/**
 * Checks the kept counts, then the summaries against them, unless already found right under
 * this schema; true when the summaries must be filled afresh (see checkSummaries). The mark is
 * written only when both were found right (or recounted) with no write meanwhile and no fill
 * pending, so a check cut short or overtaken by an import runs again at the next start.
 */
export async function checkStartupCounts(db: ArchiveDatabase): Promise<boolean> {
  if (await countsChecked(db)) return false;
  const facets = await checkFacets(db);
  if (await checkSummaries(db)) return true;
  if (facets !== 'unsure' && !(await summariesToFill(db)))
    await db.meta.put({ key: countsCheckedKey, value: markOf(db) });
  return false;
}
