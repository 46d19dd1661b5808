import { describe, expect, it } from 'vitest';
import { EchoIndex } from './echo-index';
import { fingerprintText } from './fingerprint';
import { SENTENCES } from './test-texts';

const article = (...idx: number[]): string => idx.map((i) => SENTENCES[i]).join(' ');
const archive = (): EchoIndex => {
  const index = new EchoIndex();
  index.add('one', article(0, 1, 2));
  index.add('two', article(3, 4, 5));
  index.add('three', article(6, 7, 8));
  return index;
};

describe('EchoIndex', () => {
  it('answers which archived articles echo a new one', () => {
    const text = `Breaking: ${SENTENCES[4]} ${SENTENCES[9]}`;
    const echoes = archive().query({ id: 'new', text });
    expect(echoes).toHaveLength(1);
    expect(echoes[0]?.a.doc).toBe('new');
    expect(echoes[0]?.b.doc).toBe('two');
    expect(text.slice(echoes[0]?.a.start, echoes[0]?.a.end)).toBe(SENTENCES[4]);
  });

  it('finds every archived copy of a paragraph printed in more articles than the old cap of 50', () => {
    const index = new EchoIndex();
    const paragraph = article(0, 1);
    for (let i = 0; i < 80; i++) index.add(`copy${i}`, `${SENTENCES[(i % 3) + 5]} ${paragraph}`);
    index.add('other', article(2, 3));
    const echoes = index.query({ id: 'new', text: `${SENTENCES[9]} ${paragraph}` });
    expect(new Set(echoes.map((e) => e.b.doc)).size).toBe(80);
    expect(echoes.every((e) => e.b.doc.startsWith('copy'))).toBe(true);
  });

  it('forgets removed articles and replaces re-added ones', () => {
    const index = archive();
    const text = article(4, 9);
    index.remove('two');
    expect(index.query({ id: 'new', text })).toEqual([]);
    index.add('three', article(4));
    expect(index.query({ id: 'new', text }).map((e) => e.b.doc)).toEqual(['three']);
    expect(index.size).toBe(2);
  });

  it('gives the same echoes from stored (structured-cloned) fingerprints as from text', () => {
    const fromText = archive();
    fromText.add('copy', article(1, 9, 7));
    const fromPrints = new EchoIndex();
    for (const [id, text] of [
      ['one', article(0, 1, 2)],
      ['two', article(3, 4, 5)],
      ['three', article(6, 7, 8)],
      ['copy', article(1, 9, 7)],
    ] as const)
      fromPrints.add(id, structuredClone(fingerprintText(text)));
    const echoes = fromText.scanAllSync();
    expect(echoes).toHaveLength(2);
    expect(fromPrints.scanAllSync()).toEqual(echoes);
  });

  it('rebuilds fingerprints from an older engine from text', () => {
    const index = new EchoIndex();
    index.add('old', { ...fingerprintText(article(0, 1)), version: 0 });
    index.add('new', article(1, 2));
    expect(index.scanAllSync()).toHaveLength(0);
    index.add('old', { ...fingerprintText(article(0, 1)), version: 0 });
    expect(index.scanAllSync({ getText: () => article(0, 1) })).toHaveLength(1);
  });

  it('reports progress while scanning and stops when cancelled', async () => {
    const index = archive();
    index.add('copy', article(1, 4, 7));
    const seen: number[] = [];
    const echoes = await index.scanAll({ onProgress: (done, total) => seen.push(done / total) });
    expect(echoes).toHaveLength(3);
    expect(seen.at(-1)).toBe(1);
    const controller = new AbortController();
    controller.abort(new Error('user cancelled'));
    await expect(index.scanAll({ signal: controller.signal })).rejects.toThrow('user cancelled');
  });

  it('rejects something that is neither text nor fingerprints', () => {
    expect(() => new EchoIndex().add('x', {} as never)).toThrow(/fingerprintText/);
  });
});
