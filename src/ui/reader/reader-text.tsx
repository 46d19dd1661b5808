import { memo, useMemo } from 'react';
import { splitParagraphs } from '../../core/versions/paragraphs';
import { echoOfEvent, spotlightEcho } from './echo-spotlight';
import { highlightPieces, type EchoMark } from './highlight-pieces';

/** The article's paragraphs as plain text (never HTML), with echo passages as clickable highlights. */
export const ReaderText = memo(function ReaderText({
  text,
  marks,
  onOpenEcho,
}: {
  text: string;
  marks: readonly EchoMark[];
  onOpenEcho: (echo: number) => void;
}) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  return (
    <div
      className="reader-text"
      onMouseOver={(event) => spotlightEcho(echoOfEvent(event))}
      onMouseLeave={() => spotlightEcho(null)}
      onFocus={(event) => spotlightEcho(echoOfEvent(event))}
      onBlur={() => spotlightEcho(null)}
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {highlightPieces(paragraph, marks).map((piece) => {
            const slice = text.slice(piece.start, piece.end);
            const first = piece.echoes[0];
            if (first === undefined) return slice;
            return (
              <mark
                key={piece.start}
                className={`echo-mark${piece.echoes.length > 1 ? ' echo-mark-strong' : ''}`}
                data-echo={first}
                role="button"
                tabIndex={0}
                title={`Echo ${first + 1} — click to compare side by side`}
                onClick={() => onOpenEcho(first)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onOpenEcho(first);
                  }
                }}
              >
                {slice}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});
