import type { Highlighted } from '../../search/snippets';

/** Text with the search terms it matched marked. */
export function HighlightedText({ value }: { value: Highlighted }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  value.highlights.forEach((span, index) => {
    if (span.start < cursor) return;
    parts.push(value.text.slice(cursor, span.start));
    parts.push(<mark key={index}>{value.text.slice(span.start, span.end)}</mark>);
    cursor = span.end;
  });
  parts.push(value.text.slice(cursor));
  return <>{parts}</>;
}
