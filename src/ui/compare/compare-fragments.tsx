import type { Fragment } from './fragments';
import './compare.css';

const tagFor = { deleted: 'del', inserted: 'ins', changed: 'mark', equivalent: 'mark' } as const;

/** A side's fragments as text with each difference marked by kind (del, ins, mark). */
export function CompareFragments({ fragments }: { fragments: readonly Fragment[] }) {
  return (
    <>
      {fragments.map((fragment, index) => {
        if (fragment.kind === 'same') return fragment.text;
        const Tag = tagFor[fragment.kind];
        return (
          <Tag
            key={index}
            className={`seg seg-${fragment.kind}${fragment.text ? '' : ' seg-gap'}`}
            data-kind={fragment.kind}
            data-diff={fragment.difference}
            title={fragment.kind}
          >
            {fragment.text}
          </Tag>
        );
      })}
    </>
  );
}
