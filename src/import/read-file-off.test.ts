import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { getArticle } from '../db/articles';
import { pickedFile } from '../../tests/support/node-dom';
import { importItems } from './import-items';
import { offThreadFileBytes, readFileForImport, type FileRead } from './read-file-off';
import { textFactsOf } from './text-facts';

// A big text: over the size from which the app reads a file off the page's thread.
const paragraph =
  'The  harbour master told the inquiry   that the storm warning reached the ferry company late.';
const big = ['A very long hearing', ...Array.from({ length: 4_000 }, () => paragraph)].join('\n\n');
const bytes = new TextEncoder().encode(big);

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`read-off-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('readFileForImport', () => {
  it("reads a text file into the article import would make, with that text's hash and word count", () => {
    const read = readFileForImport({ name: 'hearing.txt', bytes });
    if (read?.outcome.kind !== 'ok') throw new Error('not read');
    expect(read.outcome.article.title).toBe('A very long hearing');
    expect(read.outcome.article.text).toContain(paragraph);
    expect(read.facts).toEqual(textFactsOf(read.outcome.article.text));
    expect(read.facts?.wordCount).toBe(4 + 4_000 * 15);
  });

  it('leaves HTML to the caller and says why a file cannot be read', () => {
    expect(readFileForImport({ name: 'page.html', bytes })).toBeUndefined();
    const empty = readFileForImport({ name: 'empty.txt', bytes: new Uint8Array() });
    expect(empty?.outcome.kind).toBe('failed');
    expect(empty?.facts).toBeUndefined();
  });
});

describe('importItems with a reader off the thread', () => {
  it('reads only big files with it and stores the same record as reading them in-process', async () => {
    expect(bytes.length).toBeGreaterThan(offThreadFileBytes);
    const asked: string[] = [];
    const readFileOff = (file: {
      name: string;
      bytes: Uint8Array;
    }): Promise<FileRead | undefined> => {
      asked.push(file.name);
      return Promise.resolve(readFileForImport(file));
    };
    const [off, small] = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('big.txt', bytes) },
        { kind: 'file', file: pickedFile('small.txt', 'A short note\n\nOnly a few words here.') },
      ],
      { readFileOff },
    );
    expect(asked).toEqual(['big.txt']);
    expect(small?.kind).toBe('added');
    if (off?.kind !== 'added') throw new Error('not added');
    const stored = await getArticle(db, off.articleId);
    const inProcess = readFileForImport({ name: 'big.txt', bytes });
    if (inProcess?.outcome.kind !== 'ok') throw new Error('not read');
    expect(stored?.text).toBe(inProcess.outcome.article.text);
    expect(stored?.contentHash).toBe(inProcess.facts?.contentHash);
    expect(stored?.wordCount).toBe(inProcess.facts?.wordCount);
    // The same bytes again are already archived: the hash from the worker is the one dedupe uses.
    const [again] = await importItems(db, [{ kind: 'file', file: pickedFile('again.txt', bytes) }]);
    expect(again?.kind).toBe('already-archived');
  });

  it('reads the file here when the reader fails', async () => {
    const [result] = await importItems(db, [{ kind: 'file', file: pickedFile('big.txt', bytes) }], {
      readFileOff: () => Promise.reject(new Error('worker gone')),
    });
    expect(result?.kind).toBe('added');
  });
});
