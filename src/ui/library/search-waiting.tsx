import type { IndexProgress, SearchWait } from '../../search/index-progress';
import { PhraseChecking } from './phrase-checking';

const doing: Readonly<Record<IndexProgress['work'], string>> = {
  load: 'Loading the search index',
  convert: 'Updating the search index for this version',
  rebuild: 'Rebuilding the search index',
};

/** The words for an index being made ready ("…: 41,000 of 100,000 articles…"). */
export function indexWaitWords({ work, done, of }: IndexProgress): string {
  const far =
    done < of
      ? `${done.toLocaleString('en')} of ${of.toLocaleString('en')} articles`
      : `${of.toLocaleString('en')} articles read, saving`;
  return `${doing[work]}: ${far}…`;
}

/**
 * Says what a search is waiting for: its index being loaded, updated once after an upgrade (half
 * a minute at 100,000 articles) or rebuilt, or its quoted phrase being checked. The list
 * meanwhile shows the previous answer.
 */
export function SearchWaiting({ wait }: { wait: SearchWait }) {
  if (wait.stage === 'phrase') return <PhraseChecking progress={wait} />;
  return (
    <span className="muted" role="status">
      {' '}
      · {indexWaitWords(wait)}
    </span>
  );
}
