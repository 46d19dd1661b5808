import type { RefObject } from 'react';
import type { ArticleSort } from '../../db/query-types';
import { listSources, listTags } from '../../db/tags';
import { archive } from '../data/archive';
import { useArchiveQuery } from '../data/use-archive-query';
import { sortLabels, type LibraryQuery } from './library-query';

/** Search, order and filters of the library. */
export function LibraryToolbar({
  query,
  onChange,
  searchRef,
}: {
  query: LibraryQuery;
  onChange: (query: LibraryQuery) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const sources = useArchiveQuery(() => listSources(archive()), []) ?? [];
  const tags = useArchiveQuery(() => listTags(archive()), []) ?? [];
  const setFilter = (key: keyof LibraryQuery['filters'], value: string): void =>
    onChange({ ...query, filters: { ...query.filters, [key]: value || undefined } });
  return (
    <div className="library-toolbar" role="search">
      <input
        ref={searchRef}
        type="search"
        className="library-search"
        placeholder="Search the archive…"
        aria-label="Search the archive"
        aria-keyshortcuts="Control+F"
        value={query.search}
        onChange={(event) => onChange({ ...query, search: event.target.value })}
      />
      <label>
        Sort
        <select
          aria-label="Sort by"
          value={query.sort}
          disabled={Boolean(query.search.trim())}
          onChange={(event) => onChange({ ...query, sort: event.target.value as ArticleSort })}
        >
          {Object.entries(sortLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <select
          value={query.filters.source ?? ''}
          onChange={(e) => setFilter('source', e.target.value)}
        >
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select
          aria-label="Filter by tag"
          value={query.filters.tag ?? ''}
          onChange={(e) => setFilter('tag', e.target.value)}
        >
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          aria-label="Published from"
          value={query.filters.from ?? ''}
          onChange={(e) => setFilter('from', e.target.value)}
        />
      </label>
      <label>
        To
        <input
          type="date"
          aria-label="Published to"
          value={query.filters.to ?? ''}
          onChange={(e) => setFilter('to', e.target.value)}
        />
      </label>
    </div>
  );
}
