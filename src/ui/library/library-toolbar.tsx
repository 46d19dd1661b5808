import { useMemo, type RefObject } from 'react';
import { listTags } from '../../db/tags';
import { listSourceFacets, type SourceFacet } from '../../db/source-facets';
import { ChoiceField, DateRange, NameFilter } from '../common/toolbar-fields';
import { archive } from '../data/archive';
import { useArchiveQuery } from '../data/use-archive-query';
import { useFirstScreenShown } from '../data/use-first-screen-shown';
import { sortLabels, type LibraryQuery } from './library-query';

const none: Promise<never[]> = Promise.resolve([]);

/** Search, order and filters of the library. */
export function LibraryToolbar({
  query,
  onChange,
  searchRef,
  onToResults,
}: {
  query: LibraryQuery;
  onChange: (query: LibraryQuery) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** Moves focus from the search box to the list's current row. */
  onToResults: () => void;
}) {
  // The filters' choices wait for the first rows, which they would otherwise queue before.
  const shown = useFirstScreenShown();
  const sourceFacets = useArchiveQuery<SourceFacet[]>(
    () => (shown ? listSourceFacets(archive()) : none),
    [shown],
  );
  const sources = useMemo(() => {
    const facets = sourceFacets ?? [];
    return {
      names: facets.map((facet) => facet.name),
      counts: new Map(facets.map((facet) => [facet.name, facet.count])),
      // A filter chosen under one spelling stays shown once another names the entry.
      entryOf: (value: string) => facets.find((f) => f.spellings.includes(value))?.name ?? value,
    };
  }, [sourceFacets]);
  const tags = useArchiveQuery(() => (shown ? listTags(archive()) : none), [shown]) ?? [];
  const setFilter = (key: keyof LibraryQuery['filters'], value: string): void =>
    onChange({ ...query, filters: { ...query.filters, [key]: value || undefined } });
  return (
    <div className="toolbar library-toolbar" role="search">
      <input
        ref={searchRef}
        type="search"
        className="library-search"
        placeholder="Search the archive…"
        aria-label="Search the archive"
        aria-keyshortcuts="Control+F"
        value={query.search}
        onChange={(event) => onChange({ ...query, search: event.target.value })}
        onKeyDown={(event) => {
          // The hits are four filters (five Tab presses) away; ↓ goes to them, as in a browser's
          // address bar, so a search is typed and its hits read without leaving the keys.
          const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey;
          if (event.key !== 'ArrowDown' || !plain) return;
          event.preventDefault();
          onToResults();
        }}
      />
      <ChoiceField
        label="Sort"
        name="Sort by"
        value={query.sort}
        options={sortLabels}
        disabled={Boolean(query.search.trim())}
        onChange={(sort) => onChange({ ...query, sort })}
      />
      <NameFilter
        label="Source"
        name="Filter by source"
        all="All sources"
        names={sources.names}
        counts={sources.counts}
        value={sources.entryOf(query.filters.source ?? '')}
        onChange={(source) => setFilter('source', source)}
      />
      <NameFilter
        label="Tag"
        name="Filter by tag"
        all="All tags"
        names={tags}
        value={query.filters.tag ?? ''}
        onChange={(tag) => setFilter('tag', tag)}
      />
      <DateRange
        what="Published"
        from={query.filters.from ?? ''}
        to={query.filters.to ?? ''}
        onFrom={(from) => setFilter('from', from)}
        onTo={(to) => setFilter('to', to)}
      />
    </div>
  );
}
