import { describe, expect, it } from 'vitest';
import type { Cluster } from '../model';
import { tokenise } from '../text/tokenise';
import { findClusters } from './find-clusters';
import { cutAtSharedBreaks } from './paragraph-stop';
import { SENTENCES } from './test-texts';

const flagsOf = (text: string): Uint8Array => tokenise(text).flags;
const words = (text: string, from: number, to: number): string => {
  const t = tokenise(text);
  return text.slice(t.starts[from], t.ends[to - 1]);
};

describe('cutAtSharedBreaks', () => {
  it('drops the words before a break that only a k-gram spanning it joined (the bench case)', () => {
    const a = 'purchases from the deep web.\n\nIzuku remembered how he informal had arrived';
    const b = 'recording time the web.\n\nIzuku remembered how he had arrived';
    // One seed, "web Izuku remembered how", at token 4 of a and 3 of b; extended back to "the".
    const r = { a0: 2, a1: 12, b0: 2, b1: 10 };
    cutAtSharedBreaks(flagsOf(a), flagsOf(b), r, { firstA: 4, firstB: 3, lastA: 4, lastB: 3 });
    expect(words(a, r.a0, r.a1)).toBe('Izuku remembered how he informal had arrived');
    expect(words(b, r.b0, r.b1)).toBe('Izuku remembered how he had arrived');
  });

  it('ends an extension that ran past the seeds into the next paragraph of both texts', () => {
    const a = 'one two three four five.\n\nsix seven eight';
    const b = 'one two three four five.\n\nsix seven nine';
    const r = { a0: 0, a1: 8, b0: 0, b1: 8 };
    cutAtSharedBreaks(flagsOf(a), flagsOf(b), r, { firstA: 0, firstB: 0, lastA: 1, lastB: 1 });
    expect(r).toEqual({ a0: 0, a1: 5, b0: 0, b1: 5 });
  });

  it('leaves a break inside the seeded stretch, and one only a single side makes', () => {
    const a = 'one two three four five.\n\nsix seven eight nine ten';
    const b = 'one two three four five. six seven eight nine ten';
    const whole = { a0: 0, a1: 10, b0: 0, b1: 10 };
    const seeded = { ...whole };
    cutAtSharedBreaks(flagsOf(a), flagsOf(a), seeded, {
      firstA: 0,
      firstB: 0,
      lastA: 6,
      lastB: 6,
    });
    expect(seeded).toEqual(whole);
    const oneSided = { ...whole };
    cutAtSharedBreaks(flagsOf(a), flagsOf(b), oneSided, {
      firstA: 0,
      firstB: 0,
      lastA: 1,
      lastB: 1,
    });
    expect(oneSided).toEqual(whole);
  });

  it('keeps a copy of two paragraphs one passage, whole', () => {
    const copied = `${SENTENCES[0]} ${SENTENCES[1]}\n\n${SENTENCES[2]} ${SENTENCES[3]}`;
    const docs = [
      { id: 'a', text: `${SENTENCES[6]}\n\n${copied}\n\n${SENTENCES[7]}` },
      { id: 'b', text: `${SENTENCES[8]}\n\n${copied}\n\n${SENTENCES[9]}` },
    ];
    const clusters = findClusters(docs);
    expect(clusters.map((c) => c.size)).toEqual([2]);
    for (const p of (clusters[0] as Cluster).passages) {
      const text = docs.find((d) => d.id === p.doc)?.text ?? '';
      expect(text.slice(p.start, p.end)).toBe(copied);
    }
  });
});
