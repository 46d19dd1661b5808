import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { findNearCopies, type NearCopyFinder } from '../db/near-copies';
import { importItems, startImport } from './import-items';
import type { ImportResult } from './import-types';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { nearCopyText, sampleText, unrelatedText } from '../../tests/support/near-copy-texts';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`stages-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const file = (path: string, text: string) => ({
  kind: 'file' as const,
  file: pickedFile(path, text),
});

/**
 * The in-process near-copy check, its answers held until `release` (as at a page's opening,
 * where the derive worker answers once it has the archive's sketches in memory).
 */
function heldFinder() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  const finder: NearCopyFinder = async (id, ignore, known) => {
    asked.push(id);
    await gate;
    const later = new Set(ignore);
    return findNearCopies(db, id, (other) => later.has(other), known);
  };
  return { finder, release, asked };
}

const kinds = (results: readonly ImportResult[]) => results.map((r) => r.kind);

describe('an import’s stages', () => {
  it('gives the stored results while a near-copy check is held, then the near copy when it answers', async () => {
    await importItems(db, [file('sample.txt', sampleText)], nodeDom);
    const held = heldFinder();
    const run = startImport(db, [file('copy.txt', nearCopyText), file('rail.txt', unrelatedText)], {
      ...nodeDom,
      findNearCopies: held.finder,
    });
    let checkedYet = false;
    void run.checked.then(() => (checkedYet = true));
    // Resolves with the checks still held (importItems alone never resolves until they answer).
    const stored = await run.stored;
    expect(kinds(stored)).toEqual(['added', 'added']);
    expect(stored.some((r) => r.kind === 'added' && r.nearCopyOf)).toBe(false);
    expect(held.asked).toHaveLength(2);
    expect(checkedYet).toBe(false);
    // Stored and safe: both are in the archive before any check has answered.
    expect(await db.articles.count()).toBe(3);
    held.release();
    const { results, unchecked } = await run.checked;
    expect(unchecked).toBe(0);
    const [copy, rail] = results;
    expect(copy?.kind === 'added' && copy.nearCopyOf?.title).toMatch(/^DEFENCE Secretary/);
    expect(rail?.kind === 'added' && rail.nearCopyOf).toBeFalsy();
    expect(await run.ended).toEqual(results);
  });

  it('says how many checks failed, and the import still ends with every article stored', async () => {
    const run = startImport(db, [file('sample.txt', sampleText), file('rail.txt', unrelatedText)], {
      ...nodeDom,
      findNearCopies: () =>
        Promise.reject(new Error('The import could not check for near copies.')),
    });
    expect(kinds(await run.stored)).toEqual(['added', 'added']);
    const { results, unchecked } = await run.checked;
    expect(unchecked).toBe(2);
    expect(kinds(results)).toEqual(['added', 'added']);
    expect(kinds(await run.ended)).toEqual(['added', 'added']);
    expect(await db.articles.count()).toBe(2);
  });

  it('a batch started while an earlier one is still checking waits for its end before writing', async () => {
    const held = heldFinder();
    const first = startImport(db, [file('sample.txt', sampleText)], {
      ...nodeDom,
      findNearCopies: held.finder,
    });
    await first.stored;
    const order: string[] = [];
    void first.ended.then(() => order.push('first ended'));
    // The held check is released when the second batch stores its article, or after a while:
    // stored first, the second batch's article could count as archived before the first's.
    let letGo: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (letGo = resolve));
    const timer = setTimeout(letGo, 300);
    void released.then(held.release);
    const second = startImport(db, [file('copy.txt', nearCopyText)], {
      ...nodeDom,
      onProgress: () => {
        order.push('second stored one');
        letGo();
      },
    });
    await second.ended;
    clearTimeout(timer);
    expect(order).toEqual(['first ended', 'second stored one']);
    // The copy, stored after the first batch ended, is the near copy; the first is none.
    const [sample] = await first.ended;
    expect(sample?.kind === 'added' && sample.nearCopyOf).toBeFalsy();
    const [copy] = await second.ended;
    expect(copy?.kind === 'added' && copy.nearCopyOf?.title).toMatch(/^DEFENCE Secretary/);
  });
});
