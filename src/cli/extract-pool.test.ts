import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../core/extract/extract-bytes';
import { parseHtmlWithLinkedom } from './extract-command';
import { extractInParallel } from './extract-pool';

const file = (p: string): { name: string; bytes: Uint8Array } => ({
  name: p,
  bytes: new Uint8Array(readFileSync(new URL(`../../${p}`, import.meta.url))),
});

describe('extractInParallel', () => {
  it('gives the same outcomes, in input order, as extracting one by one', async () => {
    const inputs = [
      file('tests/fixtures/archive/saved-page.html'),
      file('seeds/000_7500752fa51d260b.txt'),
      file('tests/fixtures/archive/no-article.html'),
      { name: 'empty.txt', bytes: new Uint8Array() },
    ];
    const parallel = await extractInParallel(inputs, 2);
    expect(parallel).toEqual(inputs.map((input) => extractBytes(input, parseHtmlWithLinkedom)));
    expect(parallel.map((o) => o.kind)).toEqual(['ok', 'ok', 'failed', 'failed']);
  });
});
