import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markKernels } from '../../text/wasm-kernels';
import { MarkBlocks } from './mark-blocks';
import type { MarkStore } from './mark-store';
import { WasmMarks } from './wasm-marks';

/** Both stores: the JavaScript one and the WebAssembly one (the CLI's), held to one contract. */
const STORES: [string, () => MarkStore][] = [
  ['MarkBlocks', () => new MarkBlocks()],
  [
    'WasmMarks',
    () => {
      const kernels = markKernels();
      if (!kernels) throw new Error('WebAssembly is expected to run here');
      return new WasmMarks(kernels);
    },
  ],
  [
    'WasmMarks sorting in passes of a few buckets',
    () => {
      const kernels = markKernels();
      if (!kernels) throw new Error('WebAssembly is expected to run here');
      return new WasmMarks(kernels, 5);
    },
  ],
];

type Mark = [hash: number, doc: number, position: number];

/** The contract, the slow way: sort by hash (stably, in the order added), drop singletons. */
function naive(docs: readonly (readonly number[])[]): Mark[] {
  const all: Mark[] = docs.flatMap((hashes, doc) => hashes.map((h, p): Mark => [h, doc, p]));
  const sorted = all
    .map((m, i) => ({ m, i }))
    .sort((x, y) => x.m[0] - y.m[0] || x.i - y.i)
    .map((x) => x.m);
  const count = new Map<number, number>();
  for (const [h] of sorted) count.set(h, (count.get(h) ?? 0) + 1);
  return sorted.filter(([h]) => (count.get(h) ?? 0) > 1);
}

function via(make: () => MarkStore, docs: readonly (readonly number[])[]): Mark[] {
  const blocks = make();
  for (const hashes of docs)
    blocks.append(
      Uint32Array.from(hashes),
      Uint32Array.from(hashes, (_, p) => p),
    );
  const out = blocks.sortedRepeats();
  return Array.from(out.hashes, (h, i): Mark => [h, out.docs[i] ?? -1, out.positions[i] ?? -1]);
}

describe.each(STORES)('%s', (_, make) => {
  const viaBlocks = (docs: readonly (readonly number[])[]) => via(make, docs);
  it('gives every repeated mark sorted by hash, document, position, and no singleton', () => {
    // Hashes from a small set (many repeats) spread over all 32 bits (every bucket), documents
    // with no marks among them.
    const hash = fc.nat({ max: 40 }).map((x) => Math.imul(x + 1, 0x9e3779b1) >>> 0);
    fc.assert(
      fc.property(fc.array(fc.array(hash, { maxLength: 30 }), { maxLength: 40 }), (docs) => {
        expect(viaBlocks(docs)).toEqual(naive(docs));
      }),
    );
  });

  it('keeps marks across block boundaries, with their documents (over a million marks)', () => {
    const docs: number[][] = [];
    // 2,100 documents of 500 marks: 1.05 million marks, so documents straddle the first block.
    for (let d = 0; d < 2100; d++)
      docs.push(Array.from({ length: 500 }, (_, p) => Math.imul(d * 500 + p, 0x9e3779b1) >>> 0));
    docs[2099]?.splice(0, 1, docs[0]?.[0] ?? 0);
    docs[1000]?.splice(7, 1, docs[0]?.[0] ?? 0);
    const out = viaBlocks(docs);
    expect(out).toEqual([
      [docs[0]?.[0], 0, 0],
      [docs[0]?.[0], 1000, 7],
      [docs[0]?.[0], 2099, 0],
    ]);
  });

  it('keeps documents and positions that do not fit in 32 bits together', () => {
    // Positions past 2^31 (a document of billions of tokens, in effect): the document and
    // position cannot be packed into one number, so they are found from each mark's number.
    const far = 2 ** 31 + 5;
    const blocks = make();
    blocks.append(Uint32Array.of(7, 9), Uint32Array.of(1, far));
    blocks.append(Uint32Array.of(), Uint32Array.of());
    blocks.append(Uint32Array.of(9, 8, 7), Uint32Array.of(3, far + 1, 2 ** 32 - 1));
    const out = blocks.sortedRepeats();
    expect(Array.from(out.hashes)).toEqual([7, 7, 9, 9]);
    expect(Array.from(out.docs)).toEqual([0, 2, 0, 2]);
    expect(Array.from(out.positions)).toEqual([1, 2 ** 32 - 1, far, 3]);
  });

  it('packs a document and position that fill all 32 bits exactly', () => {
    // 2 documents (one bit) and positions up to 2^31 − 1 (31 bits): the top bit is the document.
    const top = 2 ** 31 - 1;
    const blocks = make();
    blocks.append(Uint32Array.of(5, 6), Uint32Array.of(top, 0));
    blocks.append(Uint32Array.of(6, 5), Uint32Array.of(top, 1));
    const out = blocks.sortedRepeats();
    expect(Array.from(out.hashes)).toEqual([5, 5, 6, 6]);
    expect(Array.from(out.docs)).toEqual([0, 1, 0, 1]);
    expect(Array.from(out.positions)).toEqual([top, 1, 0, top]);
  });
});
