import type { ArchiveDatabase } from './database';
import type { ArticleRecord, DerivedFingerprints, OriginalRecord } from './records';
import { deriveFingerprintRecord, storedFingerprints } from './derive';
import { rememberTags } from './tags';
import { putSketches, type WrittenSketch } from './sketches';
import { sameCapture } from '../core/watch/capture-change';

/** What storing one article did. */
export type StoreOutcome =
  | {
      readonly kind: 'added' | 'new-version';
      readonly article: ArticleRecord;
      /** Its near-copy sketch row as written (none for a text too short to have one). */
      readonly sketch: WrittenSketch | undefined;
    }
  | { readonly kind: 'already-archived'; readonly existingId: string };

/**
 * An archived article this one is a version of: the same address once normalised (`urlKey`:
 * tracking parameters, fragments, `www.`, AMP copies… do not count), else same source and title.
 */
export async function findEarlierVersion(
  db: ArchiveDatabase,
  article: Pick<ArticleRecord, 'urlKey' | 'source' | 'title'>,
): Promise<ArticleRecord | undefined> {
  if (article.urlKey) {
    const sameUrl = await db.articles.where('urlKey').equals(article.urlKey).first();
    if (sameUrl) return sameUrl;
  }
  if (article.source && article.title)
    return db.articles.where('[source+title]').equals([article.source, article.title]).first();
  return undefined;
}

/**
 * Writes one article in one transaction: dedupe by content hash, join the story of an earlier
 * version if there is one, and store its fingerprints, tags and (for a doubtful encoding) its
 * original bytes with it. All or nothing. The
 * caller stamps a new archive revision before its batch (see importItems), not per article.
 */
export async function storeArticle(
  db: ArchiveDatabase,
  record: ArticleRecord,
  derivedTitle: boolean,
  original?: OriginalRecord,
  rules: StoreRules = {},
): Promise<StoreOutcome> {
  const [outcome] = await storeArticles(db, [{ record, derivedTitle, original, rules }]);
  if (!outcome) throw new Error('storeArticles answered nothing');
  return outcome;
}

/** How an article is stored. */
export interface StoreRules {
  readonly retitledIsNewVersion?: boolean;
  /** Its fingerprint row when already derived (in a worker, off the page's thread). */
  readonly fingerprints?: DerivedFingerprints;
}

/** One article to store, as storeArticle takes it. */
export interface ToStore {
  readonly record: ArticleRecord;
  readonly derivedTitle: boolean;
  readonly original?: OriginalRecord;
  readonly rules?: StoreRules;
}

/**
 * Stores several articles, one after another, in one transaction, each as storeArticle would
 * (a later one sees the earlier ones, so a repeat within the group is already archived). All
 * or nothing: if one cannot be written none is, and the caller stores them one by one to find
 * which. For an import into a large archive, where each transaction's commit costs more as the
 * archive grows (~6 ms at 100,000 articles against ~2.5 ms empty in Chromium).
 */
export function storeArticles(
  db: ArchiveDatabase,
  group: readonly ToStore[],
): Promise<StoreOutcome[]> {
  const rows = group.map(({ record, rules }) =>
    rules?.fingerprints?.articleId === record.id
      ? rules.fingerprints
      : deriveFingerprintRecord(record),
  );
  return db.transaction(
    'rw',
    [db.articles, db.stories, db.tags, db.fingerprints, db.sketches, db.originals],
    async (): Promise<StoreOutcome[]> => {
      const outcomes: StoreOutcome[] = [];
      for (const [i, item] of group.entries()) {
        const fingerprints = rows[i];
        if (fingerprints) outcomes.push(await storeOne(db, item, fingerprints));
      }
      return outcomes;
    },
  );
}

// One article's steps, inside the caller's transaction.
async function storeOne(
  db: ArchiveDatabase,
  { record, derivedTitle, original, rules = {} }: ToStore,
  fingerprints: DerivedFingerprints,
): Promise<StoreOutcome> {
  const sameText = db.articles.where('contentHash').equals(record.contentHash);
  // A watched page retitled with its text untouched is a new version (sameCapture decides).
  const same = rules.retitledIsNewVersion
    ? await sameText.filter((a) => a.urlKey !== record.urlKey || sameCapture(a, record)).first()
    : await sameText.first();
  if (same) return { kind: 'already-archived', existingId: same.id };
  // A title made up from the first sentence says nothing about which story this is.
  const earlier = await findEarlierVersion(db, derivedTitle ? { ...record, title: '' } : record);
  const article = earlier ? { ...record, storyId: earlier.storyId } : record;
  // A story gets its row when it gets a second version; a story of one needs none.
  if (earlier && !(await db.stories.get(earlier.storyId)))
    await db.stories.add({
      id: earlier.storyId,
      title: earlier.title,
      createdAt: earlier.importedAt,
    });
  await db.articles.add(article);
  await db.fingerprints.put(storedFingerprints(fingerprints));
  // A new article (its id was just made) has no older sketch row to replace.
  const [sketch] = await putSketches(db, [fingerprints], true);
  if (original) await db.originals.put(original);
  await rememberTags(db, article.tags);
  return { kind: earlier ? 'new-version' : 'added', article, sketch };
}
