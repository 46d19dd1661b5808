import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { sameCapture } from '../core/watch/capture-change';
import { hashKey, titleKeyKey, urlKeyKey, type KeyFilter } from './key-filter';
import { publisherKeys, samePublisher } from '../core/sources/publisher';
import type { SourceNames } from './source-names';
import { versionTitle } from '../core/versions/version-rule';
import { fetchedKeysOf } from './migrations-v20';
import { fetchedFrom } from './url-key-fill';
import { namesAnArticle } from '../core/versions/article-address';
import { fillDetails, type FilledField } from './fill-details';

/**
 * What a group of articles stored in one transaction decides before writing anything: which are
 * already archived, which are new versions of an earlier article (and join its story), which
 * are new. The archive is read once per group (one query per index, not three per article),
 * and each article also sees the group's articles before it, so the outcome is what storing
 * them one after another would give (see storeArticles).
 */

/** What the plan needs of an article to store. */
export interface PlanItem {
  readonly record: ArticleRecord;
  readonly derivedTitle: boolean;
  readonly retitledIsNewVersion: boolean;
}

/** The archived article an import repeats, as the import's message names it (and links to it). */
export type ArchivedMatch = Pick<ArticleRecord, 'id' | 'title' | 'source' | 'publishedAt'>;

/**
 * An article not stored because the archive holds its text already: which article holds it (as
 * it was), and the details it lacked that this one gave it (see fill-details.ts), if any.
 */
export interface AlreadyArchived {
  readonly kind: 'already-archived';
  readonly existingId: string;
  readonly existing: ArchivedMatch;
  readonly filled?: readonly FilledField[];
}

/** One article's decision. */
export type Planned =
  { readonly kind: 'added' | 'new-version'; readonly article: ArticleRecord } | AlreadyArchived;

/** A story row a new version needs, if the story has none yet (a story of one keeps none). */
export interface StoryNeeded {
  readonly id: string;
  readonly title: string;
  readonly createdAt: number;
}

/**
 * The group's decisions, in its order, the story rows they may need, and the archived articles
 * repeats gave details to (each as it is to be written; the group's own carry theirs in `planned`).
 */
export interface Plan {
  readonly planned: Planned[];
  readonly stories: StoryNeeded[];
  readonly filled: ArticleRecord[];
}

const titleKey = (publisher: string, title: string): string => JSON.stringify([publisher, title]);

/**
 * Whether two captures of one text are the same printing: the same publisher (core's
 * samePublisher: "Daily Ledger" and dailyledger.example are one paper). A capture that names no
 * source (a paste, a bare .txt) may be either paper's: a repeat of any (and a named repeat fills
 * in the source and other details it lacks, see fill-details.ts). Restores and which near
 * copies an import names decide by the same rule (see backup/restore-rows.ts, near-copies.ts);
 * offering one as a version asks more, one named publisher (NearCopyOf.version).
 */
export const sameSource = (a: string, b: string): boolean =>
  !a.trim() || !b.trim() || samePublisher(a, b);

// An article's addresses once normalised that may link it to its versions: its own (canonical)
// first, then those it was fetched by (asked for, and where redirects ended; none for files and
// pastes), less any that names no article (a front page, a consent or sign-in page: every
// article a site will not show ends there, see core's article-address.ts).
const addressesOf = (article: Pick<ArticleRecord, 'urlKey' | 'origin'>): string[] => [
  ...new Set([article.urlKey, ...fetchedKeysOf(article.origin)].filter(namesAnArticle)),
];

// IndexedDB's `first()` on an index answers the match with the lowest primary key.
const byId = (a: ArticleRecord, b: ArticleRecord): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The archived articles the group may match, by content hash, address and publisher + title. */
class Matches {
  private readonly hashes = new Map<string, ArticleRecord[]>();
  private readonly urls = new Map<string, ArticleRecord>();
  private readonly titles = new Map<string, ArticleRecord>();

  /** `publisherOf` names a source's publisher (one key for all its spellings). */
  constructor(private readonly publisherOf: (source: string) => string) {}

  /** Adds an article, or puts one back as it now is (given details by a repeat). */
  add(article: ArticleRecord): void {
    const same = (this.hashes.get(article.contentHash) ?? []).filter((a) => a.id !== article.id);
    same.push(article);
    same.sort(byId);
    this.hashes.set(article.contentHash, same);
    const first = (map: Map<string, ArticleRecord>, key: string): void => {
      const known = map.get(key);
      if (!known || article.id <= known.id) map.set(key, article);
    };
    for (const key of addressesOf(article)) first(this.urls, key);
    if (article.source && article.title)
      first(this.titles, titleKey(this.publisherOf(article.source), article.title));
  }

  /**
   * The archived article this one repeats: the same text from the same source (for a watched
   * page, the same capture), if any. The same text under two sources' names is two printings —
   * a wire story run by two papers — and each is kept, or "who printed it" would lose papers.
   */
  sameText({ record, retitledIsNewVersion }: PlanItem): ArticleRecord | undefined {
    const matching = (this.hashes.get(record.contentHash) ?? []).filter((a) =>
      sameSource(a.source, record.source),
    );
    // A paper's own printing before one naming no source, which the repeat would fill in.
    const same = record.source.trim()
      ? [...matching.filter((a) => a.source.trim()), ...matching.filter((a) => !a.source.trim())]
      : matching;
    // A watched page retitled with its text untouched is a new version (sameCapture decides).
    return retitledIsNewVersion
      ? same.find((a) => a.urlKey !== record.urlKey || sameCapture(a, record))
      : same[0];
  }

  /**
   * An article this one is a version of: the same address once normalised (`urlKey`: tracking
   * parameters, fragments, `www.`, AMP copies… do not count) — its own, or one either was
   * fetched by (asked for, or redirected to: a page fetched again by the short link it was
   * archived by, or whose canonical link changed with its headline, is still that page) — else
   * the same publisher (under any of its spellings: "Daily Ledger", dailyledger.example) and title.
   */
  earlier({ record, derivedTitle }: PlanItem): ArticleRecord | undefined {
    for (const key of addressesOf(record)) {
      const sameUrl = this.urls.get(key);
      if (sameUrl) return sameUrl;
    }
    // Core's rule (versions/version-rule.ts), which the CLI applies to its files too.
    const title = versionTitle({ ...record, titleDerived: derivedTitle });
    if (title === undefined) return undefined;
    return this.titles.get(titleKey(this.publisherOf(record.source), title));
  }
}

/**
 * Reads what the group may match: one query per index for the whole group, asking only for the
 * keys `filter` (when current, see archived-keys.ts) cannot rule out.
 */
async function readMatches(
  db: ArchiveDatabase,
  items: readonly PlanItem[],
  { filter, sources }: PlanReads,
): Promise<Matches> {
  const unique = <T>(values: T[]): T[] => [
    ...new Map(values.map((v) => [JSON.stringify(v), v])).values(),
  ];
  const maybe = (key: string): boolean => !filter || filter.mayHave(key);
  const hashes = unique(
    items.flatMap((i) => (maybe(hashKey(i.record.contentHash)) ? [i.record.contentHash] : [])),
  );
  const urls = unique(
    items.flatMap((i) => addressesOf(i.record).filter((key) => maybe(urlKeyKey(key)))),
  );
  // The addresses archived articles were fetched by are not in the filter: `urlKeys` is asked
  // for a fetched article's addresses (a file or paste has none, so imports of files never ask).
  const fetched = unique(
    items.flatMap((i) => (fetchedKeysOf(i.record.origin).length ? addressesOf(i.record) : [])),
  );
  const titled = items.filter(
    ({ record, derivedTitle }) =>
      versionTitle({ ...record, titleDerived: derivedTitle }) !== undefined,
  );
  // The index is by the stored source string: a version filed under another spelling of its
  // publisher is asked for under each spelling the archive holds (its few source names, from the
  // kept counts, never its articles).
  const names = titled.length ? await sources() : undefined;
  const stored = names?.names ?? [];
  const itemSources = items.map((i) => i.record.source);
  const keys = names ? names.keysWith(itemSources) : publisherKeys(itemSources);
  const publisherOf = (source: string): string => keys.get(source) || `=${source}`;
  const spellingsOf = new Map<string, string[]>();
  for (const source of stored) {
    const publisher = publisherOf(source);
    const known = spellingsOf.get(publisher);
    if (known) known.push(source);
    else spellingsOf.set(publisher, [source]);
  }
  const titles = unique(
    titled.flatMap(({ record }) => {
      const spellings = new Set([
        record.source,
        ...(spellingsOf.get(publisherOf(record.source)) ?? []),
      ]);
      return [...spellings]
        .filter((source) => maybe(titleKeyKey(source, record.title)))
        .map((source) => [source, record.title]);
    }),
  );
  const fetchedIds = async (): Promise<ArticleRecord[]> => {
    const ids = [...new Set((await fetchedFrom(db, fetched)).map((row) => row.articleId))];
    return (await db.articles.bulkGet(ids)).filter((a): a is ArticleRecord => a !== undefined);
  };
  const found = await Promise.all([
    hashes.length ? db.articles.where('contentHash').anyOf(hashes).toArray() : [],
    urls.length ? db.articles.where('urlKey').anyOf(urls).toArray() : [],
    titles.length ? db.articles.where('[source+title]').anyOf(titles).toArray() : [],
    fetched.length ? fetchedIds() : [],
  ]);
  const matches = new Matches(publisherOf);
  const seen = new Set<string>();
  for (const article of found.flat()) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    matches.add(article);
  }
  return matches;
}

/** What a plan reads besides the articles' indexes, both current in the plan's transaction. */
export interface PlanReads {
  /** The archived keys when known current: spares the queries for keys surely absent. */
  readonly filter?: KeyFilter;
  /** The archive's source names (asked only when an item has a title and a source). */
  readonly sources: () => Promise<SourceNames>;
}

/**
 * Decides each article of the group as storing them one after another would: a repeat of an
 * earlier one (archived or in the group) is already archived; a version of one joins its story.
 * Call inside the transaction that then writes the plan; `filter`, the archived keys when known
 * current in that transaction, spares the queries for keys surely absent.
 */
export async function planGroup(
  db: ArchiveDatabase,
  items: readonly PlanItem[],
  reads: PlanReads,
): Promise<Plan> {
  const matches = await readMatches(db, items, reads);
  const planned: Planned[] = [];
  const stories = new Map<string, StoryNeeded>();
  // The group's own articles by id (their place in `planned`), and archived ones given details.
  const stored = new Map<string, number>();
  const filled = new Map<string, ArticleRecord>();
  for (const item of items) {
    const same = matches.sameText(item);
    if (same) {
      const { id, title, source, publishedAt } = same;
      const existing = { id, title, source, publishedAt };
      const { article, fields } = fillDetails(same, item.record, item.derivedTitle);
      planned.push({
        kind: 'already-archived',
        existingId: id,
        existing,
        ...(fields.length ? { filled: fields } : {}),
      });
      if (!fields.length) continue;
      // Later items see it as it now is: a version by its new address or title joins its story.
      matches.add(article);
      const at = stored.get(id);
      const own = at === undefined ? undefined : planned[at];
      if (at !== undefined && own && own.kind !== 'already-archived')
        planned[at] = { ...own, article };
      else filled.set(id, article);
      continue;
    }
    const earlier = matches.earlier(item);
    const article = earlier ? { ...item.record, storyId: earlier.storyId } : item.record;
    if (earlier && !stories.has(earlier.storyId))
      stories.set(earlier.storyId, {
        id: earlier.storyId,
        title: earlier.title,
        createdAt: earlier.importedAt,
      });
    matches.add(article);
    stored.set(article.id, planned.length);
    planned.push({ kind: earlier ? 'new-version' : 'added', article });
  }
  return { planned, stories: [...stories.values()], filled: [...filled.values()] };
}
