import { parseInstant, undated } from '../core/extract/parse-instant';
import type { Cluster } from '../core/model';
import { groupReleases } from '../core/releases/group-releases';
import { keptWords, summariseRelease, type ReleaseSummary } from '../core/releases/release-summary';
import { statesTimeOfDay } from '../core/sources/first-printers';
import type { ReadDoc } from './echoes-input';

/** One release as `--releases` writes it: its clusters (by id) and every printing, earliest first. */
export interface ReleaseJson {
  readonly type: 'release';
  readonly clusters: readonly string[];
  readonly articles: number;
  readonly sources: number;
  /** The first printers' documents (several when tied: first-printers.ts); empty when undated. */
  readonly first: readonly string[];
  readonly printings: readonly { doc: string; kept: number; date?: string; source?: string }[];
}

/** A release's summary with its clusters' ids. */
interface Found {
  readonly clusters: readonly string[];
  readonly summary: ReleaseSummary;
}

/**
 * The releases among the clusters (core/releases/group-releases.ts): only those of two passages
 * or more, since a release of one is its cluster, already written. Widest first.
 */
export function findReleases(clusters: readonly Cluster[], docs: readonly ReadDoc[]): Found[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const when = (id: string) => {
    const doc = byId.get(id);
    const at = parseInstant(doc?.published ?? '');
    const dated = at === undated ? NaN : at;
    return { at: dated, source: doc?.site ?? '', doc: id, timed: statesTimeOfDay(dated) };
  };
  // Boilerplate is a site's furniture, not a story anybody reprinted.
  const shared = clusters.filter((c) => !c.boilerplate);
  return groupReleases(shared)
    .filter((r) => r.clusters.length > 1)
    .map((r) => ({
      clusters: r.clusters.map((i) => shared[i]?.id ?? ''),
      summary: summariseRelease(r, when),
    }))
    .sort((x, y) => y.summary.printings.length - x.summary.printings.length);
}

/** `{"type":"release","clusters","articles","sources","first","printings":[{doc,kept,date,source}]}`. */
export function releaseJson(found: Found, docs: ReadonlyMap<string, ReadDoc>): ReleaseJson {
  const { summary } = found;
  return {
    type: 'release',
    clusters: found.clusters,
    articles: summary.printings.length,
    sources: summary.sources,
    first: (summary.first?.first ?? []).map((p) => p.doc),
    printings: summary.printings.map((p) => {
      const doc = docs.get(p.doc);
      return {
        doc: p.doc,
        kept: p.kept,
        ...(doc?.published ? { date: doc.published } : {}),
        ...(doc?.site ? { source: doc.site } : {}),
      };
    }),
  };
}

/** The plain report's lines for one release: a heading, then each printing earliest first. */
export function releaseLines(
  n: number,
  found: Found,
  docs: ReadonlyMap<string, ReadDoc>,
): string[] {
  const { summary } = found;
  const named = (id: string): string => {
    const doc = docs.get(id);
    return [doc?.path ?? id, doc?.site, doc?.published].filter(Boolean).join(' · ');
  };
  const first = summary.first?.first ?? [];
  const head = `Release ${n} · story reprinted: ${summary.passages} passages in ${summary.printings.length} files from ${summary.sources} sources`;
  const firstLine = first.length
    ? `  first: ${first.map((p) => named(p.doc)).join(' and ')}${first.length > 1 ? ' (tied)' : ''}`
    : '  first: not known (no printing is dated)';
  return [
    head,
    firstLine,
    ...summary.printings.map((p) => `  ${named(p.doc)} · ${keptWords(p.kept, summary.passages)}`),
  ];
}
