import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { importItems } from '../import/import-items';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { nearCopyText, sampleText } from '../../tests/support/near-copy-texts';

// Near copies across sources: a version is one source's story changing; another paper's
// printing of the same words is a reprint, which the clusters show.

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`near-sources-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const file = (path: string, text: string) => ({
  kind: 'file' as const,
  file: pickedFile(path, text),
});

describe('near copies and sources', () => {
  it('another paper’s printing is a reprint, not a near copy to offer as a version', async () => {
    const md = (source: string, text: string, title = `Printed by ${source}`): string =>
      `---\ntitle: ${title}\nsource: ${source}\n---\n\n${text}\n`;
    const results = await importItems(
      db,
      [
        file('ledger.md', md('Daily Ledger', sampleText)),
        // The same paper again with a few words changed: a near copy, offered as a version.
        file('ledger-edit.md', md('Daily Ledger', nearCopyText, 'Healey warns again')),
        // Two other papers: the same text, and the edited one. Both printings, neither offered.
        file('post.md', md('Morning Post', sampleText)),
        file('courier.md', md('Evening Courier', nearCopyText)),
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'added', 'added', 'added']);
    expect(results.map((r) => r.kind === 'added' && r.nearCopyOf !== undefined)).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(results[1]?.kind === 'added' && results[1].nearCopyOf?.version).toBe(true);
  });

  it('other papers’ printings do not crowd out the same paper’s earlier article', async () => {
    const md = (source: string, text: string, title: string): string =>
      `---\ntitle: ${title}\nsource: ${source}\n---\n\n${text}\n`;
    // Other papers printed the edited text itself: closer to the edit than the Ledger's first.
    const others = Array.from({ length: 8 }, (_, i) =>
      file(`paper-${i}.md`, md(`Paper ${i}`, nearCopyText, `Printed by paper ${i}`)),
    );
    await importItems(
      db,
      [file('ledger.md', md('Daily Ledger', sampleText, 'Healey warns')), ...others],
      nodeDom,
    );
    const [edit] = await importItems(
      db,
      [file('ledger-edit.md', md('Daily Ledger', nearCopyText, 'Healey warns again'))],
      nodeDom,
    );
    const near = edit?.kind === 'added' ? edit.nearCopyOf : undefined;
    expect(near?.title).toBe('Healey warns');
  });

  it('a text naming no source is named as a near copy of either, never offered as a version', async () => {
    const md = (source: string, text: string, title: string): string =>
      `---\ntitle: ${title}\nsource: ${source}\n---\n\n${text}\n`;
    // Two pasted texts with no source, then a paper's; each near copy of the one before.
    const results = await importItems(
      db,
      [
        { kind: 'paste', text: sampleText },
        { kind: 'paste', text: nearCopyText },
        file('ledger.md', md('Daily Ledger', `${nearCopyText}\n\nFiled late.`, 'Healey warns')),
      ],
      nodeDom,
    );
    const near = results.map((r) => (r.kind === 'added' ? r.nearCopyOf : undefined));
    expect(near[0]).toBeUndefined();
    expect(near[1]).toMatchObject({ version: false });
    expect(near[2]).toMatchObject({ version: false });
  });

  it('the same paper named by its address is offered its earlier article as a version', async () => {
    const md = (source: string, text: string, title: string): string =>
      `---\ntitle: ${title}\nsource: ${source}\n---\n\n${text}\n`;
    const results = await importItems(
      db,
      [
        file('ledger.md', md('Daily Ledger', sampleText, 'Healey warns')),
        // The Ledger's own edit, saved from a page that named no site: its source is the host.
        file('ledger-edit.md', md('www.dailyledger.example', nearCopyText, 'Healey warns again')),
        // A paper whose address is not the Ledger's: a printing, not offered.
        file('courier.md', md('eveningcourier.example', nearCopyText, 'Courier: Healey')),
      ],
      nodeDom,
    );
    expect(results.map((r) => (r.kind === 'added' ? r.nearCopyOf?.title : r.kind))).toEqual([
      undefined,
      'Healey warns',
      undefined,
    ]);
  });
});
