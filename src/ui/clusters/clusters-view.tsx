import { useMemo, useState } from 'react';
import type { ClusterRecord } from '../../db/cluster-records';
import { EchoSettingsForm } from '../echoes/echo-settings-form';
import { ScanProgressBar } from '../echoes/scan-progress';
import { useEchoSettings } from '../echoes/use-echo-settings';
import type { Route } from '../shell/route';
import { useDocumentTitle } from '../shell/use-document-title';
import {
  clusterSources,
  defaultClusterFilters,
  selectClusters,
  type ClusterFilters,
  type ClusterSort,
} from './cluster-filters';
import { ClusterList } from './cluster-list';
import { ReleaseList } from './release-list';
import { ReleaseProgress, useReleaseRows } from './use-release-rows';
import { ClusterExportBar } from './export/cluster-export-bar';
import { ClusterToolbar } from './cluster-toolbar';
import { SkippedArticles } from './skipped-articles';
import { useClusterScan } from './use-cluster-scan';
import { ClusterSourcePicker, type ClusterOrigin } from '../passim/cluster-source-picker';
import { useImportedClusters } from '../passim/use-imported-clusters';
import '../reader/reader.css';
import '../reader/reader-highlights.css';
import './clusters.css';

const none: readonly ClusterRecord[] = [];
// Filters and order survive opening a cluster and coming back.
let kept: { filters: ClusterFilters; sort: ClusterSort } = {
  filters: defaultClusterFilters,
  sort: 'copies',
};
let keptOrigin: ClusterOrigin = 'verso';
let keptByRelease = false;

/** "Where else did this passage appear?": every cluster of repeated passages in the archive. */
export function ClustersView({ navigate }: { navigate: (route: Route) => void }) {
  useDocumentTitle('Strongest echoes');
  const [settings, setSettings] = useEchoSettings();
  const [view, setView] = useState(kept);
  const update = (next: typeof kept): void => {
    kept = next;
    setView(next);
  };
  const [origin, setOrigin] = useState(keptOrigin);
  const imported = useImportedClusters();
  // passim's clusters when chosen and there are some; Verso's own scan otherwise.
  const passim = origin === 'passim' && imported ? imported : null;
  const scan = useClusterScan(settings, passim === null);
  const ready = passim !== null || scan.state.kind === 'done';
  const own = scan.state.kind === 'done' ? scan.state.result : undefined;
  const clusters = passim ? passim.clusters : (own?.clusters ?? none);
  const shown = useMemo(
    () => selectClusters(clusters, view.filters, view.sort),
    [clusters, view.filters, view.sort],
  );
  const sources = useMemo(() => clusterSources(clusters), [clusters]);
  // One row per story reprinted: the clusters the filters pass, grouped (core/releases).
  const [byRelease, setByRelease] = useState(keptByRelease);
  const releases = useReleaseRows(byRelease, shown);
  const boilerplate = clusters.filter((c) => c.boilerplate).length;
  const open = (cluster: ClusterRecord): void => {
    const at = cluster.passages[cluster.representative];
    if (!at) return;
    const where = { doc: at.doc, start: at.start, end: at.end };
    navigate(
      passim ? { kind: 'cluster', at: where, from: 'passim' } : { kind: 'cluster', at: where },
    );
  };
  return (
    <section className="fill-window clusters" aria-labelledby="clusters-title">
      <div className="clusters-head">
        <h2 id="clusters-title">Strongest echoes in the archive</h2>
        <p className="muted">
          Each row is one passage and every copy of it — within an article, across articles, or
          between versions — with who printed it first.
        </p>
        {imported && (
          <ClusterSourcePicker
            origin={passim ? 'passim' : 'verso'}
            summary={imported.summary}
            onChange={(next) => {
              keptOrigin = next;
              setOrigin(next);
            }}
          />
        )}
        {!passim && <EchoSettingsForm settings={settings} onChange={setSettings} />}
        {!passim && (
          <ScanProgressBar state={scan.state} onCancel={scan.cancel} onRerun={scan.rerun} />
        )}
        {!passim && own && (
          <SkippedArticles
            skipped={own.skipped}
            onOpen={(articleId) => navigate({ kind: 'reader', articleId })}
          />
        )}
      </div>
      {ready && (
        <>
          <ClusterToolbar
            filters={view.filters}
            sort={view.sort}
            sources={sources}
            onFilters={(filters) => update({ ...view, filters })}
            onSort={(sort) => update({ ...view, sort })}
          />
          <ClusterExportBar
            clusters={shown}
            {...(byRelease
              ? { releases: releases.kind === 'done' ? releases.rows : ('grouping' as const) }
              : {})}
          />
          <p className="cluster-count" role="status">
            {shown.length.toLocaleString('en')} of {clusters.length.toLocaleString('en')}{' '}
            {clusters.length === 1 ? 'cluster' : 'clusters'}
            {boilerplate > 0 &&
              !view.filters.showBoilerplate &&
              ` · ${boilerplate} boilerplate hidden`}
          </p>
          <label className="release-toggle">
            <input
              type="checkbox"
              checked={byRelease}
              onChange={(event) => {
                keptByRelease = event.target.checked;
                setByRelease(keptByRelease);
              }}
            />{' '}
            One row per story reprinted
            {byRelease && shown.length > 0 && releases.kind === 'done' && (
              <span className="muted">
                {' '}
                ({releases.rows.length.toLocaleString('en')}{' '}
                {releases.rows.length === 1 ? 'story' : 'stories'})
              </span>
            )}
          </label>
          {shown.length === 0 ? (
            <p className="muted">
              {clusters.length === 0
                ? 'No passage repeats at these settings.'
                : 'No cluster matches these filters.'}
            </p>
          ) : byRelease && releases.kind !== 'done' ? (
            <ReleaseProgress state={releases} />
          ) : byRelease ? (
            <ReleaseList
              releases={releases.kind === 'done' ? releases.rows : []}
              memoryKey={JSON.stringify([passim ? 'passim' : settings, view])}
              onOpenArticle={(articleId) => navigate({ kind: 'reader', articleId })}
              onCompare={(a, b) => navigate({ kind: 'compare-articles', a, b })}
            />
          ) : (
            <ClusterList
              clusters={shown}
              onOpen={open}
              memoryKey={JSON.stringify([passim ? 'passim' : settings, view])}
            />
          )}
        </>
      )}
    </section>
  );
}
