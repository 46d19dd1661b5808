import type { ImportResult } from '../../import/import-types';
import type { ImportState } from './import-state';
import { NearCopies } from './near-copies';

type Finished = Extract<ImportState, { kind: 'finished' }>;

/**
 * The near-copy part of an import's summary. The checks follow the articles' storing (at a page's
 * opening they wait seconds for the archive's sketches), so the summary first says they are
 * under way, in one line that their answer takes the place of: the near copies with their
 * choices, that there are none, or that some articles could not be checked.
 */
export function NearCopyCheck({ state }: { state: Finished }) {
  const { nearCopies, results } = state;
  const found = results.some((r) => r.kind === 'added' && r.nearCopyOf);
  const words =
    nearCopies?.kind === 'checking'
      ? 'Checking for near copies…'
      : nearCopies && checkedWords(results, nearCopies.unchecked, found);
  return (
    <>
      <NearCopies results={results} />
      {/* Polite, and in the row the near copies take, so its change is read out and moves nothing. */}
      {words && (
        <p className="near-copy-check" aria-live="polite">
          {words}
        </p>
      )}
    </>
  );
}

/** What the checks' end says beside the near copies found (if any). */
function checkedWords(
  results: readonly ImportResult[],
  unchecked: number,
  found: boolean,
): string | undefined {
  const added = results.filter((r) => r.kind === 'added').length;
  if (unchecked === 0) {
    if (found) return undefined;
    return added === 1
      ? 'The article added is not a near copy of an archived one.'
      : 'No article added is a near copy of an archived one.';
  }
  const which =
    unchecked === added
      ? added === 1
        ? 'The article added'
        : `The ${added.toLocaleString('en')} articles added`
      : `${unchecked.toLocaleString('en')} of the ${added.toLocaleString('en')} articles added`;
  return `${which} could not be checked for near copies; ${
    unchecked === 1 ? 'it is' : 'they are'
  } archived all the same.`;
}
