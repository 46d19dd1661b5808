import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tokeniseUtf8 } from '../core/text/tokenise-utf8';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const sample = new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url).pathname;

// Rare tokens the WebAssembly tokeniser hands to JavaScript, and characters it must see as the
// JavaScript one does (escapes, multi-byte, astral, ideographs).
const RARE = [
  'we’re',
  "can't",
  '£200m',
  '$5bn',
  '1,000.5',
  '10%',
  'cannot',
  'PERCENT',
  'naïve',
  'İstanbul',
  '中文',
  '😀',
  '𝒜bc',
  '"quoted"',
  'back\\slash',
  '\t',
  '—',
  '…',
  '\u2029',
];

/** A corpus of files: the sample's sentences shuffled with rare tokens, some copied from others. */
function writeCorpus(dir: string, files: number): string[] {
  const sentences = readFileSync(sample, 'utf8').split(/(?<=[.!?])\s+/);
  let seed = 7;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const texts: string[] = [];
  const paths: string[] = [];
  for (let f = 0; f < files; f++) {
    const parts: string[] = [];
    for (let s = 0; s < 12; s++) {
      const sentence = sentences[next(sentences.length)] ?? '';
      const words = sentence.split(' ');
      words.splice(next(words.length + 1), 0, RARE[next(RARE.length)] ?? '');
      parts.push(words.join(' '));
      if (next(4) === 0) parts.push('\n\n');
    }
    // One file in three carries a passage of an earlier one: clusters across files.
    if (f > 0 && next(3) === 0) parts.push((texts[next(f)] ?? '').slice(0, 600));
    const text = parts.join(' ');
    texts.push(text);
    const path = join(dir, `${f}.txt`);
    writeFileSync(path, text);
    paths.push(path);
  }
  return paths;
}

const echoes = async (args: string[]) => {
  const { runEchoes } = await import('./echoes-command');
  const { code, out, err } = await runCommand(runEchoes, args);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('echoes with the WebAssembly tokeniser', () => {
  it('writes the same JSON as with the JavaScript tokeniser, mark sort and lone-seed checks, byte for byte', async () => {
    const dir = tempDir('verso-echoes-wasm-');
    const paths = writeCorpus(dir, 120);
    const list = join(dir, 'list.txt');
    writeFileSync(list, `${paths.join('\n')}\n`);
    // The first run must really take the WebAssembly mark store and hash store (not fall back
    // unseen).
    let wasmStores = 0;
    let wasmHashes = 0;
    vi.resetModules();
    vi.doMock('../core/text/wasm-kernels', async (importOriginal) => {
      const real = await importOriginal<typeof import('../core/text/wasm-kernels')>();
      return {
        ...real,
        markKernels: () => {
          const kernels = real.markKernels();
          if (kernels) wasmStores++;
          return kernels;
        },
        hashKernels: () => {
          const kernels = real.hashKernels();
          if (kernels) wasmHashes++;
          return kernels;
        },
      };
    });
    const withWasm = await echoes(['--json', '--files-from', list]);
    vi.doUnmock('../core/text/wasm-kernels');
    expect(wasmStores).toBe(1);
    expect(wasmHashes).toBe(1);
    vi.resetModules();
    let calls = 0;
    let stores = 0;
    let hashStores = 0;
    vi.doMock('../core/text/tokenise-wasm', () => ({
      tokeniseUtf8Wasm: (bytes: Uint8Array) => {
        calls++;
        return { ...tokeniseUtf8(bytes), inWasm: false };
      },
      winnowWasm: () => {
        throw new Error('not without WebAssembly');
      },
    }));
    vi.doMock('../core/text/wasm-kernels', () => ({
      // No WebAssembly: the marks wait in MarkBlocks and are sorted in JavaScript, and the token
      // hashes wait in JavaScript slabs, where the lone seeds are checked.
      markKernels: () => {
        stores++;
        return null;
      },
      hashKernels: () => {
        hashStores++;
        return null;
      },
    }));
    const withJs = await echoes(['--json', '--files-from', list]);
    vi.doUnmock('../core/text/tokenise-wasm');
    vi.doUnmock('../core/text/wasm-kernels');
    vi.resetModules();
    // Every file went through the JavaScript tokeniser the second time.
    expect(calls).toBe(120);
    expect(stores).toBe(1);
    expect(hashStores).toBe(1);
    expect(withWasm.code).toBe(0);
    expect(withWasm.err).toBe(withJs.err);
    expect(withWasm.out).toBe(withJs.out);
    const parsed = JSON.parse(withWasm.out) as { documents: unknown[]; clusters: unknown[] };
    expect(parsed.documents).toHaveLength(120);
    expect(parsed.clusters.length).toBeGreaterThan(10);
  });
});
