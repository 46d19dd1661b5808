import { useRef, useState } from 'react';
import type { ClusterRecord } from '../../../db/cluster-records';
import { readExportedArticles } from '../../../db/cluster-store';
import { archive } from '../../data/archive';
import { useHost } from '../../host-context';
import { sayFailure } from '../../shell/failure-words';
import { clusterExportName, exportClusters, type ClusterExportFormat } from './export-clusters';

const formats: readonly { format: ClusterExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'html', label: 'HTML report' },
];

/**
 * Export buttons for clusters (one cluster's view, or every cluster the list shows): CSV with a
 * row per printing, or a standalone HTML report; saved where the person chooses (Electron: main
 * writes it through the validated save pieces) or downloaded (web), with progress and cancel.
 */
export function ClusterExportBar({
  clusters,
  one = false,
}: {
  clusters: readonly ClusterRecord[];
  /** True in one cluster's view: the file and the buttons say "cluster". */
  one?: boolean;
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
      const file = await host.openSave(clusterExportName(format, new Date(), one));
      if (!file) return setNote('Export cancelled.');
      setProgress({ done: 0, total: clusters.length });
      try {
        const printings = await exportClusters(clusters, format, file, {
          read: (ids) => readExportedArticles(archive(), ids),
          title: one ? 'A cluster of repeated passages' : 'Clusters of repeated passages',
          signal: controller.signal,
          onProgress: (done, total) => setProgress({ done, total }),
        });
        await file.finish();
        setNote(
          `Exported ${clusters.length.toLocaleString('en')} ${clusters.length === 1 ? 'cluster' : 'clusters'}, ${printings.toLocaleString('en')} ${printings === 1 ? 'printing' : 'printings'}.`,
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
  const what = one ? 'this cluster' : `these ${clusters.length.toLocaleString('en')} clusters`;
  return (
    <p className="toolbar cluster-export">
      <span>Export {what}:</span>{' '}
      {formats.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          disabled={progress !== undefined || clusters.length === 0}
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
