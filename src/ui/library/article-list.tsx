import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readReuse } from '../../db/cluster-store';
import { listStoryIds } from '../../db/versions';
import { watchMarksFor } from '../../db/watch-store';
import { FixedList } from '../common/fixed-list';
import { archive } from '../data/archive';
import { useArchiveQuery } from '../data/use-archive-query';
import { useFirstScreenShown } from '../data/first-screen';
import { ArticleRow } from './article-row';
import type { LibraryWindow } from './use-library-rows';

const noIds: Promise<string[]> = Promise.resolve([]);

// Row heights, fixed (library.css clips a row's lines to fit): a row never changes height when
// its badges or a new article land, so no row moves under the pointer, and the list of 100,000
// needs no measuring.
const rowPx = 76;
const rowWithSnippetPx = 124;

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
  // Search hits carry a snippet under the title: a taller row, the same for every hit.
  const snippets = data.rows.some((row) => row.snippet);
  return (
    <FixedList
      list="articles"
      memoryKey={memoryKey}
      count={data.total}
      rowSize={snippets ? rowWithSnippetPx : rowPx}
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
    </FixedList>
  );
}
