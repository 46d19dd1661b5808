import { describe, expect, it } from 'vitest';
import { skipReason, skippedHeadline } from './skipped-words';

describe('skipReason', () => {
  it('names the article a failed comparison was with, by the title it had at the scan', () => {
    const skip = {
      articleId: 'bad',
      title: 'The long transcript',
      reason: 'pair' as const,
      other: 'b',
      otherTitle: 'Rail link promise',
    };
    expect(skipReason(skip, () => '')).toBe(
      'comparing it with “Rail link promise” failed; the rest of it was scanned.',
    );
    expect(skipReason({ ...skip, otherTitle: undefined }, () => '')).toContain('“another article”');
    expect(skippedHeadline(2)).toBe('2 articles skipped');
  });
});
