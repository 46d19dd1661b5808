import { describe, expect, it } from 'vitest';
import { contentHashOf } from '../core/extract/content-hash';
import { KeyFilter, addArticleKeys, hashKey, titleKeyKey, urlKeyKey } from './key-filter';

const article = (i: number, salt = '') => ({
  contentHash: contentHashOf(`Article ${salt}${i} body text about things ${i * 7919}`),
  urlKey: `example.com/news/2026/${salt}story-${i}`,
  source: `Source ${i % 50}`,
  title: `Headline number ${salt}${i}`,
});

describe('KeyFilter', () => {
  it('never says no to a key it holds, and rarely maybe to one it does not, at 100,000 articles', () => {
    const filter = new KeyFilter(300_000);
    for (let i = 0; i < 100_000; i++) addArticleKeys(filter, article(i));
    for (let i = 0; i < 100_000; i += 97) {
      const a = article(i);
      expect(filter.mayHave(hashKey(a.contentHash))).toBe(true);
      expect(filter.mayHave(urlKeyKey(a.urlKey))).toBe(true);
      expect(filter.mayHave(titleKeyKey(a.source, a.title))).toBe(true);
    }
    let maybe = 0;
    for (let i = 0; i < 10_000; i++) {
      const a = article(i, 'new-');
      if (filter.mayHave(hashKey(a.contentHash))) maybe++;
      if (filter.mayHave(urlKeyKey(a.urlKey))) maybe++;
    }
    expect(maybe / 20_000).toBeLessThan(0.01);
  });

  it('restores saved bits as they were, and refuses bits no filter of this layout makes', () => {
    const filter = new KeyFilter(3000);
    filter.add(hashKey('abc'));
    expect(KeyFilter.restored(filter.copyBits(), filter.added)?.mayHave(hashKey('abc'))).toBe(true);
    // Cut short (a damaged row) it would answer "no" for keys it holds: it is not used.
    expect(KeyFilter.restored(filter.copyBits().slice(0, 1000), filter.added)).toBeUndefined();
    expect(KeyFilter.restored(filter.copyBits().slice(0, 1024), filter.added)).toBeUndefined();
    expect(KeyFilter.restored([1, 2, 3], 3)).toBeUndefined();
    expect(KeyFilter.restored(filter.copyBits(), '1')).toBeUndefined();
  });
});
