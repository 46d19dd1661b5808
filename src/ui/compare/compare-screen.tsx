import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Passage } from '../../core/model';
import { getArticles } from '../../db/articles';
import { archive } from '../data/archive';
import type { Route } from '../shell/route';
import { CompareView } from './compare-view';
import { orderSides } from './compare-sides';
import { useDocumentTitle } from '../shell/use-document-title';
import { goBack } from '../shell/use-route';
import { useAlignment } from './use-alignment';
import { AligningNotice } from './aligning-notice';

const nothing: Passage = { doc: '', start: 0, end: 0 };

// Said whenever two articles are compared: which side is which does not depend on the ticking.
const orderNote =
  'The older article is on the left (by publication date, else import date); deleted and inserted are what the newer one dropped and added.';

type CompareRoute = Extract<Route, { kind: 'compare-passages' | 'compare-articles' }>;

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
    return orderSides(a, b, route.kind === 'compare-passages' ? route : undefined);
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
        <CompareView
          left={compared.left}
          right={compared.right}
          alignment={aligned.alignment}
          moves={aligned.moves}
          {...(compared.passageA.doc === compared.passageB.doc ? {} : { orderNote })}
        />
      )}
      {aligned.kind === 'aligning' && <AligningNotice state={aligned} />}
      {aligned.kind === 'failed' && (
        <p role="alert">These two texts could not be aligned. Try comparing shorter passages.</p>
      )}
    </>
  );
}
