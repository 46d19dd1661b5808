import type { Echo, EchoKind } from '../../core/model';
import type { EchoCluster } from '../clusters/article-clusters';
import { EchoItem } from './echo-item';

const headings: { readonly [S in 'article' | 'archive']: { readonly [K in EchoKind]: string } } = {
  article: {
    within: 'Within this article',
    version: 'With its other versions',
    across: 'With the rest of the archive',
  },
  archive: { within: 'Within one article', version: 'Between versions', across: 'Across articles' },
};

// Across the archive the question is "where else did this appear?", so those come first.
const order = {
  article: ['within', 'version', 'across'],
  archive: ['across', 'version', 'within'],
} as const;

/**
 * The open article's echoes, grouped by kind, strongest first. Echoes keep their overall number
 * (the reader's highlights use the same numbers).
 */
export function EchoesPanel({
  echoes,
  texts,
  titles,
  onCompare,
  scope = 'article',
  clusters = [],
}: {
  /** The cluster of each echo (by index), when known. */
  clusters?: readonly (EchoCluster | undefined)[];
  scope?: 'article' | 'archive';
  echoes: readonly Echo[];
  texts: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  onCompare: (echo: Echo) => void;
}) {
  if (echoes.length === 0) return <p className="muted">No echoes at these settings.</p>;
  return (
    <>
      {order[scope].map((kind) => {
        const group = echoes
          .map((echo, index) => ({ echo, index }))
          .filter(({ echo }) => echo.kind === kind);
        if (group.length === 0) return null;
        return (
          <section
            key={kind}
            className="echo-group"
            aria-label={`${headings[scope][kind]}: ${group.length}`}
          >
            <h4>
              {headings[scope][kind]} <span className="muted">({group.length})</span>
            </h4>
            <ol className="stack-list echo-list">
              {group.map(({ echo, index }) => (
                <EchoItem
                  key={index}
                  echo={echo}
                  number={index + 1}
                  texts={texts}
                  titles={titles}
                  onCompare={onCompare}
                  showTitles={scope === 'archive'}
                  cluster={clusters[index]}
                />
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
