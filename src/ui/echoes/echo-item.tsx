import type { ReactNode } from 'react';
import type { Echo, Passage } from '../../core/model';
import { toWordEdges } from '../../core/text/unspaced-words';
import { spotlightEcho } from '../reader/echo-spotlight';
import type { EchoCluster } from '../clusters/article-clusters';
import { clip, clipPair } from './clip-pair';
import { paragraphOf } from './paragraph-of';
import { percentOf } from '../common/percent';

/** The words of a passage, when its text is at hand. */
function passageText(passage: Passage, texts: ReadonlyMap<string, string>): string | undefined {
  const text = texts.get(passage.doc);
  if (text === undefined) return undefined;
  // Whole words in Thai, Chinese, Japanese… (the engine cuts at letters there).
  const { start, end } = toWordEdges(text, passage);
  return text.slice(start, end);
}

/**
 * One echo in a list: its number, similarity, the two passages with where each one is (its
 * paragraph, a link to it when `onShow` is given), Compare.
 */
export function EchoItem({
  echo,
  number,
  texts,
  titles,
  onCompare,
  onShow,
  showTitles,
  cluster,
  titleLineHidden,
  children,
}: {
  /** Shown under the echo (a card standing for a cluster's echoes lists its printings). */
  children?: ReactNode;
  /** Articles whose title line the reader leaves out: their paragraphs are counted after it. */
  titleLineHidden?: ReadonlySet<string> | undefined;
  /** The cluster the echo belongs to, when known (the reader numbers its highlights by it). */
  cluster?: EchoCluster | undefined;
  /** Shows one copy where it is (the reader scrolls to it, or opens the other article at it). */
  onShow?: ((passage: Passage) => void) | undefined;
  showTitles: boolean;
  echo: Echo;
  number: number;
  texts: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  onCompare: (echo: Echo) => void;
}) {
  const percent = percentOf(echo.similarity);
  const [textA, textB] = [passageText(echo.a, texts), passageText(echo.b, texts)];
  // Both at hand: excerpts that show where the copies part; else each cut from its start.
  const shown =
    textA !== undefined && textB !== undefined
      ? clipPair(textA, textB)
      : [textA && clip(textA), textB && clip(textB)];
  const sides = [echo.a, echo.b].map((passage, index) => {
    const whole = texts.get(passage.doc);
    return {
      passage,
      text: shown[index],
      title: titles.get(passage.doc) ?? 'another article',
      // Two copies in one article read alike; their paragraphs tell them apart.
      paragraph:
        whole === undefined
          ? undefined
          : paragraphOf(whole, passage.start, titleLineHidden?.has(passage.doc) ? 1 : 0),
    };
  });
  return (
    <li
      className="echo-item"
      data-echo={number - 1}
      onMouseEnter={() => spotlightEcho(number - 1)}
      onMouseLeave={() => spotlightEcho(null)}
    >
      <p className="echo-item-head">
        {/* Named as its highlights in the text are (reader-text.tsx): by the cluster's number,
            which follows the text, when it is known; the list's own order is by strength. */}
        <strong>{cluster ? `Cluster ${cluster.number}` : `Echo ${number}`}</strong>{' '}
        <span className="similarity">{percent} similar</span>
        {cluster && <span className="muted"> · {cluster.copies} copies</span>}
      </p>
      {sides.map((side, index) => (
        <blockquote key={index} className="echo-quote">
          {side.text !== undefined ? `“${side.text}”` : null}
          <EchoWhere
            title={showTitles || echo.kind !== 'within' ? side.title : undefined}
            paragraph={side.paragraph}
            onShow={onShow && (() => onShow(side.passage))}
          />
        </blockquote>
      ))}
      <button
        type="button"
        onClick={() => onCompare(echo)}
        aria-label={`Compare echo ${number} side by side`}
      >
        Compare side by side
      </button>
      {children}
    </li>
  );
}

/** Where one copy is: "— Title, paragraph 3", the place a link to the copy when it can be shown. */
function EchoWhere({
  title,
  paragraph,
  onShow,
}: {
  title: string | undefined;
  paragraph: number | undefined;
  onShow: (() => void) | undefined;
}) {
  const place = paragraph === undefined ? undefined : `paragraph ${paragraph}`;
  if (title === undefined && place === undefined) return null;
  const where = [title, place].filter(Boolean).join(', ');
  return (
    <cite>
      {' — '}
      {onShow ? (
        <button
          type="button"
          className="link-button link echo-where"
          onClick={onShow}
          aria-label={`Show this copy: ${where}`}
        >
          {where}
        </button>
      ) : (
        where
      )}
    </cite>
  );
}
