import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { onArchiveChange } from '../db/changes';
import { readRevision } from '../db/revision';
import { importItems } from './import-items';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';

const sample = readFileSync(new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url));

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`import-session-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('an import in its write session', () => {
  it('brings derived data up to date once, before the batch stamps its revision', async () => {
    // Each `batch-starting` makes the search index catch up with the archive (in the app, a
    // request to its worker, queued behind whatever the worker is loading).
    const caughtUpAt: number[] = [];
    onArchiveChange(db, async (change) => {
      if (change.kind === 'batch-starting') caughtUpAt.push(await readRevision(db));
    });
    const before = await readRevision(db);
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('a.txt', sample) },
        { kind: 'paste', text: 'A second article, pasted, with words of its own.' },
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'added']);
    expect(caughtUpAt).toEqual([before]);
    expect(await readRevision(db)).toBeGreaterThan(before);
  });
});
