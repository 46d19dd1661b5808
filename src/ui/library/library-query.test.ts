import { describe, expect, it } from 'vitest';
import { emptyLibraryWords, openingQuery } from './library-query';

describe('emptyLibraryWords', () => {
  it('says a From date after the To date is why nothing matches', () => {
    const dates = (from: string, to: string) => ({ ...openingQuery, filters: { from, to } });
    expect(emptyLibraryWords(dates('2030-01-01', '2020-01-01'))).toBe(
      'No article matches: the From date is after the To date. Swap or clear them.',
    );
    expect(emptyLibraryWords(dates('2020-01-01', '2030-01-01'))).toBe(
      'No article matches. Try fewer words or clear the filters.',
    );
    expect(emptyLibraryWords({ ...openingQuery, search: 'zzz' })).toBe(
      'No article matches. Try fewer words or clear the filters.',
    );
    expect(emptyLibraryWords(openingQuery)).toBe(
      'The first articles will appear here as they are imported.',
    );
  });
});
