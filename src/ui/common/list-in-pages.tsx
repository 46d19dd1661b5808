import { useState, type ReactNode } from 'react';

/** Rows a list shows at first, and adds each time the person asks for more. */
export const listPage = 100;

/**
 * A list shown a page at a time: a re-import of a 10,000-file folder may give thousands of
 * failures or repeats, and rendering every row at once is one long task on the page. The rest are
 * counted on a button that shows the next page.
 */
export function ListInPages<T>({
  items,
  row,
}: {
  items: readonly T[];
  row: (item: T, index: number) => ReactNode;
}) {
  const [shown, setShown] = useState(listPage);
  const rest = items.length - shown;
  return (
    <>
      <ul>
        {items.slice(0, shown).map((item, index) => (
          <li key={index}>{row(item, index)}</li>
        ))}
      </ul>
      {rest > 0 && (
        <button
          type="button"
          className="link-button link"
          onClick={() => setShown(shown + listPage)}
        >
          Show the next {Math.min(rest, listPage)} ({rest.toLocaleString('en')} more)
        </button>
      )}
    </>
  );
}
