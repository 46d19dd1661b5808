import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { afterImportWrites } from '../db/import-writing';
import { importItems, startImport } from './import-items';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { nearCopyText, sampleText, unrelatedText } from '../../tests/support/near-copy-texts';
import { sharedLocks } from '../../tests/support/shared-locks';

const realNavigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
let db: ArchiveDatabase;
beforeEach(async () => {
  sharedLocks().install();
  db = await openArchive(`import-loads-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
  if (realNavigator) Object.defineProperty(globalThis, 'navigator', realNavigator);
  else Reflect.deleteProperty(globalThis, 'navigator');
});

const file = (path: string, text: string) => ({
  kind: 'file' as const,
  file: pickedFile(path, text),
});

describe('an import and the archive’s background loads', () => {
  it('holds the loads from its first write until every article is stored, and its near-copy checks (which wait for those loads) still answer', async () => {
    await importItems(db, [file('sample.txt', sampleText)], nodeDom);
    // What a load waiting at its next read saw when it went on: how many articles were stored.
    let seen: Promise<number> | undefined;
    const run = startImport(
      db,
      [file('copy.txt', nearCopyText), file('rail.txt', unrelatedText), file('again.txt', 'x')],
      {
        ...nodeDom,
        onProgress: ({ done }) => {
          if (done === 1) seen = afterImportWrites(db.name).then(() => db.articles.count());
        },
      },
    );
    const stored = await run.stored;
    expect(stored.map((r) => r.kind)).toEqual(['added', 'added', 'added']);
    // The checks ask the in-process sketches, whose load waits at the same lock: no deadlock.
    const { results, unchecked } = await run.checked;
    expect(await seen).toBe(4);
    expect(unchecked).toBe(0);
    expect(results[0]?.kind === 'added' && results[0].nearCopyOf?.title).toMatch(/^DEFENCE/);
    expect(results[1]?.kind === 'added' && results[1].nearCopyOf).toBeFalsy();
  });
});
