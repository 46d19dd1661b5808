// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findClusters } from '../../../core/echoes/find-clusters';
import type { ArticleFacts, ExportedArticle } from '../../../db/cluster-store';
import { releasePrintings, releaseParagraphs } from '../../../../tests/support/release-printings';
import { toClusterRecords } from '../../data/to-cluster-records';
import { releaseRows, type ReleaseRow } from '../release-rows';
import { parseCsv } from '../../../../tests/support/parse-csv';
import { exportReleases, releaseExportName } from './export-releases';
import { RELEASE_CSV_COLUMNS } from './release-writers';

// A press release printed by six papers (trimmed, a paragraph dropped, a word edited), and two
// quotes some of them also print elsewhere; paper 4's page carries a hostile title and address.
const printed = releasePrintings(6);
const articles = new Map<string, ExportedArticle & ArticleFacts>(
  printed.map((a) => [
    a.id,
    {
      text: a.text,
      title: a.id === 'printing-4' ? '=cmd <script>alert(1)</script>' : a.title,
      url: a.id === 'printing-4' ? 'javascript:alert(1)' : `https://example.com/${a.id}`,
      source: a.source,
      publishedAt: Date.parse(`${a.date}T00:00:00Z`),
      modifiedAt: 0,
      importedAt: Date.UTC(2026, 11, 1),
      storyId: a.id,
    },
  ]),
);

function rows(): ReleaseRow[] {
  const found = findClusters(
    printed.map((a) => ({
      id: a.id,
      text: a.text,
      source: a.source,
      publishedAt: articles.get(a.id)?.publishedAt ?? 0,
    })),
    { minWords: 8 },
  );
  const texts = new Map(printed.map((a) => [a.id, a.text]));
  return releaseRows(toClusterRecords(found, articles, texts));
}

async function written(releases: readonly ReleaseRow[], format: 'csv' | 'html', gone = '') {
  const pieces: string[] = [];
  const reads: string[][] = [];
  const count = await exportReleases(
    releases,
    format,
    { write: async (t) => void pieces.push(t) },
    {
      read: async (ids) => {
        reads.push([...ids]);
        return new Map(
          ids.flatMap((id) => {
            const article = articles.get(id);
            return article && id !== gone ? [[id, article]] : [];
          }),
        );
      },
      title: 'Stories <reprinted>',
      made: new Date(Date.UTC(2026, 11, 3)),
    },
  );
  return { text: pieces.join(''), count, reads };
}

describe('exportReleases as CSV', () => {
  it('writes one row per story: its counts, first printing and its passages as first printed', async () => {
    const releases = rows();
    const { text, count } = await written(releases, 'csv');
    const [header, ...body] = parseCsv(text);
    expect(header).toEqual([...RELEASE_CSV_COLUMNS]);
    expect(body).toHaveLength(releases.length);
    expect(count).toBe(releases.reduce((n, r) => n + r.summary.printings.length, 0));
    const cell = (row: string[] | undefined, name: (typeof RELEASE_CSV_COLUMNS)[number]) =>
      row?.[RELEASE_CSV_COLUMNS.indexOf(name)] ?? '';
    const story = body[0];
    expect(cell(story, 'headline')).toMatch(/^Story reprinted: \d+ passages in 6 articles/);
    expect(cell(story, 'articles')).toBe('6');
    expect(cell(story, 'sources')).toBe('6');
    expect(cell(story, 'first_sources')).toBe('Paper 0');
    expect(cell(story, 'first_article_id')).toBe('printing-0');
    expect(cell(story, 'first_date')).toBe('2026-03-02T00:00:00.000Z');
    expect(cell(story, 'first_url')).toBe('https://example.com/printing-0');
    const passages = Number(cell(story, 'passages'));
    expect(cell(story, 'cluster_ids').split(' ')).toHaveLength(passages);
    // Papers 0 and 4 kept all ten paragraphs (paper 4 trims none: 4 % 4), so printed it whole.
    expect(cell(story, 'printed_whole')).toBe(
      String(releases[0]?.summary.printings.filter((p) => p.kept >= passages).length),
    );
    expect(Number(cell(story, 'printed_whole'))).toBeGreaterThanOrEqual(2);
    // The passages are paper 0's own words: every paragraph of the release it printed, in order.
    const shown = cell(story, 'text');
    let from = 0;
    for (const paragraph of releaseParagraphs().slice(1)) {
      const at = shown.indexOf(paragraph, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + paragraph.length;
    }
    // The quotes are stories of their own, not in the release's row.
    expect(body.slice(1).every((r) => cell(r, 'passages') === '1')).toBe(true);
  });

  it('guards a hostile first title as a cell, and names a story file by its date', async () => {
    const releases = rows();
    const { text } = await written(releases, 'csv');
    expect(text).not.toContain(',=cmd');
    expect(releaseExportName('csv', new Date(Date.UTC(2026, 11, 3)))).toBe(
      'verso-releases-2026-12-03.csv',
    );
  });
});

describe('exportReleases as an HTML report', () => {
  it('gives each story a section: its passages, then every printing earliest first with what it kept', async () => {
    const releases = rows();
    const { text, reads } = await written(releases, 'html');
    const doc = new DOMParser().parseFromString(text, 'text/html');
    expect(doc.querySelectorAll('script, img, [onerror], a[href^="javascript"]')).toHaveLength(0);
    expect(doc.title).toBe('Stories <reprinted>');
    const sections = [...doc.querySelectorAll('section')];
    expect(sections).toHaveLength(releases.length);
    const story = sections[0];
    expect(story?.querySelector('h2')?.textContent).toMatch(/^Release 1: Story reprinted/);
    const printings = [...(story?.querySelectorAll('li.printing') ?? [])].map(
      (li) => li.textContent,
    );
    expect(printings).toHaveLength(6);
    expect(printings[0]).toMatch(/^Paper 0, 2026-03-02 — Release as printed by paper 0 · kept all/);
    expect(printings.find((p) => p.startsWith('Paper 3'))).toMatch(/kept \d+ of \d+ passages/);
    expect(printings.find((p) => p.startsWith('Paper 4'))).toContain('=cmd <script>');
    expect(story?.querySelectorAll('blockquote').length).toBe(releases[0]?.clusters.length);
    // No read brings more than a batch of articles onto the page.
    expect(Math.max(...reads.map((r) => r.length))).toBeLessThanOrEqual(100);
  });

  it('says when the first printing is no longer in the archive', async () => {
    const { text } = await written(rows().slice(0, 1), 'html', 'printing-0');
    expect(text).toContain('This article is no longer in the archive.');
  });
});
