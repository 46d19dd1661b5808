import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../../db/database';
import {
  archiveChangeVersion,
  showArchiveChangesNow,
  subscribeToArchiveChanges,
} from './archive-changes';

let db: ArchiveDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

/** Resolves once the counter has moved past `version`. */
const raisedPast = (version: number, name: string): Promise<void> =>
  new Promise((resolve) => {
    const stop = subscribeToArchiveChanges(name, async () => {
      if (archiveChangeVersion() <= version) return;
      stop();
      resolve();
    });
  });

const tag = (name: string) => db?.tags.put({ name, createdAt: '' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('archive changes shown to the library', () => {
  it('holds back a burst of writes, and shows them at once when an import ends', async () => {
    db = await openArchive(`changes-${crypto.randomUUID()}`);
    const name = db.name;
    const start = archiveChangeVersion();
    const first = raisedPast(start, name);
    await tag('one');
    await first;
    const shown = archiveChangeVersion();
    // A second write right after is held back (at most one refresh a second) ...
    await tag('two');
    await tick();
    await tick();
    expect(archiveChangeVersion()).toBe(shown);
    // ... until the import that made it ends, which waits for the listeners' new answers.
    let answered = false;
    const stop = subscribeToArchiveChanges(name, async () => {
      await tick();
      answered = true;
    });
    await showArchiveChangesNow();
    stop();
    expect(archiveChangeVersion()).toBe(shown + 1);
    expect(answered).toBe(true);
  });
});
