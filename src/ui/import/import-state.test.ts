import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../import/import-types';
import { tallyResults } from './import-state';

describe('tallyResults', () => {
  it('counts each kind, and items a cancel never reached apart from real failures', () => {
    const results: ImportResult[] = [
      { kind: 'added', label: 'a.txt', articleId: '1' },
      { kind: 'new-version', label: 'b.html', articleId: '2', storyId: 's' },
      {
        kind: 'already-archived',
        label: 'c.txt',
        articleId: '3',
        existing: { id: '3', title: 'C', source: '', publishedAt: 0 },
      },
      { kind: 'failed', label: 'd.pdf', reason: 'Verso reads .txt, .md and .html files.' },
      { kind: 'cancelled', label: 'e.txt' },
      { kind: 'skipped', label: 'f/.DS_Store', what: 'system file' },
    ];
    expect(tallyResults(results)).toEqual({
      added: 1,
      'new-version': 1,
      'already-archived': 1,
      failed: 1,
      skipped: 1,
      cancelled: 1,
    });
  });
});
