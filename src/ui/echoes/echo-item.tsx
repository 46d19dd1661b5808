import type { Echo, Passage } from '../../core/model';
import { spotlightEcho } from '../reader/echo-spotlight';
import type { EchoCluster } from '../clusters/article-clusters';

const clip = (text: string, limit = 110): string =>
  text.length <= limit ? text : `${text.slice(0, limit).replace(/\s+\S*$/, '')}…`;

/** The words of a passage, when its text is at hand. */
function passageText(passage: Passage, texts: ReadonlyMap<string, string>): string | undefined {
  return texts.get(passage.doc)?.slice(passage.start, passage.end);
}

/** One echo in a list: its number, similarity, the two passages (or where the other one is), Compare. */
export function EchoItem({
  echo,
  number,
  texts,
  titles,
  onCompare,
  showTitles,
  cluster,
}: {
  /** The cluster the echo belongs to, when known (the reader numbers its highlights by it). */
  cluster?: EchoCluster | undefined;
  showTitles: boolean;
  echo: Echo;
  number: number;
  texts: ReadonlyMap<string, string>;
  titles: ReadonlyMap<string, string>;
  onCompare: (echo: Echo) => void;
}) {
  const percent = Math.round(echo.similarity * 100);
  const sides = [echo.a, echo.b].map((passage) => ({
    passage,
    text: passageText(passage, texts),
    title: titles.get(passage.doc) ?? 'another article',
  }));
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
        <span className="similarity">{percent}% similar</span>
        {cluster && <span className="muted"> · {cluster.copies} copies</span>}
      </p>
      {sides.map((side, index) => (
        <blockquote key={index} className="echo-quote">
          {side.text !== undefined ? `“${clip(side.text)}”` : null}
          {(showTitles || echo.kind !== 'within') && <cite> — {side.title}</cite>}
        </blockquote>
      ))}
      <button
        type="button"
        onClick={() => onCompare(echo)}
        aria-label={`Compare echo ${number} side by side`}
      >
        Compare side by side
      </button>
    </li>
  );
}
