import { describe, expect, it, vi } from 'vitest';
import { EchoIndex } from '../core/echoes/echo-index';
import { fingerprintText } from '../core/echoes/fingerprint';
import { SENTENCES } from '../core/echoes/test-texts';
import { forget, indexOrSkip, type WorkerHoldings } from './index-or-skip';

const article = (...idx: number[]): string => idx.map((i) => SENTENCES[i]).join(' ');
const fresh = (): WorkerHoldings => ({
  index: new EchoIndex(),
  held: new Map(),
  skipped: new Map(),
});

describe('indexOrSkip: what the echo worker does with each article it is sent', () => {
  it('indexes sound articles and skips a damaged one by name, and the scan still runs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const holdings = fresh();
    indexOrSkip(holdings, { id: 'one', text: article(0, 1, 2) });
    indexOrSkip(holdings, { id: 'copy', fingerprints: fingerprintText(article(1, 9, 7)) });
    const damaged = fingerprintText(article(1, 4, 5));
    indexOrSkip(holdings, {
      id: 'bad',
      fingerprints: { ...damaged, ends: damaged.ends.subarray(1) },
    });
    expect([...holdings.skipped.values()]).toEqual([{ id: 'bad', reason: 'damaged' }]);
    expect(holdings.index.size).toBe(2);
    expect([...holdings.held.keys()].sort()).toEqual(['copy', 'one']);
    const clusters = await holdings.index.scanClusters({ minWords: 8 });
    const docs = clusters.flatMap((c) => c.passages.map((p) => p.doc));
    expect(docs).toContain('one');
    expect(docs).toContain('copy');
    expect(docs).not.toContain('bad');
  });

  it('drops the earlier copy of an article sent again damaged, and unskips it when sent sound', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const holdings = fresh();
    const fp = fingerprintText(article(2, 3, 4));
    indexOrSkip(holdings, { id: 'a', fingerprints: fp });
    indexOrSkip(holdings, {
      id: 'a',
      fingerprints: { ...fp, hashes: [] as unknown as Uint32Array },
    });
    expect(holdings.index.size).toBe(0);
    expect(holdings.held.has('a')).toBe(false);
    expect(holdings.skipped.get('a')?.reason).toBe('damaged');
    indexOrSkip(holdings, { id: 'a', text: article(2, 3, 4) });
    expect(holdings.skipped.size).toBe(0);
    expect(holdings.index.size).toBe(1);
    forget(holdings, 'a');
    expect(holdings.index.size).toBe(0);
  });

  it('ignores what is not an article at all', () => {
    const holdings = fresh();
    indexOrSkip(holdings, undefined);
    indexOrSkip(holdings, { id: 7 } as unknown as { id: string; text: string });
    expect(holdings.index.size + holdings.skipped.size).toBe(0);
  });
});
