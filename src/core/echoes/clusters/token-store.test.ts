import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenise, tokeniseShared } from '../../text/tokenise';
import { TokenStore } from './token-store';
import { newWasmHashes } from './wasm-hashes';

// Both homes of the hashes: JavaScript slabs, and WebAssembly memory (grown as documents come).
const homes = [
  ['in JavaScript', () => new TokenStore()],
  ['in WebAssembly', () => new TokenStore(newWasmHashes())],
] as const;

describe.each(homes)('TokenStore, hashes %s', (_, newStore) => {
  it('gives back every token span exactly, short or long, near or far apart', () => {
    const texts = [
      'a bb ccc',
      `supercalifragilistic ${' '.repeat(300)}x${'\n'.repeat(70_000)}y we’re £200m`,
      'Ünïcödé 中文字 😀 𝒜bc end',
      '',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 400 }), { maxLength: 6 }),
        (more) => {
          const store = newStore();
          const all = [...texts, ...more];
          const kept = all.map((text) => store.add(tokeniseShared(text)));
          all.forEach((text, doc) => {
            const expected = tokenise(text);
            const spans = store.spansOf(doc, expected.count);
            expect([...spans.starts]).toEqual([...expected.starts]);
            expect([...spans.ends]).toEqual([...expected.ends]);
            expect([...store.hashesOf(doc)]).toEqual([...expected.hashes]);
            expect([...(kept[doc]?.flags ?? [])]).toEqual([...expected.flags]);
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps a text longer than a slab in arrays of its own', () => {
    const store = newStore();
    const text = 'word '.repeat((1 << 20) + 10);
    const kept = store.add(tokeniseShared(text));
    expect(kept.count).toBe((1 << 20) + 10);
    expect(store.hashesOf(0)).toEqual(tokenise(text).hashes);
    const spans = store.spansOf(0, kept.count);
    expect(spans.starts[(1 << 20) + 9]).toBe(5 * ((1 << 20) + 9));
  });
});
