// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findClusters } from '../../../core/echoes/find-clusters';
import type { ClusterRecord } from '../../../db/cluster-records';
import type { ArticleFacts, ExportedArticle } from '../../../db/cluster-store';
import { toClusterRecords } from '../../data/to-cluster-records';
import { CSV_COLUMNS, csvCell } from './cluster-csv';
import { escapeHtml } from './cluster-html';
import { exportClusters } from './export-clusters';
import { parseCsv } from '../../../../tests/support/parse-csv';

// A quote printed by three papers, one hostile: commas, doubled quotes, line breaks, a formula,
// markup and a javascript: address.
const quote =
  '“We will build the harbour, the school and the road, and we will “finish” them by spring,” the mayor said on Tuesday to the council.';
const articles = new Map<string, ExportedArticle & ArticleFacts>([
  [
    'ledger',
    {
      text: `The Ledger reports.\n\n${quote}\nMore news follows here.`,
      title: 'Mayor, council agree "harbour" plan',
      url: 'https://ledger.example/mayor',
      source: 'Daily Ledger',
      publishedAt: Date.UTC(2026, 2, 2, 9, 30),
      modifiedAt: 0,
      importedAt: Date.UTC(2026, 3, 1),
      storyId: 'ledger',
    },
  ],
  [
    'post',
    {
      text: `=HYPERLINK("http://evil.example","x") opens the page.\n${quote.replace('Tuesday', 'Tuesday\nafternoon')}`,
      title: '<script>alert(1)</script> Post',
      url: 'javascript:alert(1)',
      source: '@Post',
      publishedAt: Date.UTC(2026, 2, 3),
      modifiedAt: 0,
      importedAt: Date.UTC(2026, 3, 1),
      storyId: 'post',
    },
  ],
  [
    'herald',
    {
      text: `Herald: ${quote} <img src=x onerror=alert(1)>`,
      title: '-1 reasons',
      url: '',
      source: '',
      publishedAt: 0,
      modifiedAt: 0,
      importedAt: Date.UTC(2026, 3, 5),
      storyId: 'herald',
    },
  ],
]);

function records(): ClusterRecord[] {
  const found = findClusters(
    [...articles].map(([id, a]) => ({
      id,
      text: a.text,
      source: a.source,
      ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
      importedAt: a.importedAt,
    })),
    { minWords: 8 },
  );
  const texts = new Map([...articles].map(([id, a]) => [id, a.text]));
  return toClusterRecords(found, articles, texts);
}

async function written(clusters: readonly ClusterRecord[], format: 'csv' | 'html') {
  const pieces: string[] = [];
  const reads: string[][] = [];
  const count = await exportClusters(
    clusters,
    format,
    { write: async (t) => void pieces.push(t) },
    {
      read: async (ids) => {
        reads.push([...ids]);
        return new Map(
          ids.flatMap((id) =>
            articles.has(id) ? [[id, articles.get(id) as ExportedArticle]] : [],
          ),
        );
      },
      title: 'Clusters <of> passages',
      made: new Date(Date.UTC(2026, 11, 3)),
    },
  );
  return { text: pieces.join(''), pieces, count, reads };
}

describe('exportClusters as CSV', () => {
  it('writes a row per printing that reads back cell for cell, quotes, commas and breaks kept', async () => {
    const clusters = records();
    const quoteCluster = clusters.find((c) => c.passages.length === 3);
    expect(quoteCluster).toBeDefined();
    const { text, count } = await written(clusters, 'csv');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(count);
    expect(count).toBe(clusters.reduce((n, c) => n + c.passages.length, 0));
    const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    for (const row of body) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      const article = articles.get(row[at('article_id')] ?? '');
      // The cells are the article's own: its title, and the passage at the offsets given.
      const start = Number(row[at('passage_start')]);
      const end = Number(row[at('passage_end')]);
      expect(article?.text.slice(start, end)).toBe(row[at('passage_text')]);
      expect(row[at('passage_text')]).toContain('the mayor said on Tuesday');
      // The quote is shown whole, its opening mark included.
      expect(row[at('passage_text')]?.startsWith('“We will build')).toBe(true);
    }
    const post = body.find((r) => r[at('article_id')] === 'post');
    // Cells a spreadsheet would run are text: the formula-looking title and source are prefixed.
    expect(post?.[at('source')]).toBe("'@Post");
    expect(post?.[at('title')]).toBe('<script>alert(1)</script> Post');
    expect(post?.[at('passage_text')]).toContain('Tuesday\nafternoon');
    expect(body.find((r) => r[at('article_id')] === 'herald')?.[at('title')]).toBe("'-1 reasons");
    const ledger = body.find((r) => r[at('article_id')] === 'ledger');
    expect(ledger?.[at('title')]).toBe('Mayor, council agree "harbour" plan');
    expect(ledger?.[at('date')]).toBe('2026-03-02T09:30:00.000Z');
    expect(ledger?.[at('dated_by')]).toBe('published');
    expect(body.find((r) => r[at('article_id')] === 'herald')?.[at('dated_by')]).toBe('imported');
  });

  it('guards formulas and quotes cells as RFC 4180 says', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=cmd')).toBe("'\t=cmd");
    expect(csvCell('=A1,"x"')).toBe('"\'=A1,""x"""');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(-0.5)).toBe('-0.5');
  });

  it('writes thousands of printings in pieces, reading a batch of articles at a time', async () => {
    const [one] = records().filter((c) => c.passages.length === 3);
    if (!one) throw new Error('no cluster of three');
    const big: ClusterRecord = {
      ...one,
      passages: Array.from({ length: 5000 }, (_, i) => one.passages[i % 3]).filter(
        (p) => p !== undefined,
      ),
    };
    const { pieces, count, reads } = await written([big], 'csv');
    expect(count).toBe(5000);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(300 * 1024);
    expect(reads).toHaveLength(50);
    expect(parseCsv(pieces.join('')).length).toBe(5001);
  });
});

describe('exportClusters as an HTML report', () => {
  it('escapes every article’s words, links only http(s) addresses and holds no script', async () => {
    const clusters = records();
    const { text } = await written(clusters, 'html');
    expect(text.startsWith('<!doctype html>')).toBe(true);
    expect(text).toContain("default-src 'none'");
    expect(text).toContain('<title>Clusters &lt;of&gt; passages</title>');
    expect(text).not.toMatch(/<script|<img|javascript:|onerror=/i);
    expect(text).toContain(escapeHtml('<script>alert(1)</script> Post'));
    expect(text).toContain('<a href="https://ledger.example/mayor">');
    expect(text).toContain(escapeHtml('“We will build the harbour'));
    expect(text.match(/<section>/g)).toHaveLength(clusters.length);
    expect(text.match(/class="printing"/g)).toHaveLength(
      clusters.reduce((n, c) => n + c.passages.length, 0),
    );
    // The page parses back to the same words: what the reader sees is the articles' text.
    const doc = new DOMParser().parseFromString(text, 'text/html');
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    const quotes = [...doc.querySelectorAll('blockquote')].map((b) => b.textContent);
    expect(quotes.some((q) => q.includes('Tuesday\nafternoon'))).toBe(true);
  });

  it('says when an article is no longer in the archive', async () => {
    const [one] = records();
    if (!one) throw new Error('no cluster');
    const [first] = one.passages;
    if (!first) throw new Error('no passage');
    const gone: ClusterRecord = { ...one, passages: [{ ...first, doc: 'deleted' }] };
    const { text } = await written([gone], 'html');
    expect(text).toContain('This article is no longer in the archive.');
  });
});
