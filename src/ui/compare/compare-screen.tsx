import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Passage } from '../../core/model';
import { splitParagraphs } from '../../core/versions/paragraphs';
import { getArticles } from '../../db/articles';
import type { ArticleRecord } from '../../db/records';
import { archive } from '../data/archive';
import { formatDate } from '../library/library-row';
import type { Route } from '../shell/route';
import type { CompareSide } from './compare-side';
import { CompareView } from './compare-view';
import { useDocumentTitle } from '../shell/use-document-title';
import { goBack } from '../shell/use-route';
import { useAlignment } from './use-alignment';
import { AligningNotice } from './aligning-notice';

const nothing: Passage = { doc: '', start: 0, end: 0 };

type CompareRoute = Extract<Route, { kind: 'compare-passages' | 'compare-articles' }>;

/** "paragraph 5" or "paragraphs 5–6" for a passage; undefined for a whole text. */
function whereIs(text: string, passage: Passage | undefined): string | undefined {
  if (!passage) return undefined;
  const paragraphs = splitParagraphs(text);
  const at = (offset: number): number => paragraphs.findIndex((p) => p.end >= offset) + 1;
  const first = at(passage.start);
  const last = at(passage.end);
  if (first <= 0) return undefined;
  return first === last || last <= 0 ? `paragraph ${first}` : `paragraphs ${first}–${last}`;
}

function sideOf(article: ArticleRecord, passage: Passage | undefined): CompareSide {
  const end = Math.min(passage?.end ?? article.text.length, article.text.length);
  const where = whereIs(article.text, passage);
  return {
    ...(where ? { where } : {}),
    title: article.title || 'Untitled',
    source: article.source,
    date: formatDate(article.publishedAt) || `imported ${formatDate(article.importedAt)}`,
    url: article.url,
    text: article.text,
    span: { start: Math.min(passage?.start ?? 0, end), end },
  };
}

/** Loads the two articles a compare route names and shows them side by side. */
export function CompareScreen({
  route,
  navigate,
}: {
  route: CompareRoute;
  navigate: (route: Route) => void;
}) {
  const [idA, idB] =
    route.kind === 'compare-passages' ? [route.a.doc, route.b.doc] : [route.a, route.b];
  const rows = useLiveQuery(() => getArticles(archive(), [idA, idB]), [idA, idB]);
  useDocumentTitle('Compare side by side');
  const compared = useMemo(() => {
    const [a, b] = rows ?? [];
    if (!a || !b) return null;
    const left = sideOf(a, route.kind === 'compare-passages' ? route.a : undefined);
    const right = sideOf(b, route.kind === 'compare-passages' ? route.b : undefined);
    return {
      left,
      right,
      passageA: { doc: a.id, ...left.span },
      passageB: { doc: b.id, ...right.span },
    };
  }, [rows, route]);
  const aligned = useAlignment(
    compared?.passageA ?? nothing,
    compared?.left.text ?? '',
    compared?.passageB ?? nothing,
    compared?.right.text ?? '',
  );
  if (rows === undefined) return null;
  if (!compared)
    return (
      <p role="alert">
        One of the two articles is no longer in the archive.{' '}
        <button type="button" onClick={() => navigate({ kind: 'library' })}>
          Back to the library
        </button>
      </p>
    );
  return (
    <>
      <p className="back-row">
        <button type="button" onClick={goBack}>
          ← Back
        </button>
      </p>
      {aligned.kind === 'aligned' && (
        <CompareView left={compared.left} right={compared.right} alignment={aligned.alignment} />
      )}
      {aligned.kind === 'aligning' && <AligningNotice state={aligned} />}
      {aligned.kind === 'failed' && (
        <p role="alert">These two texts could not be aligned. Try comparing shorter passages.</p>
      )}
    </>
  );
}
