import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { findNearCopies, findNearCopy, resolveNearCopy } from './near-copies';
import { deriveFingerprintRecord } from './derive';
import { listVersions } from './versions';
import { ArchiveDatabase as SecondConnection } from './database';
import { deleteArticles } from './articles';
import { rebuildDerivedData } from './derive';
import { importItems } from '../import/import-items';
import type { FetchedPage, ImportResult } from '../import/import-types';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { nearCopyText, sampleText, unrelatedText } from '../../tests/support/near-copy-texts';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`near-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const file = (path: string, text: string) => ({
  kind: 'file' as const,
  file: pickedFile(path, text),
});

async function importSampleThenCopy(): Promise<[ImportResult, ImportResult]> {
  const [first] = await importItems(db, [file('sample.txt', sampleText)], nodeDom);
  const [second] = await importItems(db, [file('copy.txt', nearCopyText)], nodeDom);
  if (!first || !second) throw new Error('no results');
  return [first, second];
}

describe('near copies at import', () => {
  it('stores a near copy and names the archived article it copies, with the share of its words', async () => {
    const [first, second] = await importSampleThenCopy();
    expect(first).toMatchObject({ kind: 'added' });
    expect(first).not.toHaveProperty('nearCopyOf');
    expect(second.kind).toBe('added');
    const near = second.kind === 'added' ? second.nearCopyOf : undefined;
    expect(near?.articleId).toBe(first.kind === 'added' ? first.articleId : '');
    expect(near?.title).toMatch(/^DEFENCE Secretary John Healey/);
    expect(near?.share).toBeGreaterThan(0.9);
    // Two .txt files name no source: a near copy, but nothing says it is a version of one story.
    expect(near?.version).toBe(false);
    expect(await db.articles.count()).toBe(2);
  });

  it('link joins the earlier article’s story (2 versions); skip removes the copy; keep leaves both', async () => {
    const [first, second] = await importSampleThenCopy();
    if (first.kind !== 'added' || second.kind !== 'added' || !second.nearCopyOf) throw new Error();
    await resolveNearCopy(db, second.articleId, second.nearCopyOf.articleId, 'keep');
    expect(await db.articles.count()).toBe(2);
    const earlier = await db.articles.get(first.articleId);
    expect(await listVersions(db, earlier?.storyId ?? '')).toHaveLength(1);
    await resolveNearCopy(db, second.articleId, second.nearCopyOf.articleId, 'link');
    const versions = await listVersions(db, earlier?.storyId ?? '');
    expect(versions.map((v) => v.id).sort()).toEqual([first.articleId, second.articleId].sort());
    // Once linked it is a version, no longer a near copy to ask about.
    expect(await findNearCopy(db, second.articleId)).toBeUndefined();
    await resolveNearCopy(db, second.articleId, first.articleId, 'skip');
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual([first.articleId]);
    expect(await db.sketches.count()).toBe(1);
  });

  it('an unrelated article and a quoted paragraph are simply added', async () => {
    const paragraph = sampleText.split('\n\n').find((p) => p.includes('£200m')) ?? '';
    const results = await importItems(
      db,
      [
        file('sample.txt', sampleText),
        file('rail.txt', unrelatedText),
        file('quote.txt', paragraph),
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'added', 'added']);
    expect(results.some((r) => r.kind === 'added' && r.nearCopyOf)).toBe(false);
  });

  it('a folder of copies: each later one names an earlier one', async () => {
    const results = await importItems(
      db,
      [
        file('f/a.txt', sampleText),
        file('f/b.txt', nearCopyText),
        file('f/c.txt', `${nearCopyText} One more line at the end.`),
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind === 'added' && r.nearCopyOf !== undefined)).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('the same address (tracking parameters aside) is still a new version, not a near copy', async () => {
    const page = (text: string): FetchedPage => ({
      kind: 'ok',
      finalUrl: 'https://news.example/defence',
      contentType: 'text/html; charset=utf-8',
      bytes: new TextEncoder().encode(
        `<html><head><title>Healey on Ukraine</title></head><body><article>${text
          .split('\n\n')
          .map((p) => `<p>${p}</p>`)
          .join('')}</article></body></html>`,
      ),
    });
    const pages = [page(sampleText), page(nearCopyText)];
    const results = await importItems(
      db,
      [
        { kind: 'url', url: 'https://news.example/defence' },
        { kind: 'url', url: 'https://news.example/defence?utm_source=feed' },
      ],
      {
        ...nodeDom,
        fetchUrl: () => Promise.resolve(pages.shift() ?? { kind: 'failed', reason: 'none' }),
      },
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'new-version']);
    expect(results[1]).not.toHaveProperty('nearCopyOf');
  });

  it('done elsewhere (the app’s worker): asked with the batch’s later articles, and they never count', async () => {
    const asked: { id: string; ignore: readonly string[] }[] = [];
    const results = await importItems(
      db,
      [file('f/a.txt', sampleText), file('f/b.txt', nearCopyText), file('f/c.txt', unrelatedText)],
      {
        ...nodeDom,
        deriveFingerprints: (article) => Promise.resolve(deriveFingerprintRecord(article)),
        // Like a worker that answers late: it waits until the whole batch is stored and then
        // looks without leaving anything out, so the first article finds the copy after it.
        findNearCopies: async (id, ignore) => {
          asked.push({ id, ignore });
          for (let i = 0; i < 200 && (await db.articles.count()) < 3; i++)
            await new Promise((resolve) => setTimeout(resolve, 5));
          return findNearCopies(db, id);
        },
      },
    );
    const [a, b] = results;
    if (a?.kind !== 'added' || b?.kind !== 'added') throw new Error('not added');
    expect(a).not.toHaveProperty('nearCopyOf');
    expect(b.nearCopyOf?.articleId).toBe(a.articleId);
    // Each finder call leaves out no earlier article of the batch.
    const position = new Map(results.map((r, i) => [r.kind === 'added' ? r.articleId : '', i]));
    for (const { id, ignore } of asked)
      for (const other of ignore)
        expect(position.get(other) ?? -1).toBeGreaterThan(position.get(id) ?? -1);
    expect(asked).toHaveLength(3);
  });

  it('a worker that cannot fingerprint leaves it to the import: every article has its row', async () => {
    const results = await importItems(
      db,
      [file('a.txt', sampleText), file('b.txt', nearCopyText)],
      {
        ...nodeDom,
        deriveFingerprints: () => Promise.reject(new Error('worker stopped')),
        findNearCopies: () => Promise.reject(new Error('worker stopped')),
      },
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'added']);
    // The near-copy question is left unasked rather than failing the import.
    expect(results[1]).not.toHaveProperty('nearCopyOf');
    expect(await db.sketches.count()).toBe(2);
  });

  it('aligns candidates from their texts: no fingerprint row is read or written', async () => {
    const [first] = await importItems(db, [file('sample.txt', sampleText)], nodeDom);
    // An archive whose earlier article has no fingerprint row (none is stored any more).
    await db.fingerprints.clear();
    const [second] = await importItems(db, [file('copy.txt', nearCopyText)], nodeDom);
    if (first?.kind !== 'added' || second?.kind !== 'added') throw new Error('not added');
    expect(second.nearCopyOf?.articleId).toBe(first.articleId);
    expect(await db.fingerprints.count()).toBe(0);
  });

  it('a candidate whose stored text is damaged is left out; the others are still aligned', async () => {
    const [first, second] = await importSampleThenCopy();
    if (first.kind !== 'added' || second.kind !== 'added') throw new Error('not added');
    // The first article's text damaged in the database itself (not a string), past Dexie's hooks.
    const stored = await db.articles.get(first.articleId);
    await new Promise<void>((done, fail) => {
      const tx = db.backendDB().transaction('articles', 'readwrite');
      tx.objectStore('articles').put({ ...stored, text: [stored?.text] });
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    const another = nearCopyText.replace('Read more from our defence desk.', 'More from us.');
    const [third] = await importItems(db, [file('another.txt', another)], nodeDom);
    if (third?.kind !== 'added') throw new Error('not added');
    expect(third.nearCopyOf?.articleId).toBe(second.articleId);
  });

  // The sketches are held in memory once read (per connection): what others write or delete
  // afterwards must count as it would have when each check read the archive's index.
  it('an article another connection stores after the sketches were read is found', async () => {
    const [first] = await importItems(db, [file('rail.txt', unrelatedText)], nodeDom);
    expect(first).toMatchObject({ kind: 'added' });
    const other = new SecondConnection(db.name);
    const [sample] = await importItems(other, [file('sample.txt', sampleText)], nodeDom);
    other.close();
    const [copy] = await importItems(db, [file('copy.txt', nearCopyText)], nodeDom);
    if (sample?.kind !== 'added' || copy?.kind !== 'added') throw new Error('not added');
    expect(copy.nearCopyOf?.articleId).toBe(sample.articleId);
  });

  it('an article deleted after the sketches were read is not named; the next in line is', async () => {
    const [sample, copy] = await importItems(
      db,
      [file('sample.txt', sampleText), file('copy.txt', nearCopyText)],
      nodeDom,
    );
    const [later] = await importItems(
      db,
      [file('later.txt', `${nearCopyText}\n\nAnd a line of its own.`)],
      nodeDom,
    );
    if (sample?.kind !== 'added' || copy?.kind !== 'added' || later?.kind !== 'added')
      throw new Error('not added');
    expect(later.nearCopyOf).toBeDefined();
    await deleteArticles(db, [sample.articleId]);
    expect((await findNearCopies(db, later.articleId)).map((c) => c.articleId)).toEqual([
      copy.articleId,
    ]);
    await deleteArticles(db, [copy.articleId]);
    expect(await findNearCopies(db, later.articleId)).toEqual([]);
    expect(await db.sketches.count()).toBe(1);
  });

  it('after derived data is rebuilt each article has one sketch row and copies are still found', async () => {
    const [first, second] = await importSampleThenCopy();
    if (first.kind !== 'added' || second.kind !== 'added') throw new Error('not added');
    await rebuildDerivedData(db);
    expect(await db.sketches.count()).toBe(2);
    expect((await findNearCopy(db, second.articleId))?.articleId).toBe(first.articleId);
  });

  it('when a likely copy is deleted, the next in line takes its place among the five aligned', async () => {
    const copies = Array.from({ length: 7 }, (_, i) =>
      file(`c${i}.txt`, `${nearCopyText}\n\nCopy number ${i} ends here.`),
    );
    const results = await importItems(db, [file('sample.txt', sampleText), ...copies], nodeDom);
    const [last] = await importItems(
      db,
      [file('last.txt', `${nearCopyText}\n\nThe last.`)],
      nodeDom,
    );
    if (last?.kind !== 'added') throw new Error('not added');
    const named = (await findNearCopies(db, last.articleId)).map((c) => c.articleId);
    expect(named).toHaveLength(5);
    await deleteArticles(db, named.slice(0, 2));
    const after = (await findNearCopies(db, last.articleId)).map((c) => c.articleId);
    expect(after).toHaveLength(5);
    expect(after.filter((id) => named.includes(id))).toEqual(named.slice(2));
    expect(results).toHaveLength(8);
  });
});
