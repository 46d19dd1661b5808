import { openAsBlob } from 'node:fs';
import { readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/temp-dir';
import { answerPicked } from './picked-file-answer';
import { maxArticleFileBytes } from './read-browser-file';

// A file on disk as a browser hands a picked one over: a File whose bytes are read from disk
// only when asked (Node's openAsBlob), dated by the file's modification time.
async function pickedFile(path: string, name: string): Promise<File> {
  const blob = await openAsBlob(path);
  return new File([blob], name, { lastModified: statSync(path).mtimeMs });
}

const news = 'tests/fixtures/news-pages/100noticias.com-millones.html';
const shiftJis = 'tests/fixtures/encodings/01-shift_jis.txt';
const png = 'resources/icons/16x16.png';
const dated = Date.UTC(2026, 10, 30, 9, 15);

describe('answerPicked (the picked-file worker reads the File it is handed)', () => {
  it.each([
    ['an HTML page', news, 'page.html'],
    ['a Shift_JIS text', shiftJis, 'jis.txt'],
    ['a PNG renamed .txt (binary: the import refuses it, the read passes it on)', png, 'img.txt'],
  ])('%s: the bytes on disk, its date, and the buffer handed over', async (_, path, name) => {
    const dir = tempDir('verso-picked-');
    const copy = join(dir, name);
    writeFileSync(copy, readFileSync(path));
    utimesSync(copy, dated / 1000, dated / 1000);
    const { reply, transfer } = await answerPicked({
      kind: 'read-picked',
      id: 7,
      source: await pickedFile(copy, name),
      limit: maxArticleFileBytes,
    });
    expect(reply.kind).toBe('picked-read');
    if (reply.kind !== 'picked-read') return;
    expect(reply.id).toBe(7);
    expect(reply.read).toEqual({ bytes: new Uint8Array(readFileSync(path)), lastModified: dated });
    expect(reply.read.bytes.length).toBeGreaterThan(0);
    // Handed over, not copied: the page gets the worker's buffer itself.
    expect(transfer).toEqual([reply.read.bytes.buffer]);
  });

  it('an empty file: no bytes, its date', async () => {
    const path = join(tempDir('verso-picked-'), 'empty.txt');
    writeFileSync(path, '');
    utimesSync(path, dated / 1000, dated / 1000);
    const source = await pickedFile(path, 'empty.txt');
    const { reply } = await answerPicked({ kind: 'read-picked', id: 1, source, limit: 1024 });
    expect(reply).toEqual({
      kind: 'picked-read',
      id: 1,
      read: { bytes: new Uint8Array(), lastModified: dated },
    });
  });

  it('a file over the limit is never read: only its size and date are passed on', async () => {
    const path = join(tempDir('verso-picked-'), 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, maxArticleFileBytes + 1);
    utimesSync(path, dated / 1000, dated / 1000);
    const file = await pickedFile(path, 'huge.txt');
    let reads = 0;
    const watched = Object.assign(file, {
      arrayBuffer: () => {
        reads++;
        return Blob.prototype.arrayBuffer.call(file);
      },
    });
    const { reply } = await answerPicked({
      kind: 'read-picked',
      id: 2,
      source: watched,
      limit: maxArticleFileBytes,
    });
    expect(reply).toEqual({
      kind: 'picked-read',
      id: 2,
      read: { bytes: new Uint8Array(), size: maxArticleFileBytes + 1, lastModified: dated },
    });
    expect(reads).toBe(0);
  });

  it('a File System Access handle: its File is made in the worker, then read the same way', async () => {
    const file = await pickedFile(shiftJis, 'jis.txt');
    const { reply } = await answerPicked({
      kind: 'read-picked',
      id: 3,
      source: { getFile: async () => file },
      limit: maxArticleFileBytes,
    });
    expect(reply.kind === 'picked-read' && reply.read.bytes).toEqual(
      new Uint8Array(readFileSync(shiftJis)),
    );
  });

  it('a file changed on disk since it was picked is a failed reply for that request', async () => {
    const path = join(tempDir('verso-picked-'), 'moved.txt');
    writeFileSync(path, 'The harbour board met on Monday.');
    const source = await pickedFile(path, 'moved.txt');
    writeFileSync(path, 'Rewritten after the pick, to another length.');
    const { reply, transfer } = await answerPicked({
      kind: 'read-picked',
      id: 4,
      source,
      limit: 1024,
    });
    expect(reply.kind).toBe('failed');
    expect(reply.id).toBe(4);
    expect(transfer).toEqual([]);
  });
});
