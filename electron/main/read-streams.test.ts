import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadStreams, type ReadFs } from './read-streams';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verso-read-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Node's file system, counting the files open now. */
function countingFs(): ReadFs & { open: ReadFs['open']; count: () => number } {
  let count = 0;
  return {
    async open(path) {
      const file = await open(path, 'r');
      count++;
      return {
        read: file.read.bind(file),
        close: async () => {
          count--;
          await file.close();
        },
      };
    },
    count: () => count,
  };
}

/** Every chunk of a reading, to its end (the empty chunk). */
async function readAll(reads: ReadStreams, handle: number): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for (let chunk = await reads.chunk(handle); chunk.length > 0; chunk = await reads.chunk(handle))
    chunks.push(chunk);
  return chunks;
}

describe('ReadStreams', () => {
  it('reads a chosen file in chunks no larger than the limit, as often as asked', async () => {
    const path = join(dir, 'backup.json');
    const bytes = Buffer.from('é'.repeat(2500)); // 5,000 bytes: chunks may split a character
    writeFileSync(path, bytes);
    const reads = new ReadStreams(undefined, 1024);
    const id = reads.choose(path);
    for (let reading = 0; reading < 2; reading++) {
      const handle = await reads.open(id);
      const chunks = await readAll(reads, handle);
      expect(chunks.map((c) => c.length)).toEqual([1024, 1024, 1024, 1024, 904]);
      expect(Buffer.concat(chunks)).toEqual(bytes);
      await reads.close(handle);
    }
    expect(reads.openCount).toBe(0);
  });

  it('refuses ids and handles it never issued, and a handle already closed', async () => {
    const path = join(dir, 'backup.json');
    writeFileSync(path, 'x');
    const reads = new ReadStreams();
    await expect(reads.open(5)).rejects.toThrow('Refused readOpen: no such file');
    const id = reads.choose(path);
    // A reading's handle is no file's id, and a file's id no reading's handle.
    await expect(reads.chunk(id)).rejects.toThrow('Refused readChunk: no such reading');
    const handle = await reads.open(id);
    await expect(reads.open(handle)).rejects.toThrow('no such file');
    await reads.close(handle);
    await expect(reads.chunk(handle)).rejects.toThrow('no such reading');
    await expect(reads.close(handle)).rejects.toThrow('Refused readClose: no such reading');
  });

  it('keeps few readings open and few files chosen', async () => {
    const path = join(dir, 'backup.json');
    writeFileSync(path, 'x');
    const reads = new ReadStreams();
    const id = reads.choose(path);
    for (let i = 0; i < 4; i++) await reads.open(id);
    await expect(reads.open(id)).rejects.toThrow('too many readings open');
    for (let i = 0; i < 8; i++) reads.choose(path);
    // The first file chosen was forgotten once eight more were.
    await reads.closeAll();
    const late = reads.choose(path);
    await expect(reads.open(id)).rejects.toThrow('no such file');
    expect(await reads.open(late)).toBeGreaterThan(late);
  });

  it('closes every file when the page goes, and forgets the files chosen', async () => {
    const path = join(dir, 'backup.json');
    writeFileSync(path, 'some bytes');
    const fs = countingFs();
    const reads = new ReadStreams(fs, 4);
    const id = reads.choose(path);
    const first = await reads.open(id);
    await reads.chunk(first);
    await reads.open(id);
    expect(fs.count()).toBe(2);
    await reads.closeAll();
    expect(fs.count()).toBe(0);
    expect(reads.openCount).toBe(0);
    await expect(reads.chunk(first)).rejects.toThrow('no such reading');
    await expect(reads.open(id)).rejects.toThrow('no such file');
  });

  it('answers overlapping chunk requests in order, without overlapping reads', async () => {
    const path = join(dir, 'backup.json');
    writeFileSync(path, 'abcdefghij');
    const reads = new ReadStreams(undefined, 3);
    const handle = await reads.open(reads.choose(path));
    const chunks = await Promise.all([1, 2, 3, 4, 5].map(() => reads.chunk(handle)));
    expect(chunks.map((c) => Buffer.from(c).toString())).toEqual(['abc', 'def', 'ghi', 'j', '']);
  });
});
