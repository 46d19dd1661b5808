import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import type { Passage } from '../../core/model';
import type { ClusterRecord } from '../../db/cluster-records';
import { readTextsAndTitles } from '../../db/cluster-store';
import { archive } from '../data/archive';
import { ScanProgressBar } from '../echoes/scan-progress';
import { useEchoSettings } from '../echoes/use-echo-settings';
import type { Route } from '../shell/route';
import { useDocumentTitle } from '../shell/use-document-title';
import { goBack } from '../shell/use-route';
import { ClusterTimeline } from './cluster-timeline';
import { ClusterExportBar } from './export/cluster-export-bar';
import {
  clusterFirsts,
  datedBy,
  describeCluster,
  formatClusterDate,
  timedDates,
  unlistedWords,
} from './cluster-words';
import { describePassimParams } from '../passim/passim-words';
import { CollationRow } from './collation-row';
import { CollationLegend } from './collation-legend';
import { CopyFilterBar, copiesShownWords } from './copy-filter-bar';
import { copySources, filterCopies, noCopyFilters } from './copy-filters';
import { findClusterAt } from './find-cluster';
import { useClusterScanFor } from './use-cluster-scan';
import { useImportedClusters } from '../passim/use-imported-clusters';
import '../reader/reader.css';
import '../reader/reader-highlights.css';
import './clusters.css';
import '../compare/compare.css';
import { percentOf } from '../common/percent';

const page = 100;

/** A cluster's collation: every copy aligned against the representative, in date order, with a timeline. */
export function ClusterView({
  at,
  from,
  navigate,
}: {
  at: Passage;
  /** passim: the cluster is among those imported from passim, not Verso's own scan. */
  from?: 'passim';
  navigate: (route: Route) => void;
}) {
  const [settings] = useEchoSettings();
  // The clusters of the passage's article only: findClusterAt looks at no other.
  const scan = useClusterScanFor(settings, at.doc, from === undefined);
  const imported = useImportedClusters();
  const found = from
    ? imported?.clusters
    : scan.state.kind === 'done'
      ? scan.state.result.clusters
      : undefined;
  // undefined while loading; null: no cluster holds the passage.
  const cluster =
    from && imported === null ? null : found ? (findClusterAt(found, at) ?? null) : undefined;
  useDocumentTitle(cluster ? describeCluster(cluster) : 'Cluster');
  return (
    <section className="cluster-view" aria-labelledby="cluster-title">
      <p className="back-row">
        <button type="button" onClick={goBack}>
          ← Back
        </button>{' '}
        <button
          type="button"
          className="link-button link"
          onClick={() => navigate({ kind: 'echoes' })}
        >
          All clusters
        </button>
      </p>
      {!from && <ScanProgressBar state={scan.state} onCancel={scan.cancel} onRerun={scan.rerun} />}
      {cluster === null && from && (
        <p role="alert" id="cluster-title">
          No cluster imported from passim holds this passage (a later import replaced them).
        </p>
      )}
      {cluster === null && !from && (
        <p role="alert" id="cluster-title">
          This passage repeats nowhere at the current echo settings (at least {settings.minWords}{' '}
          words, {Math.round(settings.minSimilarity * 100)}% similar).
        </p>
      )}
      {cluster && from && imported && (
        <p className="muted">
          Imported from passim on {formatClusterDate(imported.summary.importedAt)} (
          {describePassimParams(imported.summary.params)})
        </p>
      )}
      {cluster && <Collation cluster={cluster} navigate={navigate} />}
    </section>
  );
}

function Collation({
  cluster,
  navigate,
}: {
  cluster: ClusterRecord;
  navigate: (route: Route) => void;
}) {
  // The page's first row among the copies the filters pass: a page at a time, so the texts read
  // and the rows drawn stay one page's whatever how far a person reads.
  const [pageStart, setPageStart] = useState(0);
  const [filters, setFilters] = useState(noCopyFilters);
  const sources = useMemo(() => copySources(cluster.passages), [cluster]);
  // Positions of the copies the filters pass, in date order; a copy keeps its number in the
  // whole list ("Copy 2,345"), so a filtered row is the same row as unfiltered.
  const matching = useMemo(() => filterCopies(cluster.passages, filters), [cluster, filters]);
  const rows = useMemo(() => matching.slice(pageStart, pageStart + page), [matching, pageStart]);
  const later = matching.length - pageStart - page;
  const listRef = useRef<HTMLOListElement>(null);
  // A new page starts at the top of the list, where its first copy is.
  const turnTo = (start: number): void => {
    setPageStart(start);
    listRef.current?.scrollIntoView({ block: 'start' });
  };
  // Texts of the rows on screen only: every copy's article read at once was the whole archive's
  // texts for a wire story printed in every article.
  const docs = useMemo(
    () => [...new Set(rows.flatMap((i) => cluster.passages[i]?.doc ?? []))],
    [rows, cluster],
  );
  const repDoc = cluster.passages[cluster.representative]?.doc ?? '';
  const loaded = useLiveQuery(async () => {
    const asked = docs.includes(repDoc) ? docs : [repDoc, ...docs];
    return { asked: new Set(asked), ...(await readTextsAndTitles(archive(), asked)) };
  }, [docs, repDoc]);
  const rep = cluster.passages[cluster.representative];
  // How a quote drifted is read against its first printing, not against the representative (the
  // copy most others aligned with, often one printed later).
  const origin =
    cluster.origin === cluster.representative ? undefined : cluster.passages[cluster.origin];
  // Other publishers that printed it the origin's day are named first too, as the headline does.
  const tiedFirsts = useMemo(() => {
    const found = clusterFirsts(cluster)?.first ?? [];
    return new Set(found.length > 1 ? found : []);
  }, [cluster]);
  // Copies that share a day with another show their time, when they have one, so the order of
  // a day's printings can be read.
  const timed = useMemo(
    () => timedDates(cluster.passages.map((p) => ({ date: p.date, by: datedBy(p) }))),
    [cluster],
  );
  const first = cluster.passages[0];
  const last = cluster.passages[cluster.passages.length - 1];
  if (!rep || !loaded) return null;
  return (
    <>
      <h2 id="cluster-title">{describeCluster(cluster)}</h2>
      <p className="muted">
        {cluster.words} words · {percentOf(cluster.similarity)} similar on average ·{' '}
        {first && last && formatClusterDate(first.date) !== formatClusterDate(last.date)
          ? `${formatClusterDate(first.date)} to ${formatClusterDate(last.date)}`
          : 'all on one day'}
        {cluster.boilerplate &&
          ' · boilerplate: every copy is from one source, so it never counts as reuse'}
      </p>
      <ClusterExportBar clusters={[cluster]} one />
      <ClusterTimeline cluster={cluster} />
      {cluster.passages.length > 1 && <CollationLegend />}
      {cluster.passages.length > 1 && (
        <CopyFilterBar
          filters={filters}
          sources={sources}
          onFilters={(next) => {
            setFilters(next);
            setPageStart(0);
          }}
        />
      )}
      <p className="muted copy-count" role="status">
        {copiesShownWords(
          pageStart,
          rows.length,
          matching.length,
          cluster.passages.length,
          filters,
        )}
      </p>
      <ol ref={listRef} className="stack-list collation" aria-label="Every copy, earliest first">
        {rows
          .map((i) => ({ i, passage: cluster.passages[i] }))
          // A row whose article's text is still being read (the next page) waits for it, so it
          // never reads as "no longer in the archive" meanwhile.
          .flatMap(({ i, passage }) =>
            passage && loaded.asked.has(passage.doc)
              ? [
                  <CollationRow
                    key={`${passage.doc}:${passage.start}`}
                    passage={passage}
                    number={i + 1}
                    timed={timed[i] ?? false}
                    rep={rep}
                    texts={loaded.texts}
                    title={loaded.titles.get(passage.doc) ?? ''}
                    origin={i === cluster.origin}
                    tiedFirst={i !== cluster.origin && tiedFirsts.has(passage)}
                    representative={i === cluster.representative}
                    onOpenArticle={() =>
                      navigate({
                        kind: 'reader',
                        articleId: passage.doc,
                        at: { start: passage.start, end: passage.end },
                      })
                    }
                    onCompare={() =>
                      navigate({
                        kind: 'compare-passages',
                        a: { doc: rep.doc, start: rep.start, end: rep.end },
                        b: { doc: passage.doc, start: passage.start, end: passage.end },
                      })
                    }
                    onCompareOrigin={
                      origin && i !== cluster.origin
                        ? () =>
                            navigate({
                              kind: 'compare-passages',
                              a: { doc: origin.doc, start: origin.start, end: origin.end },
                              b: { doc: passage.doc, start: passage.start, end: passage.end },
                            })
                        : undefined
                    }
                  />,
                ]
              : [],
          )}
      </ol>
      {matching.length > page && (
        // A page at a time: each row is a few elements and an alignment of its own (run a task
        // apart), so 100 rows keep the click's task short where 500 did not.
        <p className="toolbar copy-pages">
          <button type="button" disabled={pageStart === 0} onClick={() => turnTo(pageStart - page)}>
            Previous {page} copies
          </button>
          <button type="button" disabled={later <= 0} onClick={() => turnTo(pageStart + page)}>
            {later > 0
              ? `Next ${Math.min(page, later)} copies (${later.toLocaleString('en')} after these)`
              : 'No later copies'}
          </button>
        </p>
      )}
      {pageStart + page >= matching.length && cluster.size > cluster.passages.length && (
        <p className="muted unlisted-copies" role="note">
          {unlistedWords(cluster.size, cluster.passages.length)}
        </p>
      )}
    </>
  );
}
