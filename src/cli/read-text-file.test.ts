import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../core/extract/read-input';
import { tempDir } from '../../tests/support/temp-dir';
import { plainUtf8, readFileBytes } from './read-text-file';
import { readTextFile } from './read-document';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('plainUtf8', () => {
  it('reads plain UTF-8 at once and leaves everything else to the archive’s full decoding', () => {
    expect(plainUtf8(bytes('Plain text, ‘quoted’ £200m\n\nand 中文 😀\ttab'))).toBe(
      'Plain text, ‘quoted’ £200m\n\nand 中文 😀\ttab',
    );
    const others = [
      bytes(''),
      bytes([0xef, 0xbb, 0xbf], 'with a UTF-8 byte-order mark'),
      bytes([0xff, 0xfe], 'x'),
      bytes('NUL', [0], 'inside'),
      bytes('escape', [0x1b], '$B'),
      bytes('not UTF-8: caf', [0xe9]),
      bytes('a bell', [7], 'here'),
      bytes('replacement \ufffd char'),
      bytes([0x89, 0x50, 0x4e, 0x47], 'png'),
    ];
    for (const b of others) expect(plainUtf8(b)).toBeUndefined();
  });

  it('gives what readInput gives wherever it answers', () => {
    const samples = [
      bytes('A title\n\nBody “quoted”.'),
      bytes('x'.repeat(70_000)),
      bytes('only ascii'),
    ];
    for (const b of samples) {
      const decoded = readInput({ name: 'a.txt', bytes: b });
      expect(decoded.kind === 'ok' && decoded.text).toBe(plainUtf8(b));
    }
  });
});

describe('readTextFile', () => {
  it('reads files of any size through one buffer, with bytes only for plain UTF-8', () => {
    const dir = tempDir('verso-read-text-');
    const small = join(dir, 'small.txt');
    const big = join(dir, 'big.txt');
    const latin = join(dir, 'latin.txt');
    writeFileSync(small, 'Small one\n\nIt says “hello”.');
    writeFileSync(big, 'word '.repeat(200_000));
    writeFileSync(latin, bytes('caf', [0xe9], ' au lait'));
    const a = readTextFile(small);
    expect(a.title).toBe('Small one');
    expect(Buffer.from(a.utf8 ?? []).toString()).toBe(a.text);
    const b = readTextFile(big);
    expect(b.text.length).toBe(1_000_000);
    expect(b.utf8?.length).toBe(1_000_000);
    // The next read reuses the buffer: a smaller file after a larger one is read whole and alone.
    expect(readTextFile(small).text).toBe('Small one\n\nIt says “hello”.');
    const c = readTextFile(latin);
    expect(c.text).toBe('café au lait');
    expect(c.utf8).toBeUndefined();
    expect(() => readFileBytes(dir)).toThrow(/EISDIR/);
    expect(() => readTextFile(join(dir, 'none.txt'))).toThrow(/no such file/);
  });
});
