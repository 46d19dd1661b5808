import { UnionFind } from '../echoes/clusters/union-find';

/** What grouping needs of one copy of a cluster: which document it is in and where it starts. */
export interface ReleasePassage {
  readonly doc: string;
  readonly start: number;
}

/** What grouping needs of a cluster: its copies (stored or engine clusters both fit). */
export interface ReleaseCluster {
  readonly passages: readonly ReleasePassage[];
}

/** One article that printed a release, and how many of the release's passages it kept. */
export interface ReleasePrinting {
  readonly doc: string;
  readonly kept: number;
}

/**
 * A release: the clusters of one press release or wire story (its paragraphs, each a cluster),
 * as indexes into the clusters given, in the order its fullest printing has them, and every
 * article that printed any of them, in the order they were first met.
 */
export interface Release {
  readonly clusters: readonly number[];
  readonly printings: readonly ReleasePrinting[];
}

/** How strict the grouping is. */
export interface ReleaseOptions {
  /**
   * The share of the smaller cluster's articles in which the other is its next passage in the
   * text (no other repeated passage between them) for the two to be one release. Default 0.6.
   */
  readonly share?: number;
}

/**
 * How many passages on a cluster counts as near it in an article: a quote that other articles
 * share too, set between two of a release's paragraphs, leaves them near each other.
 */
const NEAR = 4;

/** The default share (ReleaseOptions.share). */
export const RELEASE_SHARE = 0.75;

/**
 * Groups clusters into releases. The rule (docs/architecture.md, "Release"): in each article,
 * the clusters it holds are walked in text order and each is paired with the next four; two
 * clusters are one release when they are so near in at least `share` of the articles of
 * the one printed in fewer articles (and in at least two articles). Releases are the connected
 * groups (union–find). A cluster inside one article alone joins nothing. Never compares all pairs:
 * the cost follows the copies (a sort of each article's passages, a map of neighbour pairs).
 * Releases come in the order of their first cluster; a cluster that joins no other is a release
 * of one.
 */
export function groupReleases(
  clusters: readonly ReleaseCluster[],
  options: ReleaseOptions = {},
): Release[] {
  const share = options.share ?? RELEASE_SHARE;
  const { byDoc, articles } = passagesByDoc(clusters);
  const n = clusters.length;
  const together = new Map<number, number>();
  for (const list of byDoc.values()) {
    list.sort((x, y) => x.start - y.start || x.cluster - y.cluster);
    const seen = new Set<number>();
    for (let i = 0; i < list.length; i++) {
      const a = list[i]?.cluster ?? 0;
      for (let j = i + 1; j <= i + NEAR && j < list.length; j++) {
        const b = list[j]?.cluster ?? 0;
        if (a === b) continue;
        const key = a < b ? a * n + b : b * n + a;
        if (seen.has(key)) continue;
        seen.add(key);
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
  }
  const sets = new UnionFind(n);
  for (const [key, count] of together) {
    const a = Math.floor(key / n);
    const b = key % n;
    const fewer = Math.min(articles[a] ?? 0, articles[b] ?? 0);
    if (count >= 2 && count >= share * fewer) sets.union(a, b);
  }
  return collect(clusters, sets, byDoc);
}

interface Placed {
  readonly cluster: number;
  readonly start: number;
}

// Each article's passages (one entry per copy), and how many articles each cluster is in.
function passagesByDoc(clusters: readonly ReleaseCluster[]): {
  byDoc: Map<string, Placed[]>;
  articles: Int32Array;
} {
  const byDoc = new Map<string, Placed[]>();
  const articles = new Int32Array(clusters.length);
  clusters.forEach((cluster, index) => {
    const docs = new Set<string>();
    for (const p of cluster.passages) docs.add(p.doc);
    articles[index] = docs.size;
    // A passage repeated inside one article only is no printing of anything by others.
    if (docs.size < 2) return;
    for (const p of cluster.passages) {
      let list = byDoc.get(p.doc);
      if (!list) byDoc.set(p.doc, (list = []));
      list.push({ cluster: index, start: p.start });
    }
  });
  return { byDoc, articles };
}

// The groups, each with its printings and their kept counts, and its clusters in text order.
function collect(
  clusters: readonly ReleaseCluster[],
  sets: UnionFind,
  byDoc: ReadonlyMap<string, readonly Placed[]>,
): Release[] {
  const groups = new Map<number, { clusters: number[]; kept: Map<string, number> }>();
  clusters.forEach((cluster, index) => {
    const root = sets.find(index);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { clusters: [], kept: new Map() }));
    group.clusters.push(index);
    for (const doc of new Set(cluster.passages.map((p) => p.doc)))
      group.kept.set(doc, (group.kept.get(doc) ?? 0) + 1);
  });
  return [...groups.values()].map((group) => {
    const printings = [...group.kept].map(([doc, kept]) => ({ doc, kept }));
    return { clusters: textOrder(group.clusters, printings, byDoc), printings };
  });
}

// The release's clusters as its fullest printing (the first that kept the most) has them; any
// it did not keep follow in the order given.
function textOrder(
  members: readonly number[],
  printings: readonly ReleasePrinting[],
  byDoc: ReadonlyMap<string, readonly Placed[]>,
): number[] {
  if (members.length < 2) return [...members];
  let fullest: ReleasePrinting | undefined;
  for (const p of printings) if (!fullest || p.kept > fullest.kept) fullest = p;
  const place = new Map<number, number>();
  const inGroup = new Set(members);
  for (const entry of byDoc.get(fullest?.doc ?? '') ?? [])
    if (inGroup.has(entry.cluster) && !place.has(entry.cluster))
      place.set(entry.cluster, entry.start);
  return [...members].sort(
    (x, y) => (place.get(x) ?? Infinity) - (place.get(y) ?? Infinity) || x - y,
  );
}
