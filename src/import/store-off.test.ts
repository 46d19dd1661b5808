import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { fingerprintText } from '../core/echoes/fingerprint';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { importItems } from './import-items';
import { isBigRecord, storeRequested, type ArticleStorer, type StoreRequest } from './store-off';
import { onArchiveChange, type ArchiveChange } from '../db/changes';
import { HeldTexts, withTextHeld } from './held-text';
import { readFileForImport } from './read-file-off';
import { sketchMarks } from '../core/near-copies/sketch';

// A text over the size from which the app writes an article from its worker.
const paragraph =
  'The harbour master told the inquiry that the storm warning reached the ferry company late.';
const bigText = (title: string, last: string): string =>
  [title, ...Array.from({ length: 3_200 }, () => paragraph), last].join('\n\n');
const big = bigText('A very long hearing', 'The end of the hearing.');

let db: ArchiveDatabase;
// The worker's own connection to the same archive.
let other: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`store-off-${crypto.randomUUID()}`);
  other = await openArchive(db.name);
});
afterEach(async () => {
  other.close();
  await db.delete();
});

// Markdown whose front matter names its page: texts from the same address are versions.
const fromPage = (body: string): string =>
  ['---', 'title: The hearing', 'url: https://harbour-gazette.example/hearing', '---', body].join(
    '\n',
  );
const files = (...texts: string[]) =>
  texts.map((text, i) => ({ kind: 'file' as const, file: pickedFile(`page-${i}.md`, text) }));

/** The article's sketch row is the one its text gives; no fingerprint row is stored for it. */
async function expectDerivedFromText(id: string, text: string): Promise<void> {
  expect(await db.fingerprints.get(id)).toBeUndefined();
  const rows = await db.sketches.where('articleId').equals(id).toArray();
  expect(rows.map((r) => [...r.sketch])).toEqual([sketchMarks(fingerprintText(text).marks)]);
}

/** A writer through the other connection that answers late, as a worker's reply does. */
function writerThroughOther(asked: string[]): ArticleStorer {
  return async (request) => {
    asked.push(request.record.title);
    await new Promise((resolve) => setTimeout(resolve, 30));
    return storeRequested(other, request);
  };
}

describe('importItems with a writer off the thread', () => {
  it('writes only big articles with it: dedupe, versions and sketches as here', async () => {
    expect(isBigRecord({ text: big, html: '' })).toBe(true);
    const asked: string[] = [];
    const storeArticleOff = writerThroughOther(asked);
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('big.txt', big) },
        { kind: 'file', file: pickedFile('small.txt', 'A short note\n\nOnly a few words here.') },
        { kind: 'file', file: pickedFile('again.txt', big) },
      ],
      { storeArticleOff },
    );
    expect(asked).toEqual(['A very long hearing', 'A very long hearing']);
    expect(results.map((r) => r.kind)).toEqual(['added', 'added', 'already-archived']);
    const [first, , again] = results;
    if (first?.kind !== 'added' || again?.kind !== 'already-archived') throw new Error('kinds');
    expect(again.articleId).toBe(first.articleId);
    const stored = await db.articles.get(first.articleId);
    expect(stored?.text.length).toBeGreaterThan(256 * 1024);
    await expectDerivedFromText(first.articleId, stored?.text ?? '');
  });

  it('joins an edited big text from the same address to its story, as its new version', async () => {
    const results = await importItems(
      db,
      files(fromPage(bigText('Day one', 'First.')), fromPage(bigText('Day one', 'Amended.'))),
      { ...nodeDom, storeArticleOff: writerThroughOther([]) },
    );
    const [first, edited] = results;
    if (first?.kind !== 'added' || edited?.kind !== 'new-version')
      throw new Error(JSON.stringify(results));
    expect((await db.articles.get(first.articleId))?.storyId).toBe(edited.storyId);
    expect((await db.articles.get(edited.articleId))?.storyId).toBe(edited.storyId);
    expect(await db.stories.get(edited.storyId)).toMatchObject({ title: 'The hearing' });
  });

  it("keeps the batch's order across the two connections: the earlier item is the earlier version", async () => {
    const short = 'The short version, written here on the page.';
    for (const order of [
      ['big', 'short'],
      ['short', 'big'],
    ] as const) {
      const name = `${db.name}-${order[0]}`;
      const here = await openArchive(name);
      const there = await openArchive(name);
      const storeArticleOff: ArticleStorer = async (request) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return storeRequested(there, request);
      };
      const texts = { big, short };
      const results = await importItems(
        here,
        files(...order.map((which) => fromPage(texts[which]))),
        { ...nodeDom, storeArticleOff },
      );
      expect(results.map((r) => r.kind)).toEqual(['added', 'new-version']);
      there.close();
      await here.delete();
    }
  });

  it('writes the article here when the writer fails, once, with its sketch derived afresh', async () => {
    const failing: ArticleStorer = async (request: StoreRequest) => {
      // The worker's transaction got as far as the article, then failed: IndexedDB undoes it.
      await other
        .transaction('rw', other.articles, async () => {
          await other.articles.add(request.record);
          throw new Error('the worker stopped');
        })
        .catch(() => undefined);
      // Its fingerprints had been handed over (moved) to the worker.
      const fp = request.fingerprints?.fingerprints;
      if (fp) structuredClone(fp, { transfer: [fp.hashes.buffer as ArrayBuffer] });
      throw new Error('the worker stopped');
    };
    const [result] = await importItems(db, [{ kind: 'file', file: pickedFile('big.txt', big) }], {
      storeArticleOff: failing,
      deriveFingerprints: (article) =>
        Promise.resolve({
          articleId: article.id,
          contentHash: article.contentHash,
          fingerprints: fingerprintText(article.text),
          sketch: [],
        }),
    });
    if (result?.kind !== 'added') throw new Error('not added');
    expect(await db.articles.count()).toBe(1);
    // Not the empty sketch the worker had derived: the one the stored text gives.
    const stored = await db.articles.get(result.articleId);
    await expectDerivedFromText(result.articleId, stored?.text ?? '');
  });

  it("holds a big text where it was read: the page's records never carry it, its writer takes it", async () => {
    const texts = new HeldTexts();
    const holdingReader = async (file: { name: string; bytes: Uint8Array; hold?: boolean }) => {
      const read = readFileForImport(file);
      return read && file.hold ? withTextHeld(read, texts) : read;
    };
    const sent: StoreRequest[] = [];
    const derived: string[] = [];
    const changes: ArchiveChange[] = [];
    onArchiveChange(db, async (change) => void changes.push(change));
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('big.txt', big) },
        { kind: 'file', file: pickedFile('again.txt', big) },
      ],
      {
        readFileOff: holdingReader,
        storeArticleOff: async (request) => {
          sent.push(request);
          return storeRequested(other, request, texts);
        },
        deriveFingerprints: async (article) => {
          derived.push(article.id);
          throw new Error('not asked for a held text');
        },
      },
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'already-archived']);
    expect(sent.map((r) => [r.record.text, r.held?.length])).toEqual([
      ['', big.length],
      ['', big.length],
    ]);
    expect(derived).toEqual([]);
    const [first] = results;
    if (first?.kind !== 'added') throw new Error('not added');
    const stored = await db.articles.get(first.articleId);
    const here = readFileForImport({ name: 'big.txt', bytes: new TextEncoder().encode(big) });
    if (here?.outcome.kind !== 'ok') throw new Error('not read here');
    expect(stored?.text).toBe(here.outcome.article.text);
    expect(stored?.contentHash).toBe(here.facts?.contentHash);
    await expectDerivedFromText(first.articleId, stored?.text ?? '');
    // The search index is told to read the article back, not handed an empty text.
    const told = changes.filter((c) => c.kind === 'articles-changed');
    expect(told.map((c) => [c.upserted.length, c.readBack])).toEqual([[0, [first.articleId]]]);
  });

  it('reads a held text again here when its writer fails, and stores it whole', async () => {
    const texts = new HeldTexts();
    const [result] = await importItems(db, [{ kind: 'file', file: pickedFile('big.txt', big) }], {
      readFileOff: async (file) => {
        const read = readFileForImport(file);
        return read && file.hold ? withTextHeld(read, texts) : read;
      },
      // The worker died: the text it held is gone with it.
      storeArticleOff: async () => {
        throw new Error('the worker stopped');
      },
    });
    if (result?.kind !== 'added') throw new Error('not added');
    const stored = await db.articles.get(result.articleId);
    expect(stored?.text.length).toBeGreaterThan(256 * 1024);
    expect(stored?.text.endsWith('The end of the hearing.')).toBe(true);
    await expectDerivedFromText(result.articleId, stored?.text ?? '');
  });
});
