import { useState } from 'react';
import type { ImportResult } from '../../import/import-types';
import type { NearCopyChoice } from '../../db/near-copies';
import { decideNearCopies, type NearCopyItem } from './near-copy-actions';
import { percentOf } from '../common/percent';

type Added = Extract<ImportResult, { kind: 'added' }>;

const choices: readonly { readonly choice: NearCopyChoice; one: string; all: string }[] = [
  { choice: 'link', one: 'Link as a version', all: 'Link all as versions' },
  { choice: 'keep', one: 'Keep separate', all: 'Keep all separate' },
  { choice: 'skip', one: 'Skip', all: 'Skip all' },
];

const done: Record<NearCopyChoice, string> = {
  link: 'linked as a version',
  keep: 'kept separate',
  skip: 'skipped (removed)',
};

// Why a near copy is not offered as a version: nothing says who printed one of the two.
const unsourcedWords =
  ' — no source named, so it may be another paper’s printing; link it as a version from the library if it is one';

/** The near copies a batch stored, each with its choice, and one control for all of them. */
export function NearCopies({ results }: { results: readonly ImportResult[] }) {
  const added = results.filter((r) => r.kind === 'added').length;
  const items: NearCopyItem[] = results.flatMap((r) =>
    r.kind === 'added' && r.nearCopyOf
      ? [{ label: r.label, copyTitle: r.title ?? '', ...pick(r) }]
      : [],
  );
  const [decided, setDecided] = useState<ReadonlyMap<string, string>>(new Map());
  if (items.length === 0) return null;
  const open = items.filter((item) => !decided.has(item.copyId));
  const decide = (chosen: readonly NearCopyItem[], choice: NearCopyChoice) => {
    void decideNearCopies(chosen, choice, (copyId, outcome) =>
      setDecided((before) => new Map(before).set(copyId, outcome ?? done[choice])),
    );
  };
  return (
    <section className="near-copies" aria-label="Near copies">
      <p>{nearCopiesLine(items.length, added)}</p>
      {/* Above the list: forty wire copies put the choice for all of them a screen below. */}
      {open.length > 1 && (
        <p role="group" aria-label="Apply to all near copies">
          Apply to all {open.length} near copies:{' '}
          {choices.map(({ choice, all }) =>
            // Linking all is offered only when every one may be a version.
            choice === 'link' && !open.every((item) => item.version) ? null : (
              <button key={choice} type="button" onClick={() => decide(open, choice)}>
                {all}
              </button>
            ),
          )}
        </p>
      )}
      <ul>
        {items.map((item) => (
          <li key={item.copyId}>
            <span className="near-copy-label">{item.label}</span>
            {item.copyTitle && ` (“${item.copyTitle}”)`}: near copy of “{item.title || 'Untitled'}”
            ({percentOf(item.share)})
            {!item.version && <span className="muted">{unsourcedWords}</span>}
            {decided.has(item.copyId) ? (
              <span className="muted"> — {decided.get(item.copyId)}</span>
            ) : (
              choices.map(({ choice, one }) =>
                choice === 'link' && !item.version ? null : (
                  <button key={choice} type="button" onClick={() => decide([item], choice)}>
                    {one}
                  </button>
                ),
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "2 of the 30 articles added are near copies…": said as part of what was added, because the
 * summary's failures are listed just above and a bare "2 articles are near copies" read as the
 * reason some items failed.
 */
function nearCopiesLine(near: number, added: number): string {
  // Every article added is one (a single file, a newer version of an archived story, is the
  // common case): "One of the 1 article added" would not be English.
  if (near === added)
    return near === 1
      ? 'The article added is a near copy of one already archived:'
      : `${near === 2 ? 'Both' : `All ${near.toLocaleString('en')}`} articles added are near copies of ones already archived:`;
  const of = `of the ${added.toLocaleString('en')} ${added === 1 ? 'article' : 'articles'} added`;
  return near === 1
    ? `One ${of} is a near copy of one already archived:`
    : `${near.toLocaleString('en')} ${of} are near copies of ones already archived:`;
}

function pick(r: Added): Omit<NearCopyItem, 'label' | 'copyTitle'> {
  const near = r.nearCopyOf;
  return {
    copyId: r.articleId,
    earlierId: near?.articleId ?? '',
    title: near?.title ?? '',
    share: near?.share ?? 0,
    version: near?.version ?? false,
  };
}
