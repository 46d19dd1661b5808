import { SKETCH_MATCHES_NEEDED } from '../core/near-copies/sketch';
import { isNearCopy, measureNearCopies } from '../core/near-copies/near-copy';
import type { ArchiveDatabase } from './database';
import { deleteArticles } from './articles';
import { linkVersions } from './versions';

/** An archived article a newly stored one nearly copies, and how much of it (0–1). */
export interface NearCopyOf {
  readonly articleId: string;
  readonly title: string;
  readonly share: number;
}

/** What to do with a near copy: join the earlier article's story, leave it be, or remove it. */
export type NearCopyChoice = 'link' | 'keep' | 'skip';

/** Candidates aligned at most per new article: the best by shared sketch values. */
const maxCandidates = 5;

/**
 * Finds near copies of a stored article among archived ones (e.g. in a worker): every match, best
 * first; `ignore` lists articles that must not count. The caller filters again on the answer (see
 * importItems), since the batch may store more articles while this runs.
 */
export type NearCopyFinder = (
  articleId: string,
  ignore: readonly string[],
) => Promise<readonly NearCopyOf[]>;

/**
 * The archived articles (of other stories) that a stored article nearly copies, best first.
 * Candidates come from the sketch index — one indexed lookup per sketch value, all in one read
 * transaction, never a scan of the archive's fingerprints — and the few sharing enough values are
 * aligned by the echo engine. `ignore` leaves out articles that must not count (those stored later
 * in the same batch).
 */
export async function findNearCopies(
  db: ArchiveDatabase,
  articleId: string,
  ignore: (id: string) => boolean = () => false,
): Promise<NearCopyOf[]> {
  // One transaction for every read: Dexie otherwise opens one per lookup (16 per article),
  // which was the import's largest cost on the page's thread at 10,000 articles.
  const found = await db.transaction('r', [db.articles, db.fingerprints], async () => {
    const [article, row] = await Promise.all([
      db.articles.get(articleId),
      db.fingerprints.get(articleId),
    ]);
    if (!article || !row || row.sketch.length === 0) return undefined;
    const hits = new Map<string, number>();
    const lists = await Promise.all(
      [...new Set(row.sketch)].map((value) =>
        db.fingerprints.where('sketch').equals(value).primaryKeys(),
      ),
    );
    for (const ids of lists)
      for (const id of new Set(ids))
        if (id !== articleId && !ignore(id)) hits.set(id, (hits.get(id) ?? 0) + 1);
    const likely = [...hits]
      .filter(([, shared]) => shared >= SKETCH_MATCHES_NEEDED)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, maxCandidates)
      .map(([id]) => id);
    if (likely.length === 0) return undefined;
    const [others, rows] = await Promise.all([
      db.articles.bulkGet(likely),
      db.fingerprints.bulkGet(likely),
    ]);
    return { article, likely, others, rows };
  });
  if (!found) return [];
  const { article, likely, others, rows } = found;
  const candidates = likely.flatMap((id, i) => {
    const other = others[i];
    const fp = rows[i];
    // The article's own story is already linked: a version is not a near copy to ask about.
    return other && fp && other.storyId !== article.storyId
      ? [{ id, fingerprints: fp.fingerprints, title: other.title }]
      : [];
  });
  return measureNearCopies(article.text, candidates)
    .filter(isNearCopy)
    .map((best) => ({
      articleId: best.id,
      title: candidates.find((c) => c.id === best.id)?.title ?? '',
      share: best.share,
    }));
}

/** The archived article (of another story) a stored article nearly copies best, if any. */
export async function findNearCopy(
  db: ArchiveDatabase,
  articleId: string,
  ignore: (id: string) => boolean = () => false,
): Promise<NearCopyOf | undefined> {
  return (await findNearCopies(db, articleId, ignore))[0];
}

/**
 * Carries out the choice for a near copy that was stored on import: `link` puts it in the
 * earlier article's story, `skip` removes the copy just added, `keep` leaves both as they are.
 */
export async function resolveNearCopy(
  db: ArchiveDatabase,
  copyId: string,
  earlierId: string,
  choice: NearCopyChoice,
): Promise<void> {
  if (choice === 'link') await linkVersions(db, earlierId, copyId);
  else if (choice === 'skip') await deleteArticles(db, [copyId]);
}
