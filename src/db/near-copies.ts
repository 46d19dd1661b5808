import type { SketchTable } from '../core/near-copies/sketch-table';
import type { Fingerprints } from '../core/echoes/fingerprint';
import { isNearCopy, measureNearCopies } from '../core/near-copies/near-copy';
import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { fingerprintArticle } from './derive';
import { currentSketches } from './sketch-index';
import type { WrittenSketch } from './sketches';
import { deleteArticles } from './articles';
import { linkVersions } from './versions';
import { sameSource } from './store-plan';
import { samePublisher } from '../core/sources/publisher';

/** An archived article a newly stored one nearly copies, and how much of it (0–1). */
export interface NearCopyOf {
  readonly articleId: string;
  readonly title: string;
  readonly share: number;
  /**
   * Whether the two name one publisher (core/sources/publisher.ts), so the copy may be a version
   * of the earlier article's story. False when either names no source (a paste, a bare .txt):
   * by the publisher rule a source-less text is a publisher of its own, and its near copy may as
   * well be another paper's printing, so it is named as a near copy to keep or skip, never
   * offered as a version ("Link all" over a folder of wire printings would make them one story).
   */
  readonly version: boolean;
}

/** What to do with a near copy: join the earlier article's story, leave it be, or remove it. */
export type NearCopyChoice = 'link' | 'keep' | 'skip';

/** Candidates aligned at most per new article: the best by shared sketch values. */
const maxCandidates = 5;

/**
 * Finds near copies of a stored article among archived ones (e.g. in a worker): every match, best
 * first; `ignore` lists articles that must not count. The caller filters again on the answer (see
 * importItems), since the batch may store more articles while this runs. `known` is the
 * article's sketch row as its write numbered it, when the caller has it (see currentSketches).
 */
export type NearCopyFinder = (
  articleId: string,
  ignore: readonly string[],
  known?: WrittenSketch,
) => Promise<readonly NearCopyOf[]>;

// A candidate's fingerprints from its text; none when the stored text is damaged (not a string),
// which leaves that one candidate out rather than the whole check (the others are still aligned).
function fingerprintsOf(text: string): Fingerprints | undefined {
  try {
    return fingerprintArticle(text);
  } catch {
    return undefined;
  }
}

/** Candidate rows read at most per new article, counting those that cannot be versions of it. */
const maxRowsRead = 4 * maxCandidates;

/**
 * The likely near copies, up to maxCandidates, that are still archived and `fit` (could be a
 * version of the new article), with their articles. Candidates that do not fit are passed over
 * before the slots are filled: a wire story's other printings would otherwise take all five.
 */
async function archivedCandidates(
  db: ArchiveDatabase,
  table: SketchTable,
  ranked: readonly string[],
  fits: (row: ArticleRecord) => boolean,
): Promise<{ ids: string[]; rows: ArticleRecord[] }> {
  const ids: string[] = [];
  const rows: ArticleRecord[] = [];
  // Most are still there and fit, so this reads maxCandidates rows in one step; an article
  // deleted since the sketches were read is forgotten and the next one in line takes its place.
  for (let at = 0; at < Math.min(ranked.length, maxRowsRead) && ids.length < maxCandidates;) {
    const step = ranked.slice(at, Math.min(at + maxCandidates - ids.length, maxRowsRead));
    at += step.length;
    const found = await db.articles.bulkGet(step);
    for (const [i, id] of step.entries()) {
      const row = found[i];
      if (!row) table.forget(id);
      else if (fits(row)) {
        ids.push(id);
        rows.push(row);
      }
    }
  }
  return { ids, rows };
}

/**
 * The archived articles (of other stories) that a stored article nearly copies, best first.
 * Candidates come from the archive's sketches held in memory (currentSketches: no IndexedDB
 * index read per sketch value, nothing that grows with the archive), and the few sharing enough
 * values are fingerprinted from their texts (none are stored) and aligned by the echo engine.
 * `ignore` leaves out articles that must not count (those stored later in the same batch).
 */
export async function findNearCopies(
  db: ArchiveDatabase,
  articleId: string,
  ignore: (id: string) => boolean = () => false,
  known?: WrittenSketch,
): Promise<NearCopyOf[]> {
  const table = await currentSketches(
    db,
    known ? { articleId, seq: known.seq, sketch: known.sketch } : undefined,
  );
  const sketch = table.sketchOf(articleId);
  if (!sketch || sketch.length === 0) return [];
  const ranked = table.matches(sketch, (id) => id === articleId || ignore(id)).map((m) => m.id);
  if (ranked.length === 0) return [];
  const found = await db.transaction('r', [db.articles], async () => {
    const article = await db.articles.get(articleId);
    if (!article) return undefined;
    // The article's own story is already linked: a version is not a near copy to ask about.
    // Another paper's printing is a reprint, which the clusters show, not a near copy to name. A
    // text naming no source may repeat any paper's (sameSource), so it is named, not as a version.
    const { ids, rows } = await archivedCandidates(
      db,
      table,
      ranked,
      (other) => other.storyId !== article.storyId && sameSource(other.source, article.source),
    );
    return { article, likely: ids, others: rows };
  });
  if (!found) return [];
  const { article, likely, others } = found;
  const candidates = likely.flatMap((id, i) => {
    const other = others[i];
    if (!other) return [];
    const fingerprints = fingerprintsOf(other.text);
    return fingerprints
      ? [
          {
            id,
            fingerprints,
            title: other.title,
            version: samePublisher(other.source, article.source),
          },
        ]
      : [];
  });
  return measureNearCopies(article.text, candidates)
    .filter(isNearCopy)
    .map((best) => {
      const candidate = candidates.find((c) => c.id === best.id);
      return {
        articleId: best.id,
        title: candidate?.title ?? '',
        share: best.share,
        version: candidate?.version ?? false,
      };
    });
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
