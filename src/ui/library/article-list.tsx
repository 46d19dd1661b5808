import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { readReuse } from '../../db/cluster-store';
import { listStoryIds } from '../../db/versions';
import { watchMarksFor } from '../../db/watch-store';
import { FixedList } from '../common/fixed-list';
import { archive } from '../data/archive';
import { useArchiveQuery } from '../data/use-archive-query';
import { useFirstScreenShown } from '../data/use-first-screen-shown';
import { ArticleRow } from './article-row';
import { listKeyAction } from './list-keys';
import { rowName } from './library-row';
import { rowRems, rootFontPx } from './row-size';
import { useLedes } from './use-ledes';
import type { LibraryWindow } from './use-library-rows';

const noIds: Promise<string[]> = Promise.resolve([]);

/**
 * The library's rows, virtualised: only what is on screen is in the page, however long the list.
 * It is one listbox and one Tab stop (WAI-ARIA's roving tabindex): the arrows, Page Up/Down and
 * Home/End move between rows, Enter opens one, Space selects it.
 */
export function ArticleList({
  data,
  selected,
  onToggle,
  onOpen,
  onOpenChanged,
  onFirstVisible,
  memoryKey,
}: {
  memoryKey: string;
  data: LibraryWindow;
  selected: ReadonlySet<string>;
  onToggle: (id: string, range: boolean) => void;
  onOpen: (id: string) => void;
  /** Opens a watched article's new version straight into what changed. */
  onOpenChanged: (id: string) => void;
  onFirstVisible: (index: number) => void;
}) {
  // The archive keeps a story row only for stories of two or more versions.
  // The rows' badges wait for the first rows: read before, they queued ahead of them (300 reads
  // for a window of 150 rows), and a badge that lands later changes no row's height.
  const shown = useFirstScreenShown();
  const storyIds = useArchiveQuery(() => (shown ? listStoryIds(archive()) : noIds), [shown]);
  const storiesWithVersions = useMemo(() => new Set(storyIds ?? []), [storyIds]);
  const loadedIds = shown ? data.rows.map((row) => row.article.id).join('\n') : '';
  const reuse = useLiveQuery(
    () => (loadedIds ? readReuse(archive(), loadedIds.split('\n')) : undefined),
    [loadedIds],
  );
  const marks = useLiveQuery(
    () => (loadedIds ? watchMarksFor(archive(), loadedIds.split('\n')) : undefined),
    [loadedIds],
  );
  // Search hits carry a snippet under the title, other rows the article's opening words.
  const snippets = data.rows.some((row) => row.snippet);
  const ledeOf = useLedes(snippets ? [] : data.rows.map((row) => row.article), shown);
  const rowPx = Math.round(rowRems(snippets) * rootFontPx());
  const open = (id: string): void => (marks?.get(id) === 'changed' ? onOpenChanged : onOpen)(id);

  // The row that is the list's Tab stop, and whether a key just moved it (focus follows).
  const [active, setActive] = useState(0);
  const current = Math.min(active, data.total - 1);
  const box = useRef<HTMLElement | null>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    box.current?.querySelector<HTMLElement>(`[data-index="${current}"]`)?.focus();
  }, [current]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const onRow =
      event.target instanceof HTMLElement && event.target.getAttribute('role') === 'option';
    const action = listKeyAction(
      event.key,
      { shift: event.shiftKey, other: event.ctrlKey || event.altKey || event.metaKey },
      current,
      data.total,
      Math.floor(event.currentTarget.clientHeight / rowPx),
    );
    // Enter and Space on the row's own box or title do what those do.
    if (!action || (action.kind !== 'move' && !onRow)) return;
    event.preventDefault();
    const row = data.rows[current - data.offset];
    if (action.kind === 'move') {
      box.current = event.currentTarget;
      // Already there (an arrow at the end), focus goes to the row (from its box, say).
      if (action.to === current)
        event.currentTarget.querySelector<HTMLElement>(`[data-index="${current}"]`)?.focus();
      else {
        moved.current = true;
        setActive(action.to);
      }
    } else if (row && action.kind === 'open') open(row.article.id);
    else if (row && action.kind === 'toggle') onToggle(row.article.id, action.range);
  };
  return (
    <FixedList
      list="articles"
      memoryKey={memoryKey}
      count={data.total}
      rowSize={rowPx}
      overscan={8}
      className="article-list"
      slotClassName="article-slot"
      label="Articles"
      keep={current}
      boxProps={{
        role: 'listbox',
        'aria-multiselectable': true,
        onKeyDown,
        // A row clicked, or given focus back on return from an article, is the Tab stop now.
        onFocus: (event) => {
          const slot = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
          const index = Number(slot?.dataset.index ?? NaN);
          if (Number.isInteger(index)) setActive(index);
        },
      }}
      slotProps={(index) => {
        const row = data.rows[index - data.offset];
        const id = `article-${index}`;
        return {
          role: 'option',
          id,
          tabIndex: index === current ? 0 : -1,
          'aria-selected': row ? selected.has(row.article.id) : false,
          'aria-posinset': index + 1,
          'aria-setsize': data.total,
          'aria-label': row ? rowName(row.article) : 'Loading…',
          'aria-describedby': row ? `${id}-badges ${id}-text` : undefined,
        };
      }}
      onFirstVisible={onFirstVisible}
    >
      {(index) => {
        const row = data.rows[index - data.offset];
        return row ? (
          <ArticleRow
            row={row}
            describedBy={`article-${index}`}
            lede={ledeOf(row.article)}
            selected={selected.has(row.article.id)}
            hasVersions={storiesWithVersions.has(row.article.storyId)}
            reuse={reuse?.get(row.article.id)?.share}
            mark={marks?.get(row.article.id)}
            onToggle={onToggle}
            onOpen={marks?.get(row.article.id) === 'changed' ? onOpenChanged : onOpen}
          />
        ) : (
          <div className="article-row placeholder" aria-hidden="true" />
        );
      }}
    </FixedList>
  );
}
