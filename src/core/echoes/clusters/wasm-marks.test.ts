import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type MarkKernels, markKernels } from '../../text/wasm-kernels';
import { tokeniseShared } from '../../text/tokenise';
import { GRAM_TERMS, WINNOW_WINDOW } from '../fingerprint';
import type { SortedMarks } from '../sorted-marks';
import { winnowShared } from '../winnow';
import { MarkBlocks } from './mark-blocks';
import type { SeedList } from '../seeds';
import { collectStarSeeds } from './star-seeds';
import type { MarkStore } from './mark-store';
import { WasmMarks } from './wasm-marks';

// The shared contract of both stores is tested in mark-blocks.test.ts; here, WasmMarks against
// MarkBlocks on real text, and what WasmMarks does when its memory grows or cannot.

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const PAGES = join(ROOT, '../shared/corpora/readability-test-pages');
const SAMPLE = join(ROOT, 'seeds/000_7500752fa51d260b.txt');

function kernels(): MarkKernels {
  const k = markKernels();
  if (!k) throw new Error('WebAssembly is expected to run here');
  return k;
}

/** Each text's marks as the CLI makes them (tokenised, winnowed), copied out of the shared scratch. */
function marksOf(texts: readonly string[]): { hashes: Uint32Array; positions: Uint32Array }[] {
  return texts.map((text) => {
    const tokens = tokeniseShared(text);
    const m = winnowShared(tokens.hashes, tokens.count, GRAM_TERMS, WINNOW_WINDOW);
    return { hashes: m.hashes.slice(), positions: m.positions.slice() };
  });
}

function sorted(store: MarkStore, docs: ReturnType<typeof marksOf>): SortedMarks {
  for (const d of docs) store.append(d.hashes, d.positions);
  return store.sortedRepeats();
}

const plain = (s: SortedMarks) => ({
  hashes: [...s.hashes],
  docs: [...s.docs],
  positions: [...s.positions],
});

/** A seed list's seeds, as plain arrays. */
function seedsOf(seeds: SeedList) {
  const n = seeds.count;
  const take = (a: Uint32Array) => [...a.subarray(0, n)];
  return {
    docA: take(seeds.docA),
    posA: take(seeds.posA),
    docB: take(seeds.docB),
    posB: take(seeds.posB),
    df: take(seeds.df),
  };
}

/** collectStarSeeds of MarkBlocks' marks, and WasmMarks' own seeds, for the same documents. */
function bothSeeds(docs: ReturnType<typeof marksOf>, within: boolean, store: WasmMarks) {
  const blocks = new MarkBlocks();
  for (const d of docs) blocks.append(d.hashes, d.positions);
  for (const d of docs) store.append(d.hashes, d.positions);
  return {
    fromJs: seedsOf(collectStarSeeds(blocks.sortedRepeats(), within)),
    fromWasm: seedsOf(store.starSeeds(within)),
  };
}

/** Kernels whose memory stops growing after `grows` successful calls to reserve. */
function stopsGrowing(grows: number): MarkKernels {
  const k = kernels();
  let left = grows;
  return {
    memory: k.memory,
    heapStart: () => k.heapStart(),
    reserve: (top) => (left-- > 0 ? k.reserve(top) : 0),
    noteDoc: (...a) => k.noteDoc(...a),
    spreadAll: (...a) => k.spreadAll(...a),
    keepBuckets: (...a) => k.keepBuckets(...a),
    unpack: (...a) => k.unpack(...a),
    lookUp: (...a) => k.lookUp(...a),
    starSeeds: (...a) => k.starSeeds(...a),
  };
}

/** The kernels, counting the calls that show which path a store took. */
function counted(k: MarkKernels) {
  const calls = { noteDoc: 0, spreadAll: 0, kernels: k };
  calls.kernels = {
    ...k,
    noteDoc: (...a) => (calls.noteDoc++, k.noteDoc(...a)),
    spreadAll: (...a) => (calls.spreadAll++, k.spreadAll(...a)),
  };
  return calls;
}

/** Kernels whose memory cannot grow past `limit` bytes. */
function capped(limit: number): MarkKernels {
  const k = stopsGrowing(Infinity);
  const reserve = k.reserve;
  return { ...k, reserve: (top) => (top > limit ? 0 : reserve(top)) };
}

/** 4,500 texts of 500 marks (2.25 million: past the first growth) with a few planted repeats. */
function manyMarks(): ReturnType<typeof marksOf> {
  const docs: ReturnType<typeof marksOf> = [];
  for (let d = 0; d < 4500; d++) {
    const hashes = Uint32Array.from({ length: 500 }, (_, p) =>
      Math.imul(d * 500 + p + 1, 0x9e3779b1),
    );
    if (d % 1000 === 999) hashes[d % 500] = docs[0]?.hashes[3] ?? 0;
    docs.push({ hashes, positions: Uint32Array.from(hashes, (_, p) => 3 * p) });
  }
  return docs;
}

describe('WasmMarks', () => {
  it('gives MarkBlocks’ marks for the Readability test pages and the sample, each twice', (context) => {
    if (!existsSync(PAGES)) {
      context.skip(`no Readability test pages at ${PAGES}`);
      return;
    }
    const texts = readdirSync(PAGES)
      .sort()
      .map((name) => join(PAGES, name, 'source.html'))
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path, 'utf8').replace(/<[^>]*>/g, ' '));
    texts.push(readFileSync(SAMPLE, 'utf8'));
    // Every text twice, the second time far from the first: every hash repeats at least once.
    const docs = marksOf([...texts, ...texts.slice(7), ...texts.slice(0, 7)]);
    const fromJs = sorted(new MarkBlocks(), docs);
    expect(fromJs.hashes.length).toBeGreaterThan(100_000);
    expect(plain(sorted(new WasmMarks(kernels()), docs))).toEqual(plain(fromJs));
    // In passes of ~4,000 marks (the CLI's pass holds 8 million): the same marks.
    expect(plain(sorted(new WasmMarks(kernels(), 4000), docs))).toEqual(plain(fromJs));
    // And the star seeds made from them, within documents or not.
    for (const within of [true, false]) {
      const seeds = bothSeeds(docs, within, new WasmMarks(kernels(), 4000));
      expect(seeds.fromJs.docA.length).toBeGreaterThan(50_000);
      expect(seeds.fromWasm).toEqual(seeds.fromJs);
    }
  });

  it('makes collectStarSeeds’ seeds: runs of one hash, within documents or not, df capped', () => {
    // Few hashes (long runs across and within documents), positions repeating within one.
    const hash = fc.nat({ max: 12 }).map((x) => Math.imul(x + 1, 0x9e3779b1) >>> 0);
    const doc = fc.array(fc.tuple(hash, fc.nat({ max: 3 })), { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 30 }), fc.boolean(), (raw, within) => {
        const docs = raw.map((marks) => {
          let p = 0;
          return {
            hashes: Uint32Array.from(marks, ([h]) => h),
            positions: Uint32Array.from(marks, ([, step]) => (p += step)),
          };
        });
        const seeds = bothSeeds(docs, within, new WasmMarks(kernels(), 3));
        expect(seeds.fromWasm).toEqual(seeds.fromJs);
      }),
    );
    // A k-gram in 300 documents: its seeds' document frequency is capped at 255, as SeedList's.
    const wide = Array.from({ length: 300 }, () => ({
      hashes: Uint32Array.of(7, 7),
      positions: Uint32Array.of(0, 1),
    }));
    const capped = bothSeeds(wide, true, new WasmMarks(kernels()));
    expect(capped.fromWasm).toEqual(capped.fromJs);
    expect(capped.fromWasm.df[0]).toBe(255);
  });

  it('gives MarkBlocks’ marks while its memory grows between documents', () => {
    const docs = manyMarks();
    const out = sorted(new WasmMarks(kernels()), docs);
    expect(plain(out)).toEqual(plain(sorted(new MarkBlocks(), docs)));
    expect(out.docs.length).toBe(5);
  });

  it('makes the seeds of an archive where one mark in ten repeats (in the spent store)', () => {
    // Past the 97th text, each text's first 50 marks are those of one of the first 97.
    const docs = manyMarks();
    docs.forEach((d, n) => {
      if (n >= 97) d.hashes.set((docs[n % 97]?.hashes ?? d.hashes).subarray(0, 50));
    });
    const seeds = bothSeeds(docs, true, new WasmMarks(kernels()));
    expect(seeds.fromJs.docA.length).toBeGreaterThan(200_000);
    expect(seeds.fromWasm).toEqual(seeds.fromJs);
  });

  it('moves its marks to MarkBlocks when its memory cannot grow, while adding or sorting', () => {
    const docs = manyMarks();
    const expected = plain(sorted(new MarkBlocks(), docs));
    // One growth (16 MB) holds ~2 million marks: the next, among the appends, fails.
    const midwayCalls = counted(stopsGrowing(1));
    const midway = new WasmMarks(midwayCalls.kernels);
    expect(plain(sorted(midway, docs))).toEqual(expected);
    expect(midway.count).toBe(2_250_000);
    // Some documents were noted in WebAssembly, then the rest went to MarkBlocks.
    expect(midwayCalls.noteDoc).toBeGreaterThan(0);
    expect(midwayCalls.noteDoc).toBeLessThan(docs.length);
    expect(midwayCalls.spreadAll).toBe(0);
    // Enough for every append, but not for the sort's room.
    const atSortCalls = counted(stopsGrowing(2));
    const atSort = new WasmMarks(atSortCalls.kernels);
    expect(plain(sorted(atSort, docs))).toEqual(expected);
    expect(atSortCalls.noteDoc).toBe(docs.length);
    expect(atSortCalls.spreadAll).toBe(0);
    // Star seeds the same way.
    for (const grows of [1, 2, 3]) {
      const seeds = bothSeeds(docs, true, new WasmMarks(stopsGrowing(grows)));
      expect(seeds.fromWasm).toEqual(seeds.fromJs);
    }
  });

  it('makes its seeds in JavaScript when there is room to sort its marks but not for the seeds', () => {
    // 1,000 texts of the same 500 marks: every mark repeats, 499,500 seeds. Storing and sorting
    // take ~8 MB past the store's start; the seeds' five arrays ~10 MB more.
    const same = Uint32Array.from({ length: 500 }, (_, p) => Math.imul(p + 1, 0x9e3779b1));
    const docs = Array.from({ length: 1000 }, () => ({
      hashes: same,
      positions: Uint32Array.from(same, (_, p) => p),
    }));
    const limited = capped(14 << 20);
    let reserves = 0;
    const store = new WasmMarks({
      ...limited,
      reserve: (top) => (reserves++, limited.reserve(top)),
    });
    const seeds = bothSeeds(docs, true, store);
    expect(seeds.fromJs.docA.length).toBe(499_500);
    expect(seeds.fromWasm).toEqual(seeds.fromJs);
    // Near its limit the store still grows by a margin, not by one document's marks a time.
    expect(reserves).toBeLessThan(100);
  });
});
