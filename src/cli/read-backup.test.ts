import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../tests/support/temp-dir';
import { readArticles } from './read-articles';

const dir = tempDir('verso-read-backup-');
afterEach(() => vi.restoreAllMocks());

/** An article row as a backup holds it (the fields passim reads, and some HTML it does not). */
const row = (i: number) => ({
  id: `article-${i}`,
  title: `Report ${i}`,
  source: i % 2 ? 'Daily Ledger' : 'Morning Post',
  url: `https://news.example/${i}`,
  publishedAt: Date.UTC(2026, 0, (i % 28) + 1),
  text: `Ministers said on day ${i} that rail fares would be reviewed. `.repeat(20),
  html: '<p>…</p>',
});

/** A streamed backup (format 4) laid out as backup-writer.ts writes it. */
function streamed(rows: readonly unknown[], counted = rows.length): string {
  const header = `{"format":"verso-archive","formatVersion":4,"exportedAt":"2026-12-01T00:00:00.000Z",\n`;
  const articles = `"articles":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n],\n`;
  const rest = ['stories', 'tags', 'annotations', 'subscriptions', 'watchedPages']
    .map((name) => `"${name}":[\n],\n`)
    .join('');
  const counts = { articles: counted, stories: 0, tags: 0, annotations: 0 };
  return `${header}${articles}${rest}"counts":${JSON.stringify({ ...counts, subscriptions: 0, watchedPages: 0 })}}\n`;
}

async function all(path: string, maxWholeBytes?: number) {
  const out = [];
  for await (const entry of readArticles(path, { maxWholeBytes })) out.push(entry);
  return out;
}

describe('export-passim reading a Verso backup', () => {
  it('reads a streamed backup larger than what may be read whole, a line at a time', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => row(i));
    const file = join(dir, 'verso-archive-big.json');
    writeFileSync(file, streamed(rows));
    const limit = 32 * 1024;
    expect(statSync(file).size).toBeGreaterThan(10 * limit);
    const parse = vi.spyOn(JSON, 'parse');
    const entries = await all(file, limit);
    const longest = Math.max(...parse.mock.calls.map(([text]) => String(text).length));
    expect(entries).toHaveLength(300);
    expect(entries[299]).toEqual({
      id: 'article-299',
      title: 'Report 299',
      source: 'Daily Ledger',
      url: 'https://news.example/299',
      publishedAt: Date.UTC(2026, 0, (299 % 28) + 1),
      text: row(299).text,
    });
    // Never the whole file as one string: no parse longer than a row.
    expect(longest).toBeLessThanOrEqual(JSON.stringify(row(299)).length + 1);
  });

  it('still reads an older backup (one JSON text) whole, and refuses one over the limit', async () => {
    const file = join(dir, 'verso-archive-format3.json');
    const rows = Array.from({ length: 50 }, (_, i) => row(i));
    writeFileSync(
      file,
      JSON.stringify({ format: 'verso-archive', formatVersion: 3, articles: rows }),
    );
    expect(await all(file)).toHaveLength(50);
    const refused = await all(file, 1024);
    expect(refused).toEqual([
      {
        failed: expect.stringMatching(
          /verso-archive-format3\.json: [\d,]+ bytes of one JSON text, more than can be read whole/,
        ) as string,
      },
    ]);
  });

  it('reads an article whose date no Date can hold as undated, and the others as they are', async () => {
    const rows = [{ ...row(1), publishedAt: 1e20 }, row(2)];
    const whole = join(dir, 'verso-archive-far-date.json');
    writeFileSync(whole, JSON.stringify({ articles: rows }));
    const lined = join(dir, 'verso-archive-far-date-streamed.json');
    writeFileSync(lined, streamed(rows));
    for (const file of [whole, lined])
      expect((await all(file)).map((a) => ('failed' in a ? a.failed : a.publishedAt))).toEqual([
        0,
        row(2).publishedAt,
      ]);
  });

  it('says where a streamed backup is cut short or damaged, after the articles before it', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(i));
    const whole = streamed(rows);
    const cut = join(dir, 'verso-archive-cut.json');
    writeFileSync(cut, whole.slice(0, whole.indexOf('article-12') - 10));
    const read = await all(cut);
    expect(read).toHaveLength(12);
    expect(read[11]).toEqual({
      failed: `${cut}: a Verso backup cut short (it breaks off after 11 articles, before its end)`,
    });
    const miscounted = join(dir, 'verso-archive-miscounted.json');
    writeFileSync(miscounted, streamed(rows, 21));
    expect((await all(miscounted)).at(-1)).toEqual({
      failed: `${miscounted}: a Verso backup damaged: it says it holds 21 articles but has 20`,
    });
    const broken = join(dir, 'verso-archive-broken.json');
    writeFileSync(broken, whole.replace('"id":"article-5"', '"id":article-5'));
    expect((await all(broken)).at(-1)).toEqual({
      failed: `${broken}: a Verso backup damaged at line 8 (an article that is not JSON, after article 5)`,
    });
  });
});
