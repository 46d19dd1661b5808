import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { importItems } from './import-items';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';

// Who printed a story is what the app answers: the same words under two papers' names are two
// articles, while a repeat from the same paper (or naming none) is already archived.

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`printings-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('importItems: printings by source', () => {
  it('keeps the same text printed by two papers as two articles; unsourced repeats stay one', async () => {
    const wire = (source: string, date: string): Uint8Array =>
      new TextEncoder().encode(
        `---\ntitle: Storm warning\nsource: ${source}\ndate: ${date}\n---\n\nThe weather service warned the coast of a severe storm on Thursday.\n`,
      );
    const file = (name: string, bytes: Uint8Array) => ({
      kind: 'file' as const,
      file: pickedFile(name, bytes),
    });
    const bare = new TextEncoder().encode(
      'The weather service warned the coast of a severe storm on Thursday.\n',
    );
    const results = await importItems(
      db,
      [
        file('ledger.md', wire('Daily Ledger', '2026-03-01')),
        file('post.md', wire('Morning Post', '2026-03-02')),
        // The same paper's file picked again, under another name and case.
        file('ledger-again.md', wire('daily ledger ', '2026-03-01')),
        // Text with no source named: a repeat of whichever paper printed it.
        file('pasted.txt', bare),
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual([
      'added',
      'added',
      'already-archived',
      'already-archived',
    ]);
    expect((await db.articles.toArray()).map((a) => a.source).sort()).toEqual([
      'Daily Ledger',
      'Morning Post',
    ]);
  });
});
