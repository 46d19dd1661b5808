import type { Cluster, Passage } from '../../core/model';
import { shownSpan } from '../../core/text/shown-span';
import { countWords } from '../../core/extract/count-words';
import type { ArticleFacts } from '../../db/cluster-store';
import type { ClusterMeta } from '../../workers/echo-protocol';
import type { ClusterPassageRecord, ClusterRecord } from '../../db/cluster-records';
import { firstPrinters, statesTimeOfDay } from '../../core/sources/first-printers';

const excerptLength = 220;

/** A stored instant (ms since 1970 UTC), or undefined when undated (stored as 0). */
export function epochOf(time: number): number | undefined {
  return Number.isFinite(time) && time !== 0 ? time : undefined;
}

/** The facts the engine needs for provenance (dates, source, story), per article. */
export function clusterMetas(facts: ReadonlyMap<string, ArticleFacts>): ClusterMeta[] {
  return [...facts].map(([id, f]) => ({
    id,
    source: f.source,
    story: f.storyId,
    ...optional('publishedAt', epochOf(f.publishedAt)),
    ...optional('modifiedAt', epochOf(f.modifiedAt)),
    ...optional('importedAt', epochOf(f.importedAt)),
  }));
}

/** clusterMetas turned back: each article's facts as the stored clusters date and source them. */
export function factsOfMetas(metas: ReadonlyMap<string, ClusterMeta>): Map<string, ArticleFacts> {
  const facts = new Map<string, ArticleFacts>();
  for (const [id, m] of metas)
    facts.set(id, {
      source: m.source ?? '',
      storyId: m.story ?? id,
      publishedAt: m.publishedAt ?? 0,
      modifiedAt: m.modifiedAt ?? 0,
      importedAt: m.importedAt ?? 0,
    });
  return facts;
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

/** A cut of text at a word edge, with an ellipsis when cut. */
export function clip(text: string, limit = excerptLength): string {
  // Only the head is flattened when it is enough: a cluster of two 5 MB passages (an article and
  // its copy) had every whitespace run of the whole text replaced for a 220-character excerpt
  // (28 ms, and 146 ms of garbage collection in the same page task). The head's flat form
  // agrees with the whole's up to its last character, so past limit + 1 the cut is the same.
  const head = text.slice(0, 8 * limit);
  const flatHead = head.replace(/\s+/g, ' ').trimStart();
  const flat = flatHead.length > limit + 1 ? flatHead : text.replace(/\s+/g, ' ').trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit).replace(/\s+\S*$/, '')}…`;
}

/** A passage's text for lists, with the quote marks that belong to it ("‘I am proud …’"). */
function excerptOf(passage: Passage, texts: ReadonlyMap<string, string>): string {
  const text = texts.get(passage.doc);
  if (text === undefined) return '';
  const { start, end } = shownSpan(text, passage);
  return clip(text.slice(start, end));
}

/**
 * The words of a passage as shown, counted as Compare counts them (countWords: a Thai word, not
 * its letters); undefined when its text is not at hand (the engine's token count stands in).
 */
function shownWords(passage: Passage | undefined, texts: ReadonlyMap<string, string>) {
  const text = passage && texts.get(passage.doc);
  if (passage === undefined || text === undefined) return undefined;
  const { start, end } = shownSpan(text, passage);
  return countWords(text.slice(start, end));
}

/** A cluster's passages as stored: each with its article's source and best date. */
function passageRecords(
  cluster: Cluster,
  facts: ReadonlyMap<string, ArticleFacts>,
): ClusterPassageRecord[] {
  return cluster.passages.map((p) => {
    const f = facts.get(p.doc);
    const published = epochOf(f?.publishedAt ?? 0);
    const modified = published === undefined ? epochOf(f?.modifiedAt ?? 0) : undefined;
    return {
      doc: p.doc,
      start: p.start,
      end: p.end,
      similarity: p.similarity,
      source: f?.source ?? '',
      date: published ?? modified ?? epochOf(f?.importedAt ?? 0) ?? NaN,
      imported: published === undefined && modified === undefined,
      ...(modified === undefined ? {} : { modified: true }),
    };
  });
}

/**
 * The copy whose words stand for a cluster in lists: its first printing by the one rule
 * (core/sources/first-printers.ts), so an edited later copy the engine happened to align the
 * others to does not speak for the passage; the representative when no copy is dated.
 */
function standingPassage(
  passages: readonly ClusterPassageRecord[],
  representative: number,
): ClusterPassageRecord | undefined {
  const found = firstPrinters(passages, (p) => ({
    at: p.date,
    source: p.source,
    doc: p.doc,
    timed: statesTimeOfDay(p.date, p.imported),
  }));
  return found?.first[0] ?? passages[representative];
}

/**
 * The articles whose texts toClusterRecords needs for the excerpts: each cluster's first
 * printing's (one article per cluster, as the representative's was).
 */
export function excerptDocs(
  clusters: readonly Cluster[],
  facts: ReadonlyMap<string, ArticleFacts>,
): string[] {
  const docs = new Set<string>();
  for (const cluster of clusters) {
    const standing = standingPassage(passageRecords(cluster, facts), cluster.representative);
    if (standing) docs.add(standing.doc);
  }
  return [...docs];
}

/**
 * The engine's clusters as stored: each passage with its article's source and date, an excerpt
 * of its first printing. A cluster may list fewer passages than its `size` (the scan's
 * CLUSTER_PASSAGE_LIMIT).
 */
export function toClusterRecords(
  clusters: readonly (Cluster & { readonly articles?: number })[],
  facts: ReadonlyMap<string, ArticleFacts>,
  texts: ReadonlyMap<string, string>,
): ClusterRecord[] {
  return clusters.map((cluster) => {
    const passages = passageRecords(cluster, facts);
    const rep = cluster.passages[cluster.representative];
    const standing = standingPassage(passages, cluster.representative);
    const excerptFrom = standing && texts.has(standing.doc) ? standing : rep;
    return {
      id: cluster.id,
      kind: cluster.kind,
      passages,
      representative: cluster.representative,
      origin: cluster.origin,
      size: cluster.size,
      similarity: cluster.similarity,
      words: shownWords(rep, texts) ?? cluster.words,
      sources: cluster.sources,
      boilerplate: cluster.boilerplate,
      // The scan lists a big cluster's first passages only and counts its articles itself.
      articles: cluster.articles ?? new Set(passages.map((p) => p.doc)).size,
      excerpt: excerptFrom ? excerptOf(excerptFrom, texts) : '',
    };
  });
}
