import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { readReuse } from '../../db/cluster-store';
import { listStoryIds } from '../../db/versions';
import { watchMarksFor } from '../../db/watch-store';
import { archive } from '../data/archive';
import { useArchiveQuery } from '../data/use-archive-query';
import { ArticleRow } from './article-row';
import type { LibraryWindow } from './use-library-rows';

// Where the list was scrolled, so coming back from an article returns to the same place.
const remembered = { key: '', offset: 0 };

/** The library's rows, virtualised: only what is on screen is in the page, however long the list. */
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
  const scroller = useRef<HTMLDivElement>(null);
  // The archive keeps a story row only for stories of two or more versions.
  const storyIds = useArchiveQuery(() => listStoryIds(archive()), []);
  const storiesWithVersions = useMemo(() => new Set(storyIds ?? []), [storyIds]);
  const loadedIds = data.rows.map((row) => row.article.id).join('\n');
  const reuse = useLiveQuery(() => readReuse(archive(), loadedIds.split('\n')), [loadedIds]);
  const marks = useLiveQuery(() => watchMarksFor(archive(), loadedIds.split('\n')), [loadedIds]);
  // The virtualiser hands back fresh functions each render, so the React Compiler leaves this
  // component unmemoised; that is what a scrolling list needs anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: data.total,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    overscan: 8,
    initialOffset: remembered.key === memoryKey ? remembered.offset : 0,
    onChange: (instance) => {
      remembered.key = memoryKey;
      remembered.offset = instance.scrollOffset ?? 0;
      onFirstVisible(instance.range?.startIndex ?? 0);
    },
  });
  return (
    <div className="article-list" ref={scroller} aria-label="Articles" tabIndex={-1}>
      <div role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = data.rows[item.index - data.offset];
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="article-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row ? (
                <ArticleRow
                  row={row}
                  selected={selected.has(row.article.id)}
                  hasVersions={storiesWithVersions.has(row.article.storyId)}
                  reuse={reuse?.get(row.article.id)?.share}
                  mark={marks?.get(row.article.id)}
                  onToggle={onToggle}
                  onOpen={marks?.get(row.article.id) === 'changed' ? onOpenChanged : onOpen}
                />
              ) : (
                <div className="article-row placeholder" aria-hidden="true" />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
