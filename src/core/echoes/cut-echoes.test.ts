import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EchoIndex } from './echo-index';
import { findEchoesWithin } from './find-echoes-within';

const read = (path: string): string =>
  readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const sample = { id: 'sample', text: read('seeds/000_7500752fa51d260b.txt') };
const ledger = { id: 'ledger', text: read('tests/fixtures/reprints/ledger.txt') };

describe('EchoIndex.cutAtSeams (the reader’s echoes with the archive)', () => {
  it('cuts an echo over the quote and the £200m paragraph where the two meet', () => {
    const index = new EchoIndex();
    index.add(ledger.id, ledger.text);
    const within = findEchoesWithin(sample);
    const across = index.query(sample, undefined, { within: false });
    const cut = index.cutAtSeams(sample, [...within, ...across]);
    // The echoes within the sample come from its clusters and are left as they are.
    expect(cut.filter((e) => e.kind === 'within')).toEqual(within);
    const texts = (side: 'a' | 'b') =>
      cut
        .filter((e) => e.kind === 'across' && e.a.start < 1000)
        .map((e) => (side === 'a' ? sample : ledger).text.slice(e[side].start, e[side].end));
    // Before: one echo from "He continued:" through "force for Ukraine." on both sides.
    expect(texts('a')).toEqual([
      'He continued: ‘I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support we’re providing this year.’',
      'Among the latest supportive measures being proposed by Britain is £200m of funding which will be used to equip British armed forces with the kit that they need as they are ready to be deployed as part of the multi-national force for Ukraine.',
    ]);
    expect(texts('b')).toEqual(texts('a'));
    expect(
      cut.filter((e) => e.a.start < 1000 && e.kind === 'across').map((e) => e.similarity),
    ).toEqual([1, 1]);
  });

  it('returns the echoes as they are when none runs over two separately repeated passages', () => {
    // The Post prints the £200m paragraph alone: its echoes with both of the sample's copies
    // hold one piece each.
    const index = new EchoIndex();
    index.add('post', read('tests/fixtures/reprints/post.txt'));
    const echoes = [
      ...findEchoesWithin(sample),
      ...index.query(sample, undefined, { within: false }),
    ];
    expect(echoes.filter((e) => e.kind === 'across')).toHaveLength(2);
    expect(index.cutAtSeams(sample, echoes)).toBe(echoes);
  });
});
