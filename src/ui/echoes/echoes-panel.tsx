import { useEffect, useState, type ReactNode } from 'react';
import type { Echo, EchoKind, Passage } from '../../core/model';
import type { EchoCluster } from '../clusters/article-clusters';
import { echoCards, type ArticleAbout, type EchoCard, type ListedEcho } from './echo-cards';
import { EchoItem } from './echo-item';
import { EchoPrintings } from './echo-printings';

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

/** Echoes listed per group at first, and added per "Show more". */
export const LIST_STEP = 100;

/**
 * The open article's echoes, grouped by kind, strongest first. Echoes keep their overall number
 * (the reader's highlights use the same numbers). Each group lists its first LIST_STEP and says
 * how many more there are: an article of one sentence printed 58,000 times has that many echoes,
 * and drawing thousands of list items at once was a page task of seconds; the highlights in the
 * text still open any of them. An echo's cluster with other articles is one card (a wire story's
 * 60 printings read alike), which says who printed it and lists them on demand.
 */
export function EchoesPanel({
  echoes,
  texts,
  titles,
  onCompare,
  onShow,
  titleLineHidden,
  scope = 'article',
  clusters = [],
  openId = '',
  about = new Map(),
  onShownDocs,
}: {
  /**
   * Told which articles the listed cards quote (their texts are needed for the excerpts and
   * paragraphs); the rest are named from `about` and `titles` and need no text.
   */
  onShownDocs?: ((ids: readonly string[]) => void) | undefined;
  /** The open article (the side of each echo that is not a printing elsewhere). */
  openId?: string;
  /** Title, source and dates of the articles the echoes name, and of the open one. */
  about?: ReadonlyMap<string, ArticleAbout>;
  /** Articles whose title line the reader leaves out (see EchoItem). */
  titleLineHidden?: ReadonlySet<string> | undefined;
  /** Shows one copy of an echo where it is (see EchoItem). */
  onShow?: ((passage: Passage) => void) | undefined;
  /** The cluster of each echo (by index), when known. */
  clusters?: readonly (EchoCluster | undefined)[];
  scope?: 'article' | 'archive';
  echoes: readonly Echo[];
  texts: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  onCompare: (echo: Echo) => void;
}) {
  const [listed, setListed] = useState<Partial<Record<EchoKind, number>>>({});
  const groups = new Map<EchoKind, { count: number; cards: EchoCard[] }>();
  for (const [kind, group] of groupByKind(echoes))
    groups.set(kind, { count: group.length, cards: echoCards(group, clusters) });
  const shown = new Set<string>();
  for (const [kind, { cards }] of groups)
    for (const card of cards.slice(0, listed[kind] ?? LIST_STEP)) {
      const { echo } = card.kind === 'one' ? card.item : (card.items[0] as ListedEcho);
      shown.add(echo.a.doc).add(echo.b.doc);
    }
  const shownKey = [...shown].sort().join('\n');
  useEffect(() => onShownDocs?.(shownKey ? shownKey.split('\n') : []), [shownKey, onShownDocs]);
  if (echoes.length === 0) return <p className="muted">No echoes at these settings.</p>;
  const item = ({ echo, index }: ListedEcho, children?: ReactNode) => (
    <EchoItem
      key={index}
      echo={echo}
      number={index + 1}
      texts={texts}
      titles={titles}
      onCompare={onCompare}
      onShow={onShow}
      titleLineHidden={titleLineHidden}
      showTitles={scope === 'archive'}
      cluster={clusters[index]}
    >
      {children}
    </EchoItem>
  );
  return (
    <>
      {order[scope].map((kind) => {
        const group = groups.get(kind);
        if (!group) return null;
        return (
          <EchoGroup
            key={kind}
            heading={headings[scope][kind]}
            count={group.count}
            cards={group.cards}
            listed={listed[kind] ?? LIST_STEP}
            onListMore={() =>
              setListed((was) => ({ ...was, [kind]: (was[kind] ?? LIST_STEP) + LIST_STEP }))
            }
          >
            {(card) =>
              card.kind === 'one'
                ? item(card.item)
                : item(
                    card.items[0] as ListedEcho,
                    <EchoPrintings
                      items={card.items}
                      openId={openId}
                      about={about}
                      onCompare={onCompare}
                      onShow={onShow}
                    />,
                  )
            }
          </EchoGroup>
        );
      })}
    </>
  );
}

/** The echoes of each kind, each with its place in the whole list. */
function groupByKind(echoes: readonly Echo[]): Map<EchoKind, ListedEcho[]> {
  const groups = new Map<EchoKind, ListedEcho[]>();
  echoes.forEach((echo, index) => {
    const group = groups.get(echo.kind) ?? [];
    if (group.length === 0) groups.set(echo.kind, group);
    group.push({ echo, index });
  });
  return groups;
}

/** One kind's echoes: the first `listed` cards, "and N more", and a way to list more. */
function EchoGroup({
  heading,
  count,
  cards,
  listed,
  onListMore,
  children,
}: {
  heading: string;
  count: number;
  cards: readonly EchoCard[];
  listed: number;
  onListMore: () => void;
  children: (card: EchoCard) => ReactNode;
}) {
  const more = cards.length - listed;
  return (
    <section className="echo-group" aria-label={`${heading}: ${count}`}>
      <h4>
        {heading} <span className="muted">({count.toLocaleString('en')})</span>
      </h4>
      <ol className="stack-list echo-list">{cards.slice(0, listed).map(children)}</ol>
      {more > 0 && (
        <p className="muted echo-more">
          and {more.toLocaleString('en')} more{' '}
          <button type="button" onClick={onListMore}>
            List {Math.min(more, LIST_STEP)} more
          </button>
        </p>
      )}
    </section>
  );
}
