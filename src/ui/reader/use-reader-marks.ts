import { useMemo, useState } from 'react';
import type { Echo } from '../../core/model';
import type { ArticleRecord } from '../../db/records';
import { echoMarks, type EchoMark } from './highlight-pieces';
import { highlightOverlays } from './highlight-overlays';
import type { Decorations } from './overlays';
import type { PlacedHighlight } from './use-highlights';
import { versionChanges } from './version-changes';

/** What the reader draws: echoes, or (for a later version of a story) what it changed. */
export type MarkMode = 'changes' | 'echoes';

const noMarks: readonly EchoMark[] = [];

/**
 * The marks on the open article. A later version of a story shows by default its edits against
 * the version before it instead of echo highlights (every paragraph would be an echo of the
 * previous version); the person can switch to echoes. Highlights are drawn in both modes.
 */
export function useReaderMarks(
  article: ArticleRecord | null,
  versions: readonly ArticleRecord[],
  echoes: readonly Echo[],
  highlights: readonly PlacedHighlight[],
) {
  const [chosen, setMode] = useState<MarkMode>('changes');
  const at = article ? versions.findIndex((v) => v.id === article.id) : -1;
  const previous = at > 0 ? versions[at - 1] : undefined;
  const mode: MarkMode = previous ? chosen : 'echoes';
  const changes = useMemo(
    () => (previous && article ? versionChanges(previous.text, article.text) : null),
    [previous, article],
  );
  const echoMarksHere = useMemo(
    () => (article ? echoMarks(echoes, article.id) : noMarks),
    [echoes, article],
  );
  const decorations = useMemo<Decorations>(() => {
    const notes = highlightOverlays(highlights);
    // The person's highlights first: the first overlay is the innermost mark, painted over the
    // others, so a highlight on an edited word shows over the edit's colour, not under it.
    if (mode === 'changes' && changes)
      return { overlays: [...notes, ...changes.overlays], widgets: changes.widgets };
    return { overlays: notes, widgets: [] };
  }, [mode, changes, highlights]);
  return {
    mode,
    setMode,
    previous,
    versionNumber: at + 1,
    changeCount: changes?.count ?? 0,
    equivalentCount: changes?.equivalents ?? 0,
    marks: mode === 'changes' ? noMarks : echoMarksHere,
    decorations,
  };
}
