import { tagFor, type AlignmentSide, type Fragment } from './fragments';
import './compare.css';

/** The words on a moved paragraph's link, by the column it is in. */
const linkWords = {
  a: { text: '⇄ moved', label: 'Moved paragraph: show where it stands on the right' },
  b: { text: '⇄ moved', label: 'Moved paragraph: show where it stood on the left' },
} as const;

/**
 * A side's fragments as text with each difference marked by kind (del, ins, mark); a moved
 * paragraph starts with a button (its `data-move` says which move) the column answers.
 */
export function CompareFragments({
  fragments,
  side = 'a',
}: {
  fragments: readonly Fragment[];
  /** The column they are in, for the words of a moved paragraph's link. */
  side?: AlignmentSide;
}) {
  return (
    <>
      {fragments.map((fragment, index) => {
        if (fragment.link)
          return (
            <button
              key={index}
              type="button"
              className="move-link"
              data-move={fragment.move}
              data-diff={fragment.difference}
              aria-label={linkWords[side].label}
              title={linkWords[side].label}
            >
              {linkWords[side].text}
            </button>
          );
        if (fragment.kind === 'same') return fragment.text;
        const Tag = tagFor[fragment.kind];
        const inMove =
          fragment.move !== undefined && fragment.kind !== 'moved' ? ' seg-in-move' : '';
        return (
          <Tag
            key={index}
            className={`seg seg-${fragment.kind}${fragment.text ? '' : ' seg-gap'}${inMove}`}
            data-kind={fragment.kind}
            data-diff={fragment.difference}
            data-move={fragment.move}
            title={
              fragment.move === undefined
                ? fragment.kind
                : `${fragment.kind} (in a moved paragraph)`
            }
          >
            {fragment.text}
          </Tag>
        );
      })}
    </>
  );
}
