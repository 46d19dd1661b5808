import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useChangeSteps } from './use-change-steps';
import { alignParagraphs } from '../../core/versions/align-paragraphs';
import { getArticle } from '../../db/articles';
import { listVersions, unlinkVersion } from '../../db/versions';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';
import type { Route } from '../shell/route';
import { pairToDiff, ParagraphRows } from './paragraph-rows';
import { SingleVersion } from './single-version';
import { VersionTimeline } from './version-timeline';
import { versionsSummary } from './versions-summary';
import './versions.css';
import { useDocumentTitle } from '../shell/use-document-title';

/** A story's versions on a timeline, and any two of them compared paragraph by paragraph. */
export function VersionsView({
  articleId,
  navigate,
}: {
  articleId: string;
  navigate: (route: Route) => void;
}) {
  const versions = useLiveQuery(async () => {
    const article = await getArticle(archive(), articleId);
    return article ? listVersions(archive(), article.storyId) : [];
  }, [articleId]);
  const write = useWrite();
  const [picked, setPicked] = useState<{ left?: string; right?: string }>({});
  const [changesOnly, setChangesOnly] = useState(true);
  useDocumentTitle('Versions');
  const list = versions ?? [];
  const at = list.findIndex((v) => v.id === articleId);
  // By default: the open version on the right, the one before it (or after, for the first) left.
  const left = list.find((v) => v.id === picked.left) ?? list[at > 0 ? at - 1 : 0];
  const right =
    list.find((v) => v.id === picked.right) ?? list[at > 0 ? at : Math.min(1, list.length - 1)];
  const alignment = useMemo(
    () => (left && right ? alignParagraphs(left.text, right.text) : null),
    [left, right],
  );
  const changeCount = alignment?.rows.filter((r) => r.kind !== 'same').length ?? 0;
  const steps = useChangeSteps(changeCount);
  if (versions === undefined) return null;
  if (!left || !right || !alignment)
    return <p role="alert">This article is no longer in the archive.</p>;
  if (list.length < 2)
    return <SingleVersion onBack={() => navigate({ kind: 'reader', articleId })} />;
  const moved = alignment.rows.filter((r) => r.kind === 'moved-in');
  const movedEdited = moved.filter((r) => pairToDiff(r, alignment, left.text, right.text)).length;
  return (
    <section className="versions" aria-labelledby="versions-title">
      <p className="back-row">
        <button type="button" onClick={() => navigate({ kind: 'reader', articleId })}>
          ← Back to the article
        </button>
      </p>
      <h2 id="versions-title">
        {list.length} versions of “{right.title}”
      </h2>
      <VersionTimeline
        versions={list}
        left={left.id}
        right={right.id}
        onPick={(side, id) => setPicked((now) => ({ ...now, [side]: id }))}
        // It only throws when the article is already gone, which the live query shows anyway.
        onUnlink={(id) => void write('unlinking the version', () => unlinkVersion(archive(), id))}
        onRead={(id) => navigate({ kind: 'reader', articleId: id })}
      />
      <div className="versions-summary">
        <p role="status">{versionsSummary(left, right, alignment, movedEdited)}</p>
        <button
          type="button"
          onClick={() => navigate({ kind: 'compare-articles', a: left.id, b: right.id })}
        >
          Compare the whole texts word by word
        </button>
      </div>
      <div className="versions-steps" role="group" aria-label="Changes">
        <label className="toggle">
          <input
            type="checkbox"
            checked={changesOnly}
            onChange={(event) => setChangesOnly(event.target.checked)}
          />
          Changes only
        </label>
        <button
          type="button"
          onClick={steps.previous}
          disabled={changeCount === 0}
          aria-keyshortcuts="p"
        >
          ↑ Previous change
        </button>
        <button
          type="button"
          onClick={steps.next}
          disabled={changeCount === 0}
          aria-keyshortcuts="n"
        >
          ↓ Next change
        </button>
        <span aria-live="polite" className="muted">
          {steps.current >= 0
            ? `Change ${steps.current + 1} of ${changeCount}`
            : changeCount === 1
              ? 'One change'
              : `${changeCount} changes`}
        </span>
      </div>
      <ParagraphRows
        alignment={alignment}
        textA={left.text}
        textB={right.text}
        changesOnly={changesOnly}
      />
    </section>
  );
}
