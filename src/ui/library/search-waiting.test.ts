import { describe, expect, it } from 'vitest';
import { indexWaitWords } from './search-waiting';

describe('the words for a search waiting on its index', () => {
  it('names the work and counts the articles, then says it saves', () => {
    expect(indexWaitWords({ work: 'convert', done: 41_000, of: 100_000 })).toBe(
      'Updating the search index for this version: 41,000 of 100,000 articles…',
    );
    expect(indexWaitWords({ work: 'rebuild', done: 2_000, of: 2_005 })).toBe(
      'Rebuilding the search index: 2,000 of 2,005 articles…',
    );
    expect(indexWaitWords({ work: 'convert', done: 23, of: 23 })).toBe(
      'Updating the search index for this version: 23 articles read, saving…',
    );
  });
});
