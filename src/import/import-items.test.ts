import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { importItems } from './import-items';
import { redecodeArticle } from './redecode';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import type { FetchedPage } from './import-types';
import { fingerprintText } from '../core/echoes/fingerprint';
import { deriveFingerprintRecord } from '../db/derive';
import { sketchMarks } from '../core/near-copies/sketch';
import { storeArticles } from '../db/store-article';
import { groupMost } from './import-writes';
import { makeArticle } from '../../tests/support/test-articles';

const root = new URL('../../', import.meta.url);
const sample = readFileSync(new URL('seeds/000_7500752fa51d260b.txt', root));
const savedPage = readFileSync(new URL('tests/fixtures/archive/saved-page.html', root));

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`import-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('importItems', () => {
  it('reads a file handed over unread when it reaches it, and names one it cannot read', async () => {
    const order: string[] = [];
    const lazy = (name: string, read: () => Promise<Uint8Array>) => ({
      kind: 'file' as const,
      file: {
        name,
        relativePath: `in/${name}`,
        bytes: new Uint8Array(),
        read: async () => {
          order.push(name);
          return { bytes: await read() };
        },
      },
    });
    const results = await importItems(
      db,
      [
        lazy('sample.txt', async () => new Uint8Array(sample)),
        lazy('gone.txt', () => Promise.reject(new Error('NotFoundError: the file went'))),
      ],
      nodeDom,
    );
    expect(order).toEqual(['sample.txt', 'gone.txt']);
    expect(results.map((r) => r.kind)).toEqual(['added', 'failed']);
    expect(results[1]).toMatchObject({ label: 'in/gone.txt', reason: 'Could not read the file.' });
    expect((await db.articles.toArray()).map((a) => a.origin)).toEqual([
      { kind: 'file', format: 'txt', name: 'sample.txt', relativePath: 'in/sample.txt' },
    ]);
  });

  it('imports UTF-8 with one bad byte as UTF-8, one replacement character and a warning', async () => {
    const bytes = Buffer.from(sample);
    const at = bytes.indexOf('Secretary');
    bytes[at] = 0xff;
    const [result] = await importItems(
      db,
      [{ kind: 'file', file: pickedFile('damaged.txt', bytes) }],
      nodeDom,
    );
    expect(result?.kind).toBe('added');
    expect(result?.kind === 'added' && result.warning).toMatch(/not valid UTF-8/);
    const [article] = await db.articles.toArray();
    expect(article?.text.split('\ufffd')).toHaveLength(2);
    expect(article?.text).toContain('\ufffdecretary');
    expect(article?.text).toContain('‘coalition of the willing’');
  });

  it('imports the sample once; the same text in other encodings is already archived', async () => {
    const text = sample.toString('utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('a/sample.txt', sample) },
        { kind: 'file', file: pickedFile('b/sample-utf16.txt', utf16) },
        { kind: 'paste', text: `  ${text.replace(/\n/g, '\r\n')}  ` },
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'already-archived', 'already-archived']);
    const [article] = await db.articles.toArray();
    expect(article?.publishedAt).toBe(Date.UTC(2026, 1, 23));
    expect(article?.text).toContain('£200m');
    expect(article?.text).toContain('‘coalition of the willing’');
    expect(article?.origin).toEqual({
      kind: 'file',
      format: 'txt',
      name: 'sample.txt',
      relativePath: 'a/sample.txt',
    });
    // Its near-copy sketch is stored; its fingerprints are not (scans derive them from the text).
    expect(await db.fingerprints.count()).toBe(0);
    const [sketch] = await db.sketches.toArray();
    expect(sketch?.articleId).toBe(article?.id);
    expect([...(sketch?.sketch ?? [])]).toEqual(
      sketchMarks(fingerprintText(article?.text ?? '').marks),
    );
  });

  it('keeps sanitised HTML: no script, handler, iframe or remote image load', async () => {
    const [result] = await importItems(
      db,
      [{ kind: 'file', file: pickedFile('page.html', savedPage) }],
      nodeDom,
    );
    if (result?.kind !== 'added') throw new Error(JSON.stringify(result));
    const article = await db.articles.get(result.articleId);
    expect(article).toMatchObject({
      title: 'Ministers promise £200m for coastal flood defences',
      source: 'The Harbour Gazette',
      url: 'https://harbour-gazette.example/news/2026/03/flood-defences',
      publishedAt: Date.UTC(2026, 2, 14, 8, 30),
    });
    const html = article?.html ?? '';
    expect(html).toContain('data-remote-src="https://cdn.tracker.example/pixel.png"');
    expect(html).not.toMatch(/<script|onclick|<iframe|javascript:|\ssrc=/i);
    expect(html).toContain('£200m');
  });

  it('makes a changed text at the same URL a new version of the story', async () => {
    const changed = savedPage.toString('utf8').replace('six weeks', 'seven weeks');
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('v1.html', savedPage) },
        { kind: 'file', file: pickedFile('v2.html', changed) },
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'new-version']);
    const [first, second] = results;
    const a = await db.articles.get(first && 'articleId' in first ? first.articleId : '');
    const b = await db.articles.get(second && 'articleId' in second ? second.articleId : '');
    expect(a?.storyId).toBe(b?.storyId);
    expect(await db.stories.count()).toBe(1);
  });

  it('fetches URLs through the host and reports refusals and timeouts per item', async () => {
    const fetchUrl = async (url: string): Promise<FetchedPage> => {
      if (url.includes('refuses'))
        return { kind: 'failed', reason: 'The site answered 403 Forbidden' };
      if (url.includes('slow')) return new Promise(() => undefined);
      return {
        kind: 'ok',
        finalUrl: url,
        contentType: 'text/html; charset=utf-8',
        bytes: savedPage,
      };
    };
    const results = await importItems(
      db,
      [
        { kind: 'url', url: 'https://refuses.example/a' },
        { kind: 'url', url: 'https://slow.example/a' },
        { kind: 'url', url: 'ftp://x.example/a' },
        { kind: 'url', url: 'https://fine.example/story' },
      ],
      { ...nodeDom, fetchUrl, urlTimeoutMs: 50 },
    );
    expect(results).toEqual([
      {
        kind: 'failed',
        label: 'https://refuses.example/a',
        reason: 'The site answered 403 Forbidden',
      },
      {
        kind: 'failed',
        label: 'https://slow.example/a',
        reason: 'The site did not answer within 0.05 seconds.',
      },
      {
        kind: 'failed',
        label: 'ftp://x.example/a',
        reason: 'This is not a web address (http:// or https://).',
      },
      expect.objectContaining({ kind: 'added', label: 'https://fine.example/story' }),
    ]);
  });

  it('writes articles together, and when one of a group cannot be written only that one fails', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      kind: 'paste' as const,
      text: `Story ${i} of the day. It has its own words, ${'ipsum '.repeat(i + 1)}.`,
    }));
    let calls = 0;
    const results = await importItems(db, items, {
      ...nodeDom,
      // The 20th article's sketch row cannot be made: its write throws inside the transaction.
      deriveFingerprints: async (article) => {
        const row = deriveFingerprintRecord(article);
        const broken = {
          length: 3,
          [Symbol.iterator]: () => {
            throw new TypeError('function () {} could not be cloned');
          },
        } as unknown as number[];
        return ++calls === 20 ? { ...row, sketch: broken } : row;
      },
    });
    expect(results.map((r) => r.kind)).toEqual(
      items.map((_, i) => (i === 19 ? 'failed' : 'added')),
    );
    const failed = results[19];
    expect(failed?.kind === 'failed' && failed.reason).not.toMatch(/clone|function/i);
    expect(await db.articles.count()).toBe(29);
    expect(await db.sketches.count()).toBe(29);
  });

  it('stores a group all or nothing, a repeat within it already archived', async () => {
    const a = makeArticle(1);
    const repeat = { ...makeArticle(2), contentHash: a.contentHash, source: a.source };
    const stored = await storeArticles(db, [
      { record: a, derivedTitle: false },
      { record: repeat, derivedTitle: false },
    ]);
    expect(stored.map((s) => s.kind)).toEqual(['added', 'already-archived']);
    const clash = { ...makeArticle(3), id: a.id, contentHash: 'other' };
    await expect(
      storeArticles(db, [
        { record: makeArticle(4), derivedTitle: false },
        { record: clash, derivedTitle: false },
      ]),
    ).rejects.toThrow();
    expect(await db.articles.count()).toBe(1);
  });

  it('reports progress and stops at cancel: what was queued is written, the rest cancelled', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const items = Array.from({ length: 120 }, (_, i) => ({
      kind: 'paste' as const,
      text: `Article number ${i}. It has its own words, ${'lorem '.repeat(i + 1)}.`,
    }));
    const results = await importItems(db, items, {
      ...nodeDom,
      onProgress: ({ done, total }) => {
        seen.push(`${done}/${total}`);
        if (done === 2) controller.abort();
      },
      signal: controller.signal,
    });
    expect(seen).toEqual(items.map((_, i) => `${i + 1}/120`));
    const kinds = results.map((r) => r.kind);
    const firstCancelled = kinds.indexOf('cancelled');
    // At most the groups already in transactions (two, each of one article or up to groupMost)
    // finish after the cancel; everything after is cancelled.
    expect(firstCancelled).toBeGreaterThanOrEqual(2);
    expect(firstCancelled).toBeLessThanOrEqual(2 + 2 * groupMost);
    expect(kinds.slice(0, firstCancelled).every((k) => k === 'added')).toBe(true);
    expect(results.slice(firstCancelled).every((r) => r.kind === 'cancelled')).toBe(true);
    expect(await db.articles.count()).toBe(firstCancelled);
  });

  it('imports a Markdown file with its front matter: tags, date as an instant, sanitised structure', async () => {
    const md = [
      '---',
      'title: Harbour wall repairs agreed',
      'date: Sat, 14 Mar 2026 09:30:00 +0100',
      'author: Ann Example',
      'source: The Harbour Gazette',
      'url: https://gazette.example/harbour?utm_source=feed',
      'tags: [Harbour, council]',
      '---',
      '## What was agreed',
      '',
      'The council agreed the repairs. <script>alert(1)</script>',
      '',
      '- new stone',
      '- a higher wall',
    ].join('\n');
    const [result] = await importItems(
      db,
      [{ kind: 'file', file: pickedFile('notes/harbour.md', new TextEncoder().encode(md)) }],
      { ...nodeDom, tags: ['imported'] },
    );
    if (result?.kind !== 'added') throw new Error(JSON.stringify(result));
    const article = await db.articles.get(result.articleId);
    expect(article).toMatchObject({
      title: 'Harbour wall repairs agreed',
      byline: 'Ann Example',
      source: 'The Harbour Gazette',
      publishedAt: Date.UTC(2026, 2, 14, 8, 30),
      urlKey: 'https://gazette.example/harbour',
    });
    expect([...(article?.tags ?? [])].sort()).toEqual(['council', 'harbour', 'imported']);
    expect(article?.html).toContain('<h2>What was agreed</h2>');
    expect(article?.html).toContain('<li>a higher wall</li>');
    expect(article?.html).not.toContain('<script');
    expect(article?.text).toBe(
      'What was agreed\n\nThe council agreed the repairs.\n\nnew stone\n\na higher wall',
    );
  });

  it('says which encoding it assumed, keeps those bytes, and reads them again in another', async () => {
    const fixtures = new URL('tests/fixtures/encodings/', root);
    const cyrillic = readFileSync(new URL('09-windows-1251.txt', fixtures));
    const japanese = readFileSync(new URL('01-shift_jis.txt', fixtures));
    const [assumed, sure] = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('old/ru.txt', cyrillic) },
        { kind: 'file', file: pickedFile('old/ja.txt', japanese) },
      ],
      nodeDom,
    );
    if (assumed?.kind !== 'added' || sure?.kind !== 'added') throw new Error('not added');
    expect(assumed.warning).toBe(
      'It does not say its encoding; Verso assumed Windows-1251. If the text looks wrong, open it and choose another encoding.',
    );
    expect(sure.warning).toBeUndefined();
    const article = await db.articles.get(assumed.articleId);
    expect(article?.decoding).toEqual({ encoding: 'windows-1251', assumed: true });
    expect(article?.text).toContain('Утилиты просмотра');
    expect((await db.originals.get(assumed.articleId))?.bytes).toEqual(new Uint8Array(cyrillic));
    expect(await db.originals.get(sure.articleId)).toBeUndefined();

    const wrong = await redecodeArticle(db, assumed.articleId, 'koi8-r', nodeDom);
    expect(wrong.kind).toBe('redecoded');
    expect((await db.articles.get(assumed.articleId))?.text).not.toContain('Утилиты');
    await redecodeArticle(db, assumed.articleId, 'windows-1251', nodeDom);
    const back = await db.articles.get(assumed.articleId);
    expect(back?.text).toBe(article?.text);
    expect(back?.decoding).toEqual({ encoding: 'windows-1251', assumed: false, chosen: true });
    expect(await redecodeArticle(db, sure.articleId, 'koi8-r', nodeDom)).toMatchObject({
      kind: 'failed',
    });
  });
});
