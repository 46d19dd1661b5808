import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { countArticles } from '../../db/tags';
import { archive } from '../data/archive';
import { firstScreenShown } from '../data/first-screen';
import { useArchiveQuery } from '../data/use-archive-query';
import type { ImportActions } from '../import/import-actions';
import { ImportButtons } from '../import/import-buttons';
import type { Notify } from '../shell/notice';
import type { Route } from '../shell/route';
import { ArticleList } from './article-list';
import { emptyLibraryWords, isNarrowed, openingQuery, type LibraryQuery } from './library-query';
import { LibraryToolbar } from './library-toolbar';
import { takeEarlyCount, takeFirstAnswers } from './first-window';
import { SampleOffer } from './sample-offer';
import { deleteWithUndo, linkAsVersions, tagArticles } from './selection-actions';
import { SelectionBar } from './selection-bar';
import { useLibraryRows, type LibraryWindow } from './use-library-rows';
import { SearchWaiting } from './search-waiting';
import { useSelection } from './use-selection';
import './library.css';
import { useDocumentTitle } from '../shell/use-document-title';

/** The library: every article, searchable, sortable and filterable, with import and bulk actions. */
export function LibraryView({
  query,
  onQuery,
  searchRef,
  actions,
  importing,
  navigate,
  notify,
}: {
  query: LibraryQuery;
  onQuery: (query: LibraryQuery) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  actions: ImportActions;
  importing: boolean;
  navigate: (route: Route) => void;
  notify: Notify;
}) {
  // The answers the page's first part read (and drew, first-page.ts) before React: shown in the
  // first frame React draws, which replaces that drawing, so the rows never blink out.
  const [first] = useState(takeFirstAnswers);
  const firstWindow = useMemo<LibraryWindow | undefined>(
    () =>
      first && {
        total: first.page.total,
        offset: 0,
        rows: first.page.items.map((article) => ({ article })),
      },
    [first],
  );
  const count =
    useArchiveQuery(
      () => takeEarlyCount()?.catch(() => countArticles(archive())) ?? countArticles(archive()),
      [],
    ) ?? first?.count;
  const [firstVisible, setFirstVisible] = useState(0);
  const section = useRef<HTMLElement | null>(null);
  // The list's Tab stop is the row it was left on (the first, for a new search).
  const toResults = useCallback(() => {
    section.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  }, []);
  const rows = useLibraryRows(query, firstVisible);
  const { checking } = rows;
  const data = rows.data ?? (query === openingQuery ? firstWindow : undefined);
  const selection = useSelection(data);
  const ready = count === 0 || (count !== undefined && data !== undefined);
  // Start-up work that can wait (the search index, a recount) waits for the first rows.
  useEffect(() => {
    if (ready) firstScreenShown();
  }, [ready]);
  useDocumentTitle('Library');
  const open = useCallback((id: string) => navigate({ kind: 'reader', articleId: id }), [navigate]);
  const openChanged = useCallback(
    (id: string) => navigate({ kind: 'versions', articleId: id }),
    [navigate],
  );
  if (count === undefined) return null;
  if (count === 0 && !importing) return <SampleOffer actions={actions} />;
  const ids = [...selection.selected];
  return (
    <section className="fill-window library" aria-label="Library" ref={section}>
      <div className="library-head">
        <h2 className="library-count">
          {count.toLocaleString('en')} {count === 1 ? 'article' : 'articles'}
          {isNarrowed(query) && data && (
            <span className="muted"> · {data.total.toLocaleString('en')} shown</span>
          )}
          {checking && <SearchWaiting wait={checking} />}
        </h2>
        <ImportButtons actions={actions} busy={importing} />
      </div>
      <LibraryToolbar
        query={query}
        onChange={onQuery}
        searchRef={searchRef}
        onToResults={toResults}
      />
      {ids.length > 0 && (
        <SelectionBar
          count={ids.length}
          onCompare={() => {
            const [a, b] = ids;
            if (a && b) navigate({ kind: 'compare-articles', a, b });
          }}
          onLink={() => void linkAsVersions(ids, notify)}
          onTag={(tag) => void tagArticles(ids, tag, notify)}
          onDelete={() => {
            selection.clear();
            void deleteWithUndo(ids, notify);
          }}
          onClear={selection.clear}
        />
      )}
      {data && data.total === 0 ? (
        <p className="library-empty">{emptyLibraryWords(query)}</p>
      ) : (
        data && (
          <ArticleList
            key={JSON.stringify(query)}
            data={data}
            selected={selection.selected}
            onToggle={selection.toggle}
            onOpen={open}
            onOpenChanged={openChanged}
            onFirstVisible={setFirstVisible}
            memoryKey={JSON.stringify(query)}
          />
        )
      )}
    </section>
  );
}
