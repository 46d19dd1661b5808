import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { importItems } from './import-items';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`short-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('a file too short to be an article', () => {
  it('is archived, and the summary says how few words it has', async () => {
    // q24's utf16.txt: a byte order mark and "Hi" in UTF-16.
    const hi = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    const brief =
      'The harbour board agreed the dredging budget on Tuesday after a long meeting with the fishermen.';
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('utf16.txt', hi) },
        { kind: 'file', file: pickedFile('two.txt', 'Test note') },
        { kind: 'file', file: pickedFile('brief.txt', brief) },
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'added', 'added']);
    const warnings = results.map((r) => (r.kind === 'added' ? r.warning : undefined));
    expect(warnings[0]).toBe('Only 1 word — kept, but it may not be an article.');
    expect(warnings[1]).toBe('Only 2 words — kept, but it may not be an article.');
    expect(warnings[2]).toBeUndefined();
    expect((await db.articles.toArray()).map((a) => a.text).sort()).toEqual(
      [brief, 'Hi', 'Test note'].sort(),
    );
  });
});
