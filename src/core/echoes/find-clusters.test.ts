import { describe, expect, it } from 'vitest';
import { alignToRepresentative, clusterEchoes } from '../diff/align-cluster';
import type { Cluster, ClusterDoc } from '../model';
import { EchoIndex } from './echo-index';
import { findClusters } from './find-clusters';
import { fingerprintText } from './fingerprint';
import { SENTENCES, randomProse } from './test-texts';

const [s0, s1, s2, s3, s4] = SENTENCES as [string, string, string, string, string];
const passage = `${s0} ${s1} ${s2}`;
const edited = passage.replace('on Tuesday', 'on Tuesday night').replace('any public', 'public');
const textOf = (docs: readonly ClusterDoc[]) => (id: string) =>
  docs.find((d) => d.id === id)?.text ?? '';
const texts = (c: Cluster, docs: readonly ClusterDoc[]) =>
  c.passages.map((p) => textOf(docs)(p.doc).slice(p.start, p.end));

describe('findClusters', () => {
  it('joins a passage printed in six articles into one cluster of six, each copy whole', () => {
    const docs: ClusterDoc[] = Array.from({ length: 6 }, (_, i) => ({
      id: `d${i}`,
      text: `${randomProse(60, i + 1)}. ${i % 2 ? edited : passage} ${randomProse(40, i + 50)}.`,
    }));
    const clusters = findClusters(docs);
    expect(clusters).toHaveLength(1);
    const [c] = clusters as [Cluster];
    expect(c.size).toBe(6);
    expect(c.kind).toBe('across');
    expect(new Set(c.passages.map((p) => p.doc)).size).toBe(6);
    for (const t of texts(c, docs)) expect([passage, edited]).toContain(t);
    expect(c.passages[c.representative]?.similarity).toBe(1);
    for (const p of c.passages) expect(p.similarity).toBeGreaterThan(0.8);
    expect(clusterEchoes(c)).toHaveLength(5);
  });

  it('orders passages by publication date, else import date, and marks the earliest as origin', () => {
    const day = 86_400_000;
    const docs: ClusterDoc[] = [
      { id: 'late', text: `${s3} ${passage} ${s4}`, publishedAt: 10 * day, source: 'A' },
      { id: 'undated', text: `${s4} ${edited}`, source: 'B' },
      { id: 'early', text: `${passage} ${s3}`, importedAt: 2 * day, source: 'C' },
    ];
    const [c] = findClusters(docs) as [Cluster];
    expect(c.passages.map((p) => p.doc)).toEqual(['early', 'late', 'undated']);
    expect(c.origin).toBe(0);
    expect(c.firstDate).toBe(2 * day);
    expect(c.lastDate).toBe(10 * day);
    expect(c.sources).toBe(3);
    expect(c.boilerplate).toBe(false);
  });

  it('dates a copy with no publication date by its last change before its import', () => {
    // An undated page saved on day 1 and imported on day 9 was printed before a copy published on
    // day 5: by import time alone the later copy was the origin.
    const day = 86_400_000;
    const docs: ClusterDoc[] = [
      { id: 'dated', text: `${s3} ${passage} ${s4}`, publishedAt: 5 * day, importedAt: 6 * day },
      { id: 'saved', text: `${passage} ${s3}`, modifiedAt: day, importedAt: 9 * day },
      { id: 'bare', text: `${s4} ${edited}`, importedAt: 2 * day },
    ];
    const [c] = findClusters(docs) as [Cluster];
    expect(c.passages.map((p) => p.doc)).toEqual(['saved', 'bare', 'dated']);
    expect(c.firstDate).toBe(day);
  });

  it('orders copies of one publication date by their last change, then their import', () => {
    const day = 86_400_000;
    const docs: ClusterDoc[] = [
      {
        id: 'edit',
        text: `${edited} ${s4}`,
        publishedAt: day,
        modifiedAt: 4 * day,
        importedAt: 2 * day,
      },
      {
        id: 'first',
        text: `${passage} ${s3}`,
        publishedAt: day,
        modifiedAt: 2 * day,
        importedAt: 3 * day,
      },
    ];
    const [c] = findClusters(docs) as [Cluster];
    expect(c.passages.map((p) => p.doc)).toEqual(['first', 'edit']);
  });

  it('lists copies printed at one time in the order they were captured, the first the origin', () => {
    // A page edited in place: both versions keep its publication date. The one captured later
    // (given first here) came first, so the collation read as if the edit were the original.
    const day = 86_400_000;
    const docs: ClusterDoc[] = [
      { id: 'v2', text: `${edited} ${s4}`, publishedAt: day, importedAt: 3 * day, source: 'W' },
      { id: 'v1', text: `${passage} ${s3}`, publishedAt: day, importedAt: 2 * day, source: 'W' },
      { id: 'x', text: `${s4} ${passage}`, publishedAt: day, source: 'X' },
    ];
    const [c] = findClusters(docs) as [Cluster];
    expect(c.passages.map((p) => p.doc)).toEqual(['x', 'v1', 'v2']);
    expect(c.origin).toBe(0);
  });

  it('puts the page as published before its update stating a later change, whenever imported', () => {
    // The first printing states no change; its update, imported earlier, states one that evening.
    // By import time the update came first: it was the origin, and the first printing "reused".
    const hour = 3_600_000;
    const docs: ClusterDoc[] = [
      {
        id: 'update',
        text: `${edited} ${s4}`,
        publishedAt: 8 * hour,
        modifiedAt: 18 * hour,
        importedAt: 40 * hour,
        source: 'W',
      },
      {
        id: 'first',
        text: `${passage} ${s3}`,
        publishedAt: 8 * hour,
        importedAt: 50 * hour,
        source: 'W',
      },
      { id: 'later', text: `${s4} ${passage}`, publishedAt: 15 * hour, source: 'X' },
    ];
    const [c] = findClusters(docs) as [Cluster];
    expect(c.passages.map((p) => p.doc)).toEqual(['first', 'update', 'later']);
    expect(c.origin).toBe(0);
  });

  it('labels a passage shared only by articles of one source as boilerplate, never one article’s repeats', () => {
    const footer = `${s3} ${s4} ${SENTENCES[6] ?? ''}`;
    const docs: ClusterDoc[] = [
      { id: 'a', text: `${randomProse(50, 7)}. ${footer}`, source: 'Gazette' },
      { id: 'b', text: `${randomProse(50, 8)}. ${footer}`, source: 'Gazette' },
      { id: 'c', text: `${passage} ${randomProse(40, 9)}. ${edited}`, source: 'Gazette' },
    ];
    const clusters = findClusters(docs);
    const shared = clusters.find((c) => c.kind === 'across');
    const within = clusters.find((c) => c.kind === 'within');
    expect(shared?.boilerplate).toBe(true);
    expect(shared?.sources).toBe(1);
    expect(within?.boilerplate).toBe(false);
    expect(within?.size).toBe(2);
  });

  it('calls a cluster between versions of one story "version"', () => {
    const docs: ClusterDoc[] = [
      { id: 'v1', text: `${passage} ${s3}`, story: 's' },
      { id: 'v2', text: `${edited} ${s4}`, story: 's' },
    ];
    expect(findClusters(docs).map((c) => c.kind)).toEqual(['version']);
  });

  it('never labels the text two versions of one story share as boilerplate, though one source printed both', () => {
    // A wire story edited in place: every version has the same source, and the paragraphs it
    // kept were flagged boilerplate, so the clusters screen hid them and "Between versions" showed
    // none of them. A third article of that source sharing the text is still its furniture.
    const docs: ClusterDoc[] = [
      { id: 'v1', text: `${passage} ${s3}`, story: 's', source: 'Wire Service' },
      { id: 'v2', text: `${edited} ${s4}`, story: 's', source: 'Wire Service' },
    ];
    expect(findClusters(docs).map((c) => [c.kind, c.boilerplate])).toEqual([['version', false]]);
    const other: ClusterDoc = {
      id: 'x',
      text: `${s4} ${passage}`,
      story: 't',
      source: 'Wire Service',
    };
    const withOther = findClusters([...docs, other]);
    expect(withOther.length).toBeGreaterThan(0);
    for (const c of withOther) expect([c.kind, c.boilerplate]).toEqual(['across', true]);
  });

  it('aligns any passage to the representative on demand, with equivalents marked', () => {
    const docs: ClusterDoc[] = [
      {
        id: 'x',
        text: `${randomProse(30, 3)}. They spent £200m on it and we're proud of it all, he said today.`,
      },
      {
        id: 'y',
        text: `${randomProse(30, 4)}. They spent £200 million on it and we are proud of it all, he said today.`,
      },
    ];
    const [c] = findClusters(docs) as [Cluster];
    const other = c.representative === 0 ? 1 : 0;
    const kinds = alignToRepresentative(c, other, textOf(docs)).segments.map((s) => s.kind);
    expect(kinds).toContain('equivalent');
    expect(kinds).not.toContain('changed');
  });

  it('finds nothing in unrelated texts and rejects duplicate ids', () => {
    expect(
      findClusters([
        { id: 'a', text: s0 },
        { id: 'b', text: s1 },
      ]),
    ).toEqual([]);
    expect(() =>
      findClusters([
        { id: 'a', text: s0 },
        { id: 'a', text: s1 },
      ]),
    ).toThrow(/share the id/);
  });
});

describe('EchoIndex.scanClusters', () => {
  it('clusters an index built from stored fingerprints, with metadata by id', async () => {
    const index = new EchoIndex();
    for (const [id, text] of [
      ['p', `${passage} ${s3}`],
      ['q', `${s4} ${edited}`],
      ['r', `${passage} ${SENTENCES[6] ?? ''}`],
    ] as const)
      index.add(id, fingerprintText(text));
    const progress: number[] = [];
    const clusters = await index.scanClusters({
      meta: (id) => ({ source: id === 'q' ? 'Q' : 'P', publishedAt: id === 'q' ? 1 : 5 }),
      onProgress: (done) => progress.push(done),
    });
    expect(clusters.map((c) => [c.size, c.sources, c.passages[c.origin]?.doc])).toEqual([
      [3, 2, 'q'],
    ]);
    expect(progress.length).toBeGreaterThan(0);
  });
});
