import type { PhraseProgress } from '../../search/phrase-search';

/**
 * Says that a quoted phrase is still being looked for word by word: the index finds the articles
 * holding its words, and each must be read to see them side by side, which at 100,000 articles
 * may take seconds. The list meanwhile shows the previous answer.
 */
export function PhraseChecking({ progress }: { progress: PhraseProgress }) {
  const { checked, of } = progress;
  return (
    <span className="muted" role="status">
      {' '}
      · checking the phrase: {checked.toLocaleString('en')} of {of.toLocaleString('en')} articles
      with its words read
    </span>
  );
}
