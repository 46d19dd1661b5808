import { useRef, useState } from 'react';
import type { ClusterRecord } from '../../../db/cluster-records';
import { readExportedArticles } from '../../../db/cluster-store';
import { archive } from '../../data/archive';
import { useHost } from '../../host-context';
import { sayFailure } from '../../shell/failure-words';
import type { ReleaseRow } from '../release-rows';
import { clusterExportName, exportClusters, type ClusterExportFormat } from './export-clusters';
import { exportReleases, releaseExportName } from './export-releases';

const formats: readonly { format: ClusterExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'html', label: 'HTML report' },
];

/**
 * Export buttons for clusters (one cluster's view, or every cluster the list shows): CSV with a
 * row per printing, or a standalone HTML report; saved where the person chooses (Electron: main
 * writes it through the validated save pieces) or downloaded (web), with progress and cancel.
 * Given `releases` (the list shows one row per story reprinted), it exports those instead.
 */
export function ClusterExportBar({
  clusters,
  one = false,
  releases,
}: {
  clusters: readonly ClusterRecord[];
  /** True in one cluster's view: the file and the buttons say "cluster". */
  one?: boolean;
  /** The stories the list shows, or 'grouping' while they are being grouped. */
  releases?: readonly ReleaseRow[] | 'grouping';
}) {
  const host = useHost();
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const running = useRef<AbortController | undefined>(undefined);
  const run = async (format: ClusterExportFormat): Promise<void> => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setNote('');
    try {
      // The save picker first, while the click still counts as the person's (browsers ask it).
      const stories = Array.isArray(releases) ? releases : undefined;
      const name = stories
        ? releaseExportName(format, new Date())
        : clusterExportName(format, new Date(), one);
      const file = await host.openSave(name);
      if (!file) return setNote('Export cancelled.');
      const count = stories?.length ?? clusters.length;
      setProgress({ done: 0, total: count });
      try {
        const options = {
          read: (ids: readonly string[]) => readExportedArticles(archive(), ids),
          title: stories
            ? 'Stories reprinted'
            : one
              ? 'A cluster of repeated passages'
              : 'Clusters of repeated passages',
          signal: controller.signal,
          onProgress: (done: number, total: number) => setProgress({ done, total }),
        };
        const printings = stories
          ? await exportReleases(stories, format, file, options)
          : await exportClusters(clusters, format, file, options);
        await file.finish();
        const what = stories ? ['story', 'stories'] : ['cluster', 'clusters'];
        setNote(
          `Exported ${count.toLocaleString('en')} ${count === 1 ? what[0] : what[1]}, ${printings.toLocaleString('en')} ${printings === 1 ? 'printing' : 'printings'}.`,
        );
      } catch (error) {
        // Nothing half-written is kept: the host drops the file (or never downloads it).
        await file.abort().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      setNote(
        controller.signal.aborted
          ? 'Export cancelled; nothing was written.'
          : sayFailure(error, 'the export'),
      );
    } finally {
      running.current = undefined;
      setProgress(undefined);
    }
  };
  const what =
    releases === 'grouping'
      ? 'these stories (once grouped)'
      : releases
        ? `these ${releases.length.toLocaleString('en')} ${releases.length === 1 ? 'story' : 'stories'}`
        : one
          ? 'this cluster'
          : `these ${clusters.length.toLocaleString('en')} clusters`;
  const empty = releases === 'grouping' || (releases ?? clusters).length === 0;
  return (
    <p className="toolbar cluster-export">
      <span>Export {what}:</span>{' '}
      {formats.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          disabled={progress !== undefined || empty}
          onClick={() => void run(format)}
        >
          {label}
        </button>
      ))}{' '}
      {progress && (
        <>
          <progress max={progress.total || 1} value={progress.done} aria-label="Export progress" />{' '}
          <button type="button" onClick={() => running.current?.abort()}>
            Cancel export
          </button>
        </>
      )}
      <span role="status" className="muted">
        {note}
      </span>
    </p>
  );
}
