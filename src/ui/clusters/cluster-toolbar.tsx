import type { EchoKind } from '../../core/model';
import { NumberSetting } from '../common/number-setting';
import { ChoiceField, DateRange, NameFilter } from '../common/toolbar-fields';
import { clusterSortLabels, type ClusterFilters, type ClusterSort } from './cluster-filters';

const kinds: { readonly [K in EchoKind | '']: string } = {
  '': 'All kinds',
  across: 'Across articles',
  version: 'Between versions',
  within: 'Within one article',
};

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
  return (
    <div className="toolbar cluster-toolbar" role="group" aria-label="Filter and sort clusters">
      <ChoiceField
        label="Sort"
        name="Sort clusters by"
        value={sort}
        options={clusterSortLabels}
        onChange={onSort}
      />
      <ChoiceField
        label="Kind"
        name="Kind of echo"
        value={filters.kind}
        options={kinds}
        onChange={(kind) => set('kind', kind)}
      />
      <NameFilter
        label="Source"
        name="Printed by source"
        all="All sources"
        names={sources}
        value={filters.source}
        onChange={(source) => set('source', source)}
      />
      <DateRange
        what="Printed"
        from={filters.from}
        to={filters.to}
        onFrom={(from) => set('from', from)}
        onTo={(to) => set('to', to)}
      />
      <NumberSetting
        label="Fewest copies"
        before="At least"
        after="copies"
        min={2}
        max={10000}
        step={1}
        value={filters.minCopies}
        onCommit={(n) => set('minCopies', n)}
      />
      <NumberSetting
        label="Lowest average similarity of the copies, in per cent"
        before="On average at least"
        after="% similar"
        min={0}
        max={100}
        step={5}
        value={filters.minSimilarity}
        onCommit={(n) => set('minSimilarity', n)}
      />
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
