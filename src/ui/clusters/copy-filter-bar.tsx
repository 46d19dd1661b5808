import { DateRange, NameFilter } from '../common/toolbar-fields';
import type { CopyFilters } from './copy-filters';

/** The collation's filters: the source that printed a copy, and when. */
export function CopyFilterBar({
  filters,
  sources,
  onFilters,
}: {
  filters: CopyFilters;
  sources: readonly string[];
  onFilters: (next: CopyFilters) => void;
}) {
  return (
    <div className="toolbar copy-filters" role="group" aria-label="Filter the copies">
      <NameFilter
        label="Source"
        name="Copies printed by source"
        all="All sources"
        names={sources}
        value={filters.source}
        onChange={(source) => onFilters({ ...filters, source })}
      />
      <DateRange
        what="Copies printed"
        from={filters.from}
        to={filters.to}
        onFrom={(from) => onFilters({ ...filters, from })}
        onTo={(to) => onFilters({ ...filters, to })}
      />
    </div>
  );
}

const n = (count: number): string => count.toLocaleString('en');

/** "Copies 101–200 of 2,345 listed" / "140 of 2,345 listed copies were printed by …" — above the rows (`first`: the page's first row, from 0). */
export function copiesShownWords(
  first: number,
  shown: number,
  matching: number,
  listed: number,
  filters: CopyFilters,
): string {
  const filtered = Boolean(filters.source || filters.from || filters.to);
  if (!filtered)
    return shown < listed
      ? `Copies ${n(first + 1)}–${n(first + shown)} of ${n(listed)} listed, earliest first.`
      : `${n(listed)} ${listed === 1 ? 'copy' : 'copies'} listed, earliest first.`;
  const what = [
    filters.source && `printed by ${filters.source}`,
    filters.from && `from ${filters.from}`,
    filters.to && `to ${filters.to}`,
  ]
    .filter(Boolean)
    .join(' ');
  if (matching === 0) return `No listed copy was ${what}.`;
  const page = shown < matching ? ` (${n(first + 1)}–${n(first + shown)} shown)` : '';
  return `${n(matching)} of ${n(listed)} listed copies were ${what}${page}.`;
}
