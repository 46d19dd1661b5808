import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../text/tokenise';
import { SENTENCES, randomProse } from '../test-texts';
import { type FlatHashes, flatHashes } from './flat-hashes';
import { passLoneSeeds } from './lone-seed-check';
import { WasmHashes, newWasmHashes } from './wasm-hashes';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const PAGES = join(ROOT, '../shared/corpora/readability-test-pages');

/** Texts with shared passages (exact, edited, far apart), short ones, and real pages' words. */
function texts(): string[] {
  const out: string[] = [];
  const planted = SENTENCES.slice(0, 4).join(' ');
  for (let i = 0; i < 40; i++) {
    const edited = i % 3 === 0 ? planted.replace('on Tuesday', 'on a Wednesday') : planted;
    out.push([randomProse(60 + (i % 7) * 20, i + 1), edited, randomProse(40, i + 99)].join(' '));
  }
  out.push('', 'one', 'a b c d', SENTENCES.slice(0, 2).join(' '));
  // The Readability test pages' articles (real prose), where the corpus is.
  const dirs = existsSync(PAGES) ? readdirSync(PAGES).slice(0, 12) : [];
  for (const dir of dirs) {
    const page = join(PAGES, dir, 'expected.html');
    if (existsSync(page)) out.push(readFileSync(page, 'utf8').replace(/<[^>]*>/g, ' '));
  }
  return out;
}

/** Seeds at every kind of place: matching k-grams, random pairs, both ends of each document. */
function seedsFor(hashes: Uint32Array[]) {
  const docA: number[] = [];
  const posA: number[] = [];
  const docB: number[] = [];
  const posB: number[] = [];
  let r = 11;
  const next = (n: number) => {
    r = (Math.imul(r, 1103515245) + 12345) >>> 0;
    return n > 0 ? (r >>> 8) % n : 0;
  };
  const add = (a: number, pa: number, b: number, pb: number) => {
    docA.push(a);
    posA.push(pa);
    docB.push(b);
    posB.push(pb);
  };
  const n = hashes.length;
  for (let a = 0; a < n; a++) {
    const la = hashes[a]?.length ?? 0;
    for (let k = 0; k < 30; k++) {
      const b = next(n);
      const lb = hashes[b]?.length ?? 0;
      // Where a's k-gram occurs in b (a real seed), else anywhere (mostly hopeless).
      const pa = next(Math.max(0, la - 3));
      const found = (hashes[b] ?? new Uint32Array(0)).indexOf(hashes[a]?.[pa] ?? -1);
      add(a, pa, b, found >= 0 && k % 2 === 0 ? found : next(Math.max(0, lb - 3)));
    }
    add(a, 0, (a + 1) % n, 0);
    add(a, Math.max(0, la - 4), a, Math.max(0, la - 4));
  }
  const u = (x: number[]) => Uint32Array.from(x);
  return { docA: u(docA), posA: u(posA), docB: u(docB), posB: u(posB) };
}

/** passLoneSeeds' results for every seed, with `flat` as given. */
function passes(flat: FlatHashes, seeds: ReturnType<typeof seedsFor>, minWords: number) {
  const pass = new Uint8Array(seeds.docA.length);
  const order = Uint32Array.from(seeds.docA.keys());
  passLoneSeeds(flat, seeds, order, minWords, pass);
  return pass;
}

describe('WasmHashes', () => {
  it('keeps hashes where the lone-seed checks in WebAssembly give what JavaScript gives', () => {
    const all = texts().map((t) => tokenise(t).hashes);
    const store = newWasmHashes();
    expect(store).toBeInstanceOf(WasmHashes);
    if (!store) return;
    // Kept one by one (the memory grows on the way), then viewed once all are in.
    const at = all.map((h) => store.keep(h, h.length));
    const inWasm = all.map((h, d) => store.words().subarray(at[d] ?? 0, (at[d] ?? 0) + h.length));
    inWasm.forEach((h, d) => expect(h).toEqual(all[d]));
    const seeds = seedsFor(all);
    const fps = (hashes: Uint32Array[]) =>
      hashes.map((h) => ({ hashes: h }) as Parameters<typeof flatHashes>[0][number]);
    for (const minWords of [4, 8, 12, 30]) {
      const js = passes(flatHashes(fps(all)), seeds, minWords);
      const wasm = passes(flatHashes(fps(inWasm), store), seeds, minWords);
      expect(wasm).toEqual(js);
      // Both outcomes occur (at 30 words, nothing here passes): the comparison says something.
      expect(js.includes(0)).toBe(true);
      expect(js.includes(1)).toBe(minWords < 30);
      // Half the documents' words in JavaScript (as past the memory's limit): mixed pairs too.
      const mixed = inWasm.map((h, d) => (d % 2 === 0 ? h : (all[d] ?? h)));
      expect(passes(flatHashes(fps(mixed), store), seeds, minWords)).toEqual(js);
    }
  });

  it('grows its memory as documents come, and keeps every one where it said', () => {
    const store = newWasmHashes();
    if (!store) throw new Error('no WebAssembly');
    const buffers = new Set<ArrayBufferLike>();
    const big = new Uint32Array(1 << 20).map((_, i) => Math.imul(i, 2654435761) >>> 0);
    const at: number[] = [];
    for (let d = 0; d < 40; d++) {
      at.push(store.keep(big.subarray(d), big.length - d));
      buffers.add(store.buffer);
    }
    expect(buffers.size).toBeGreaterThan(1);
    at.forEach((a, d) => {
      const kept = store.words().subarray(a, a + big.length - d);
      expect(kept[0]).toBe(big[d]);
      expect(kept[kept.length - 1]).toBe(big[big.length - 1]);
    });
  });
});
