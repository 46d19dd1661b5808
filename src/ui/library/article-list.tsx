import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readReuse } from '../../db/cluster-store';
import { listStoryIds } from '../../db/versions';
import { watchMarksFor } from '../../db/watch-store';
import { VirtualList } from '../common/virtual-list';
import { archive } from '../data/archive';
import { useArchiveQuery } from '../data/use-archive-query';
import { ArticleRow } from './article-row';
import type { LibraryWindow } from './use-library-rows';

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
  // The archive keeps a story row only for stories of two or more versions.
  const storyIds = useArchiveQuery(() => listStoryIds(archive()), []);
  const storiesWithVersions = useMemo(() => new Set(storyIds ?? []), [storyIds]);
  const loadedIds = data.rows.map((row) => row.article.id).join('\n');
  const reuse = useLiveQuery(() => readReuse(archive(), loadedIds.split('\n')), [loadedIds]);
  const marks = useLiveQuery(() => watchMarksFor(archive(), loadedIds.split('\n')), [loadedIds]);
  return (
    <VirtualList
      list="articles"
      memoryKey={memoryKey}
      count={data.total}
      estimateSize={76}
      overscan={8}
      className="article-list"
      slotClassName="article-slot"
      label="Articles"
      onFirstVisible={onFirstVisible}
    >
      {(index) => {
        const row = data.rows[index - data.offset];
        return row ? (
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
        );
      }}
    </VirtualList>
  );
}
