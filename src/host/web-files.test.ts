import { describe, expect, it } from 'vitest';
import { readBrowserFiles } from './web-files';

describe('readBrowserFiles (web host)', () => {
  it('does not read a file over the limit, passing on its name and size', async () => {
    const small = new File(['hello'], 'small.txt');
    const big = new File([new Uint8Array(2048)], 'big.txt');
    let read = 0;
    const watched = Object.assign(big, {
      arrayBuffer: () => {
        read++;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    const files = await readBrowserFiles([small, watched], 1024);
    expect(files).toEqual([
      { name: 'small.txt', relativePath: 'small.txt', bytes: new TextEncoder().encode('hello') },
      { name: 'big.txt', relativePath: 'big.txt', bytes: new Uint8Array(), size: 2048 },
    ]);
    expect(read).toBe(0);
  });
});
