import type { EchoKind } from '../../core/model';
import { clusterSortLabels, type ClusterFilters, type ClusterSort } from './cluster-filters';

const kinds: readonly (readonly [EchoKind | '', string])[] = [
  ['', 'All kinds'],
  ['across', 'Across articles'],
  ['version', 'Between versions'],
  ['within', 'Within one article'],
];

/** Filters and order of the cluster list. */
export function ClusterToolbar({
  filters,
  sort,
  sources,
  onFilters,
  onSort,
}: {
  filters: ClusterFilters;
  sort: ClusterSort;
  sources: readonly string[];
  onFilters: (next: ClusterFilters) => void;
  onSort: (next: ClusterSort) => void;
}) {
  const set = <K extends keyof ClusterFilters>(key: K, value: ClusterFilters[K]): void =>
    onFilters({ ...filters, [key]: value });
  const whole = (value: string, min: number, max: number): number =>
    Math.min(max, Math.max(min, Math.round(Number(value) || min)));
  return (
    <div className="cluster-toolbar" role="group" aria-label="Filter and sort clusters">
      <label>
        Sort
        <select
          aria-label="Sort clusters by"
          value={sort}
          onChange={(e) =>
            onSort(
              (Object.keys(clusterSortLabels) as ClusterSort[]).find((k) => k === e.target.value) ??
                'copies',
            )
          }
        >
          {Object.entries(clusterSortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Kind
        <select
          aria-label="Kind of echo"
          value={filters.kind}
          onChange={(e) => set('kind', kinds.find(([k]) => k === e.target.value)?.[0] ?? '')}
        >
          {kinds.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <select
          aria-label="Printed by source"
          value={filters.source}
          onChange={(e) => set('source', e.target.value)}
        >
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          aria-label="Printed from"
          value={filters.from}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label>
        To
        <input
          type="date"
          aria-label="Printed to"
          value={filters.to}
          onChange={(e) => set('to', e.target.value)}
        />
      </label>
      <label>
        At least
        <input
          type="number"
          aria-label="Fewest copies"
          min={2}
          max={10000}
          value={filters.minCopies}
          onChange={(e) => set('minCopies', whole(e.target.value, 2, 10000))}
        />
        copies
      </label>
      <label>
        Copies at least
        <input
          type="number"
          aria-label="Lowest similarity of the copies, in per cent"
          min={0}
          max={100}
          step={5}
          value={filters.minSimilarity}
          onChange={(e) => set('minSimilarity', whole(e.target.value, 0, 100))}
        />
        % similar
      </label>
      <label>
        <input
          type="checkbox"
          checked={filters.showBoilerplate}
          onChange={(e) => set('showBoilerplate', e.target.checked)}
        />
        Show boilerplate
      </label>
    </div>
  );
}
