import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Echo } from '../core/model';
import type { EchoReply } from './echo-protocol';
import { echoWorkerScope, keepingFor } from '../../tests/support/echo-worker-scope';

// The worker module talks to `self`; give it one that records what it posts.
const { scope: fakeScope, post: deliver, answer: ask, keeper, found } = echoWorkerScope();

const passage =
  'The finance minister said on Tuesday that the council would spend two hundred million pounds on new housing across the region over the next five years, a figure critics called too small.';
const texts = {
  early: `Opening words of the first paper. ${passage} Closing words of the first paper here.`,
  late: `A different start in the second paper entirely. ${passage} And its own ending too.`,
};
const day = 86_400_000;
const metas = [
  { id: 'late', source: 'second.example', story: 'late', publishedAt: 20 * day },
  { id: 'early', source: 'first.example', story: 'early', publishedAt: 10 * day },
];
const settings = { minWords: 8, minSimilarity: 0.5 };

const answer = (id: number, data: unknown): Promise<EchoReply> => ask(id, data);

beforeAll(async () => {
  Object.assign(globalThis, { self: fakeScope });
  const { setClusterKeeper } = await import('./echo-worker');
  setClusterKeeper(keeper);
  deliver({ kind: 'add-docs', docs: Object.entries(texts).map(([id, text]) => ({ id, text })) });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'self');
});

const scan = (id: number, metaCount: number, metaScan = id) => ({
  kind: 'scan',
  id,
  add: [],
  remove: [],
  job: { kind: 'clusters', metaScan, metaCount, keep: keepingFor(id) },
  settings,
});

describe('echo worker: a clusters scan with its facts posted ahead', () => {
  it('dates and sources the passages from the facts posted in batches before the scan', async () => {
    deliver({ kind: 'add-metas', scan: 1, metas: metas.slice(0, 1) });
    deliver({ kind: 'add-metas', scan: 1, metas: metas.slice(1) });
    expect((await answer(1, scan(1, 2))).kind).toBe('kept');
    const { clusters } = found(1);
    expect(clusters).toHaveLength(1);
    const [cluster] = clusters;
    expect(cluster?.sources).toBe(2);
    expect(cluster?.passages.map((p) => p.doc)).toEqual(['early', 'late']);
    expect(cluster?.passages[cluster.origin]?.doc).toBe('early');
    expect(cluster?.firstDate).toBe(10 * day);
  });

  it('refuses a scan whose facts did not all arrive, and the next scan starts afresh', async () => {
    deliver({ kind: 'add-metas', scan: 2, metas: metas.slice(0, 1) });
    const refused = await answer(2, scan(2, 2));
    expect(refused.kind).toBe('failed');
    // The refused scan used up what had arrived: a full set posted again scans normally.
    deliver({ kind: 'add-metas', scan: 3, metas });
    expect((await answer(3, scan(3, 2))).kind).toBe('kept');
  });

  it('a scan cancelled after its facts were posted leaves none of them to the next scan', async () => {
    // Scan 4 posted its facts and was cancelled before its job ran (or while it indexed).
    deliver({ kind: 'add-metas', scan: 4, metas });
    // Scan 5 posts the same archive's facts again, and its job counts only its own.
    deliver({ kind: 'add-metas', scan: 5, metas: metas.slice(0, 1) });
    deliver({ kind: 'add-metas', scan: 5, metas: metas.slice(1) });
    expect((await answer(5, scan(5, 2))).kind).toBe('kept');
    expect(found(5).clusters[0]?.passages.map((p) => p.doc)).toEqual(['early', 'late']);
  });

  it('a job never takes facts posted for another scan', async () => {
    deliver({ kind: 'add-metas', scan: 6, metas });
    expect((await answer(7, scan(7, 2))).kind).toBe('failed');
  });
});

describe('echo worker: an article of one sentence printed many times', () => {
  it('finds its echoes with its copy in work bounded by the text, not by copies × text', async () => {
    // One line, no paragraph break to stop an alignment: before, every copy's alignment with the
    // copy article ran on to the end of the text, and the echoes' length grew with copies × text
    // (225 texts' worth at 300 copies). Now the pair's extensions stop being unbounded once they
    // have run 16 times both texts' length (regions.ts), so the echoes cover ~20 texts' worth.
    const sentence =
      'The council said on Tuesday that the new bridge would open to traffic in the spring.';
    const copies = 300;
    const text = Array<string>(copies).fill(sentence).join(' ');
    const edited = Array.from({ length: copies }, (_, i) => (i === 150 ? 'zyzzyva' : sentence));
    const reply = await answer(20, {
      kind: 'scan',
      id: 20,
      add: [{ id: 'copy', text: edited.join(' ') }],
      remove: [],
      job: { kind: 'article', doc: { id: 'printed', text }, versionIds: [] },
      settings,
    });
    if (reply.kind !== 'done') throw new Error(`expected echoes, got ${reply.kind}`);
    const across = reply.echoes.filter((e) => e.kind === 'across');
    expect(across.length).toBeGreaterThan(copies);
    const covered = across.reduce((sum, e) => sum + e.a.end - e.a.start, 0);
    expect(covered).toBeLessThan(40 * text.length);
    // Within: one cluster of every copy, given as copies − 1 echoes with one representative.
    const within = reply.echoes.filter((e) => e.kind === 'within');
    expect(within).toHaveLength(copies - 1);
    expect(reply.omitted).toBe(0);
  });
});

describe('echo worker: an article whose paragraphs another paper reprinted back to back', () => {
  it('gives that paper one echo of each paragraph, as the reader numbers them by cluster', async () => {
    const read = (path: string): string =>
      readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    const sample = { id: 'sample', text: read('seeds/000_7500752fa51d260b.txt') };
    const reprints = ['ledger', 'post'].map((id) => ({
      id,
      text: read(`tests/fixtures/reprints/${id}.txt`),
    }));
    const reply = await answer(30, {
      kind: 'scan',
      id: 30,
      add: reprints,
      remove: [],
      job: { kind: 'article', doc: sample, versionIds: [] },
      settings,
    });
    if (reply.kind !== 'done') throw new Error(`expected echoes, got ${reply.kind}`);
    const own = (e: Echo): string => sample.text.slice(e.a.start, e.a.end);
    // The Ledger prints the quote and the £200m paragraph together: its echo with the sample's
    // first copies ran over both (one echo, counted with the £200m paragraph's cluster).
    const ledger = reply.echoes.filter((e) => e.b.doc === 'ledger').map(own);
    expect(ledger).toContain(
      'He continued: ‘I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support we’re providing this year.’',
    );
    expect(ledger).toContain(
      'Among the latest supportive measures being proposed by Britain is £200m of funding which will be used to equip British armed forces with the kit that they need as they are ready to be deployed as part of the multi-national force for Ukraine.',
    );
    for (const words of reply.echoes.map(own))
      expect(words.includes('I am proud') && words.includes('Among the latest')).toBe(false);
  });
});

describe('echo worker: a selected passage’s copies', () => {
  it('answers with the passage’s near copies from the index it holds, its own article included', async () => {
    const read = (path: string): string =>
      readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    const text = read('seeds/000_7500752fa51d260b.txt');
    const words =
      'I am proud that the UK is united for Ukraine. I am proud of the highest ever level of military support we’re providing this year.';
    const start = text.indexOf(words);
    const reply = await answer(40, {
      kind: 'scan',
      id: 40,
      add: [
        { id: 'sample', text },
        ...['ledger', 'post'].map((id) => ({
          id,
          text: read(`tests/fixtures/reprints/${id}.txt`),
        })),
      ],
      remove: [],
      job: {
        kind: 'passage',
        passage: { doc: 'sample', start, end: start + words.length, text: words },
        versionIds: [],
      },
      settings,
    });
    if (reply.kind !== 'done') throw new Error(`expected copies, got ${reply.kind}`);
    const byDoc = new Map(reply.echoes.map((e) => [e.b.doc, e]));
    expect([...byDoc.keys()].sort()).toEqual(['ledger', 'sample']);
    expect(byDoc.get('sample')?.kind).toBe('within');
    expect(text.slice(byDoc.get('sample')?.b.start, byDoc.get('sample')?.b.end)).toContain(
      'support that we are providing',
    );
    expect(byDoc.get('ledger')?.kind).toBe('across');
    for (const echo of reply.echoes) expect(echo.a.doc).toBe('sample');
  });
});

describe('echo worker: a scan that reads its articles from the archive itself', () => {
  it('answers as a scan that was sent the same texts (a deleted one left out)', async () => {
    const read = (path: string): string =>
      readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
    const sample = { id: 'sample', text: read('seeds/000_7500752fa51d260b.txt') };
    const reprints = new Map(
      ['ledger', 'post'].map((id) => [id, read(`tests/fixtures/reprints/${id}.txt`)]),
    );
    const asked: [string, readonly string[]][] = [];
    const { setTextReader } = await import('./echo-worker');
    setTextReader((database, ids) => {
      asked.push([database, ids]);
      return Promise.resolve(
        new Map(ids.flatMap((id) => (reprints.has(id) ? [[id, reprints.get(id) ?? '']] : []))),
      );
    });
    const job = { kind: 'article', doc: sample, versionIds: [] };
    const sent = await answer(50, {
      kind: 'scan',
      id: 50,
      add: [...reprints].map(([id, text]) => ({ id, text })),
      remove: [],
      job,
      settings,
    });
    // The same articles forgotten, then read back by id (one of them deleted meanwhile).
    const ids = ['ledger', 'gone', 'post'];
    const readBack = await answer(51, {
      kind: 'scan',
      id: 51,
      add: [],
      read: { database: 'verso-test', ids },
      remove: ['ledger', 'post'],
      job,
      settings,
    });
    if (sent.kind !== 'done' || readBack.kind !== 'done') throw new Error('expected echoes');
    expect(readBack.echoes.some((e) => e.b.doc === 'ledger')).toBe(true);
    expect(readBack.echoes).toEqual(sent.echoes);
    expect(asked).toEqual([['verso-test', ids]]);
  });
});
