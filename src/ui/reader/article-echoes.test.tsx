// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../../../tests/support/test-articles';
import type { Echo } from '../../core/model';
import { articleClusters } from '../clusters/article-clusters';
import { archive } from '../data/archive';
import { searchIndexFor } from '../data/search-link';
import { ArticleEchoes } from './article-echoes';
import type { ArticleEchoScan } from './use-article-echoes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

afterEach(async () => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  await archive().delete();
  await archive().open();
});

const wire =
  'The national weather service issued a severe storm warning on Thursday for the whole northern coast, telling residents to secure loose objects.';
const printings = 150;

/** An article that opens with its own paragraph, then prints the wire story. */
function printing(i: number) {
  const text = `Local news ${i}: the harbour ${i} was quiet all week.\n\n${wire}\n\nMore ${i}.`;
  return makeArticle(i, {
    id: `printing-${String(i).padStart(3, '0')}`,
    title: `Storm warning ${i}`,
    source: `Source ${i % 40}`,
    publishedAt: Date.UTC(2025, 0, 1, i),
    text,
    html: '',
  });
}

const open = printing(printings);
const others = Array.from({ length: printings }, (_, i) => printing(i));
const at = open.text.indexOf(wire);
// The wire story's echo with each other printing, as the worker sends them (one cluster).
const echoes: Echo[] = others.map((other) => ({
  kind: 'across',
  similarity: 1,
  a: { doc: open.id, start: at, end: at + wire.length },
  b: {
    doc: other.id,
    start: other.text.indexOf(wire),
    end: other.text.indexOf(wire) + wire.length,
  },
}));

const scan = {
  state: { kind: 'done', result: { echoes, omitted: 0 } },
  echoes,
  omitted: 0,
  settings: { minWords: 8, minSimilarity: 0.8 },
  setSettings: () => undefined,
  cancel: () => undefined,
  rerun: () => undefined,
} satisfies ArticleEchoScan;

/** The ids of `articles` rows read (gets, cursors and getAlls on that store). */
function countArticleReads(): string[] {
  const read: string[] = [];
  const proto = IDBObjectStore.prototype;
  for (const method of ['get', 'getAll', 'openCursor'] as const) {
    const original = proto[method] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
    const counted = function (this: IDBObjectStore, ...args: unknown[]): IDBRequest {
      if (this.name === 'articles') read.push(`${method} ${String(args[0])}`);
      return original.apply(this, args);
    };
    vi.spyOn(proto, method).mockImplementation(counted);
  }
  return read;
}

async function sidebar(): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const app = root;
  await act(async () => {
    app.render(
      <ArticleEchoes
        scan={scan}
        text={open.text}
        articleId={open.id}
        onCompare={() => undefined}
        clusters={articleClusters(echoes, open.id)}
        self={open}
      />,
    );
  });
  // Live queries answer after round trips to IndexedDB.
  for (let i = 0; i < 100 && !host.textContent.includes('from 40 sources'); i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return host;
}

describe('the reader’s echoes of a wire story printed by 150 other articles', () => {
  it('names every printing from the summaries and reads only the quoted card’s article whole', async () => {
    await archive().articles.bulkPut([open, ...others]);
    // The search index (in this thread under jsdom) builds itself from every article once; let it
    // finish, so what is counted is the sidebar's own reads.
    await searchIndexFor(archive()).open();
    const reads = countArticleReads();
    const host = await sidebar();
    const card = host.querySelector('.echo-printings')?.textContent ?? '';
    expect(card).toContain('Printed in 150 other articles from 40 sources');
    // Printings 0–23 are hours apart on 1 Jan 2025: printing 0's midnight reads as the date
    // alone, so it ties with printing 1's stated 01:00; the later hours are not first.
    expect(card).toContain(
      'first: Source 1 at 01:00 UTC and Source 0 (no time given), both 1 Jan 2025',
    );
    // The card quotes its strongest echo's other side (with its paragraph): that article only.
    const quotes = [...host.querySelectorAll('.echo-quote')].map((q) => q.textContent);
    expect(quotes[1]).toContain('The national weather service');
    expect(quotes[1]).toMatch(/Storm warning \d+, paragraph 2/);
    expect(reads).toEqual([`get ${echoes[0]?.b.doc}`]);

    // Listing the printings names them all, still without reading their texts.
    await act(async () => host.querySelector<HTMLButtonElement>('.echo-printings button')?.click());
    const rows = [...host.querySelectorAll('li.printing')].map((row) => row.textContent);
    expect(rows).toHaveLength(100);
    expect(rows[0]).toContain('Source 0 — Storm warning 0');
    expect(reads).toHaveLength(1);
  });
});
