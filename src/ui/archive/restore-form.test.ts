import { describe, expect, it } from 'vitest';
import { sayCancelling } from './restore-form';

describe('the restore status after Cancel', () => {
  it('says the cancel took, and what it still prepares, once the writing has stopped', () => {
    expect(
      sayCancelling(undefined, { phase: 'writing', articles: 10, total: 100 }),
    ).toBeUndefined();
    expect(sayCancelling(true, { phase: 'writing', articles: 4000, total: 100000 })).toBe(
      'Cancelling the restore…',
    );
    // The rebuild for what was written can take minutes at 100,000 articles.
    expect(sayCancelling(true, { phase: 'rebuilding', articles: 1200, total: 4050 })).toBe(
      'Cancelled. The articles already written stay; preparing search and echoes for the archive… 1,200 of 4,050',
    );
  });
});
