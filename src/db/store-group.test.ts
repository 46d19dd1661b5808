import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { storeArticle, storeArticles, type StoreOutcome, type ToStore } from './store-article';
import { deleteArticles, restoreArticles } from './articles';
import { facetsTable } from './facets';
import { summariesTable } from './summaries';
import { makeArticle } from '../../tests/support/test-articles';
import type { ArticleRecord } from './records';
import { deriveTitle } from '../core/extract/derive-title';
import { sortKeyOf } from './sort-keys';

const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The calls each store received from below every other middleware (what reaches IndexedDB). */
type Calls = Map<string, number>;

async function fresh(calls?: Calls): Promise<ArchiveDatabase> {
  const db = new ArchiveDatabase(`group-${crypto.randomUUID()}`);
  if (calls) {
    const counting: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'CountCalls',
      level: -1,
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          const bump = (kind: string): void => {
            calls.set(`${name} ${kind}`, (calls.get(`${name} ${kind}`) ?? 0) + 1);
          };
          return {
            ...table,
            mutate: (req) => (bump(req.type), table.mutate(req)),
            getMany: (req) => (bump('getMany'), table.getMany(req)),
            query: (req) => (bump('query'), table.query(req)),
            openCursor: (req) => (bump('cursor'), table.openCursor(req)),
          };
        },
      }),
    };
    db.use(counting);
  }
  await db.open();
  opened.push(db);
  return db;
}

const summary = (o: StoreOutcome): string =>
  o.kind === 'already-archived' ? `${o.kind} ${o.existingId}` : `${o.kind} ${o.article.storyId}`;

/** Articles that exercise every rule: repeats, versions by address and by title, a retitle. */
function tricky(): { archived: ArticleRecord[]; group: ToStore[] } {
  const a = makeArticle(1); // has a urlKey
  const b = makeArticle(2, { urlKey: '', url: '' });
  const archived = [a, b];
  const item = (record: ArticleRecord, more: Partial<ToStore> = {}): ToStore => ({
    record,
    derivedTitle: false,
    ...more,
  });
  const group = [
    item({ ...makeArticle(10), contentHash: a.contentHash, source: a.source }), // a repeat of an archived text
    item({ ...makeArticle(11), urlKey: a.urlKey }), // a version of a, by its address
    item(makeArticle(12, { urlKey: '', url: '' })), // new
    item(
      makeArticle(13, {
        urlKey: '',
        url: '',
        title: makeArticle(12).title,
        source: makeArticle(12).source,
      }),
    ), // version of 12 by title
    item({
      ...makeArticle(14),
      contentHash: makeArticle(12).contentHash,
      source: makeArticle(12).source,
    }), // repeat within the group
    item(makeArticle(15, { urlKey: '', url: '', source: b.source, title: b.title }), {
      derivedTitle: true,
    }), // a made-up title says nothing
    item({ ...makeArticle(16), source: b.source, title: b.title, urlKey: '', url: '' }), // a version of b
    item(
      { ...makeArticle(17), urlKey: a.urlKey, contentHash: a.contentHash, title: 'Retitled' },
      { rules: { retitledIsNewVersion: true } },
    ), // a watched page retitled, text unchanged
    item(makeArticle(18, { tags: ['fresh tag'] })),
    item({ ...makeArticle(19), contentHash: a.contentHash }), // a's text printed by another paper
  ];
  return { archived, group };
}

describe('storeArticles (a group in one transaction)', () => {
  it('decides every article as storing them one by one would, stories and tags included', async () => {
    const { archived, group } = tricky();
    const alone = await fresh();
    const grouped = await fresh();
    for (const db of [alone, grouped]) for (const a of archived) await storeArticle(db, a, false);
    const one: StoreOutcome[] = [];
    for (const { record, derivedTitle, rules } of group)
      one.push(await storeArticle(alone, record, derivedTitle, undefined, rules));
    const all = await storeArticles(grouped, group);
    expect(all.map(summary)).toEqual(one.map(summary));
    expect(all.map((o) => o.kind)).toEqual([
      'already-archived',
      'new-version',
      'added',
      'new-version',
      'already-archived',
      'added',
      'new-version',
      'new-version',
      'added',
      'added',
    ]);
    for (const table of ['articles', 'stories', 'tags', 'sketches', facetsTable, summariesTable])
      expect(await grouped.table(table).count(), table).toBe(await alone.table(table).count());
    expect(await grouped.stories.orderBy('id').toArray()).toEqual(
      await alone.stories.orderBy('id').toArray(),
    );
    expect(await grouped.facets.orderBy('key').toArray()).toEqual(
      await alone.facets.orderBy('key').toArray(),
    );
    // Each stored article's sketch row is the one it was given.
    const rows = await grouped.sketches.toArray();
    for (const o of all)
      if (o.kind !== 'already-archived' && o.sketch)
        expect(rows.find((r) => r.seq === o.sketch?.seq)?.articleId).toBe(o.article.id);
  });

  it('fills in what an article lacks from its repeats, in the group as one by one', async () => {
    // Each text pasted (no source, date, address or author; its first sentence for a title),
    // then its page: the first pasted before the group, the second in it, before its page.
    const bare = (i: number): ArticleRecord => {
      const { text } = makeArticle(i);
      const title = deriveTitle(text);
      const unknown = { source: '', byline: '', url: '', urlKey: '', publishedAt: 0 };
      return makeArticle(i, { title, sortTitle: sortKeyOf(title), ...unknown });
    };
    const page = (i: number): ToStore => ({
      record: { ...makeArticle(i), id: `page-${i}` },
      derivedTitle: false,
    });
    const group = [page(1), { record: bare(2), derivedTitle: true }, page(2)];
    const alone = await fresh();
    const grouped = await fresh();
    for (const db of [alone, grouped]) await storeArticle(db, bare(1), true);
    const one: StoreOutcome[] = [];
    for (const { record, derivedTitle } of group)
      one.push(await storeArticle(alone, record, derivedTitle));
    const all = await storeArticles(grouped, group);
    const said = (o: StoreOutcome) =>
      o.kind === 'already-archived' ? [o.existingId, o.filled] : [o.article.id, o.kind];
    expect(all.map(said)).toEqual(one.map(said));
    expect(all.map(said)).toEqual([
      [makeArticle(1).id, ['title', 'source', 'date', 'address', 'author']],
      [makeArticle(2).id, 'added'],
      [makeArticle(2).id, ['title', 'source', 'date', 'author']],
    ]);
    // The article added in the group is written as its page filled it in.
    expect(all[1]).toMatchObject({ article: makeArticle(2) });
    for (const db of [alone, grouped]) {
      // Each is now its page's article under its own id: nothing else changed.
      expect(await db.articles.orderBy('id').toArray()).toEqual([makeArticle(1), makeArticle(2)]);
      expect(
        (await db.table(summariesTable).toArray()).map((s: ArticleRecord) => s.source),
      ).toEqual([makeArticle(1).source, makeArticle(2).source]);
      expect(
        (await db.facets.toArray()).map((f) => [f.key, f.count]).filter(([k]) => k !== 'all'),
      ).toEqual(
        expect.arrayContaining([
          [`source:${makeArticle(1).source}`, 1],
          [`source:${makeArticle(2).source}`, 1],
        ]),
      );
      expect(await db.facets.get('source:')).toBeUndefined();
    }
  });

  it('reads the archive and writes each store once per group, not per article', async () => {
    const calls: Calls = new Map();
    const db = await fresh(calls);
    await storeArticle(db, makeArticle(0), false);
    calls.clear();
    const group = Array.from({ length: 20 }, (_, i) => ({
      record: makeArticle(i + 1),
      derivedTitle: false,
    }));
    await storeArticles(db, group);
    expect(calls.get('articles add')).toBe(1);
    expect(calls.get(`${summariesTable} put`)).toBe(1);
    // No fingerprint rows: scans derive fingerprints from the texts.
    expect(calls.get('fingerprints put')).toBeUndefined();
    expect(calls.get('sketches add')).toBe(1);
    // The counts: read once and written once for the twenty.
    expect(calls.get(`${facetsTable} getMany`)).toBe(1);
    expect(calls.get(`${facetsTable} put`)).toBe(1);
    // Duplicates and earlier versions: one query per index (hash, address, source + title).
    expect(calls.get('articles query') ?? 0).toBeLessThanOrEqual(3);
    expect(calls.get('articles cursor') ?? 0).toBeLessThanOrEqual(3);
    expect(await db.articles.count()).toBe(21);
  });

  it('keeps the counts exact through grouped writes, deletes and undo', async () => {
    const db = await fresh();
    const recount = async (): Promise<Record<string, number>> => {
      const counts: Record<string, number> = {};
      const bump = (key: string): void => void (counts[key] = (counts[key] ?? 0) + 1);
      await db.articles.each((a) => {
        bump('all');
        bump(`source:${a.source}`);
        for (const tag of new Set(a.tags)) bump(`tag:${tag}`);
      });
      return counts;
    };
    const kept = async (): Promise<Record<string, number>> =>
      Object.fromEntries((await db.facets.toArray()).map((r) => [r.key, r.count]));
    const { archived, group } = tricky();
    await storeArticles(
      db,
      archived.map((record) => ({ record, derivedTitle: false })),
    );
    const stored = await storeArticles(db, group);
    expect(await kept()).toEqual(await recount());
    const ids = stored.flatMap((o) => (o.kind === 'already-archived' ? [] : [o.article.id]));
    const removed = await deleteArticles(db, ids.slice(0, 3));
    expect(await kept()).toEqual(await recount());
    await restoreArticles(db, removed.records);
    expect(await kept()).toEqual(await recount());
    expect((await kept()).all).toBe(2 + ids.length);
  });
});
