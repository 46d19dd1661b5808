import { describe, expect, it } from 'vitest';
import { readHostFile } from './host';
import { lazyBrowserFiles } from './web-files';

/** A File that counts how often its bytes are asked for. */
function watched(file: File): { file: File; reads: () => number } {
  let reads = 0;
  const original = file.arrayBuffer.bind(file);
  const counted = Object.assign(file, {
    arrayBuffer: () => {
      reads++;
      return original();
    },
  });
  return { file: counted, reads: () => reads };
}

describe('lazyBrowserFiles (web host)', () => {
  it('hands files over unread and reads each when asked', async () => {
    const a = watched(new File(['hello'], 'a.txt', { lastModified: 1_796_029_200_000 }));
    const b = watched(new File(['world'], 'b.txt'));
    const files = lazyBrowserFiles([a.file, b.file]);
    expect(files.map((f) => [f.name, f.relativePath, f.bytes.length])).toEqual([
      ['a.txt', 'a.txt', 0],
      ['b.txt', 'b.txt', 0],
    ]);
    expect(a.reads() + b.reads()).toBe(0);
    const [first] = files;
    // With its date, which orders undated versions of one story.
    expect(first && (await readHostFile(first))).toEqual({
      bytes: new TextEncoder().encode('hello'),
      lastModified: 1_796_029_200_000,
    });
    expect([a.reads(), b.reads()]).toEqual([1, 0]);
  });

  it('never reads a file over the limit, passing on its size', async () => {
    const big = watched(new File([new Uint8Array(2048)], 'big.txt', { lastModified: 5 }));
    const [file] = lazyBrowserFiles([big.file], 1024);
    expect(file && (await readHostFile(file))).toEqual({
      bytes: new Uint8Array(),
      size: 2048,
      lastModified: 5,
    });
    expect(big.reads()).toBe(0);
  });

  it('keeps the path a folder pick or a drop gives', () => {
    const [file] = lazyBrowserFiles([new File(['x'], 'c.txt')], undefined, () => 'news/c.txt');
    expect(file?.relativePath).toBe('news/c.txt');
  });
});
