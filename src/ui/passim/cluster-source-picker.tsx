import type { ClusterImportRecord } from '../../db/imported-clusters';
import { formatClusterDate } from '../clusters/cluster-words';
import { describePassimParams } from './passim-words';

/** Whose clusters the cluster list shows: Verso's own scan, or the last passim import. */
export type ClusterOrigin = 'verso' | 'passim';

/** The choice between Verso's clusters and passim's, with what the passim import was. */
export function ClusterSourcePicker({
  origin,
  summary,
  onChange,
}: {
  origin: ClusterOrigin;
  summary: ClusterImportRecord;
  onChange: (next: ClusterOrigin) => void;
}) {
  return (
    <div className="cluster-origin">
      <label>
        Clusters from{' '}
        <select
          aria-label="Clusters from"
          value={origin}
          onChange={(e) => onChange(e.target.value === 'passim' ? 'passim' : 'verso')}
        >
          <option value="verso">Verso&apos;s scan of this archive</option>
          <option value="passim">passim, imported {formatClusterDate(summary.importedAt)}</option>
        </select>
      </label>
      {origin === 'passim' && (
        <p className="muted">
          Imported from passim ({describePassimParams(summary.params)}); the next import replaces
          them.
        </p>
      )}
    </div>
  );
}
