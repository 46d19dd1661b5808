// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../import/import-types';
import type { ImportState } from './import-state';
import { ImportSummary } from './import-summary';
import { formatDate } from '../library/library-row';
import type { FilledField } from '../../db/fill-details';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

type NearCopiesState = Extract<ImportState, { kind: 'finished' }>['nearCopies'];

// What a folder of saved pages gave: two stored (one of them a near copy of an archived
// article), a metadata file refused.
const results: ImportResult[] = [
  { kind: 'added', label: 'pages/bbc/source.html', articleId: 'a1', title: 'Storm closes port' },
  {
    kind: 'added',
    label: 'pages/bbc/expected.html',
    articleId: 'a2',
    title: 'Storm closes port',
    nearCopyOf: { articleId: 'a1', title: 'Storm closes port', share: 0.97, version: true },
  },
  {
    kind: 'failed',
    label: 'pages/bbc/expected-metadata.json',
    reason: 'Verso imports .txt, .md and .html files, not .json.',
  },
];

async function summary(
  shown: ImportResult[] = results,
  nearCopies?: NearCopiesState,
): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  const state = {
    kind: 'finished',
    results: shown,
    total: shown.length,
    cancelled: false,
  } as const;
  await act(async () => {
    createRoot(host).render(
      <ImportSummary
        state={nearCopies ? { ...state, nearCopies } : state}
        onDismiss={() => undefined}
      />,
    );
  });
  return host;
}

describe('ImportSummary', () => {
  it('says files that are not articles in one line, not as failures, and lists them on request', async () => {
    const host = await summary([
      { kind: 'added', label: 'news/story.txt', articleId: 'a1', title: 'Storm closes port' },
      { kind: 'skipped', label: 'news/.DS_Store', what: 'system file' },
      { kind: 'skipped', label: 'news/harbour.jpg', what: 'image' },
      { kind: 'skipped', label: 'news/Thumbs.db', what: 'system file' },
      { kind: 'failed', label: 'news/scan.txt', reason: 'It is not text.' },
    ]);
    expect(host.textContent).toContain('1 added');
    expect(host.textContent).toContain('1 failed');
    const skipped = [...host.querySelectorAll('details')].find((d) =>
      d.textContent.includes('skipped'),
    );
    expect(skipped?.querySelector('summary')?.textContent).toBe(
      '3 files skipped: not articles — images, system files',
    );
    expect(skipped?.textContent).toContain('news/harbour.jpg: image');
    expect(host.textContent).toContain('Why one item failed');
  });

  it('says the near copies are among the articles added, not among the failures', async () => {
    const host = await summary();
    const near = host.querySelector('[aria-label="Near copies"]');
    const failed = host.querySelector('details');
    expect(host.textContent).toContain('2 added');
    expect(near?.textContent).toContain('One of the 2 articles added is a near copy');
    // The near copies come before the (folded) list of failures, not under its heading.
    expect(failed?.textContent).toContain('Why one item failed');
    expect(near && failed && near.compareDocumentPosition(failed)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('says so plainly when every article added is a near copy (one file, or all of them)', async () => {
    const copy: ImportResult = {
      kind: 'added',
      label: 'b.html',
      articleId: 'b1',
      title: 'Storm closes port',
      nearCopyOf: { articleId: 'a1', title: 'Storm closes port', share: 0.97, version: true },
    };
    const one = await summary([copy]);
    expect(one.querySelector('[aria-label="Near copies"] p')?.textContent).toBe(
      'The article added is a near copy of one already archived:',
    );
    document.body.innerHTML = '';
    const both = await summary([copy, { ...copy, label: 'c.html', articleId: 'c1' }]);
    expect(both.querySelector('[aria-label="Near copies"] p')?.textContent).toBe(
      'Both articles added are near copies of ones already archived:',
    );
  });

  it('offers the choice for all near copies above their list, so forty wire copies need no scrolling to reach it', async () => {
    const many: ImportResult[] = Array.from({ length: 40 }, (_, i) => ({
      kind: 'added',
      label: `wire/copy-${i}.md`,
      articleId: `c${i}`,
      title: `Flood defences to be rebuilt ${i}`,
      nearCopyOf: {
        articleId: 'w0',
        title: 'Flood defences to be rebuilt',
        share: 0.98,
        version: true,
      },
    }));
    const host = await summary(many);
    const group = host.querySelector('[aria-label="Apply to all near copies"]');
    const list = host.querySelector('[aria-label="Near copies"] ul');
    expect(group?.textContent).toContain('Apply to all 40 near copies');
    expect(group && list && group.compareDocumentPosition(list)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('offers no version link for a near copy that names no source, alone or among others', async () => {
    const copy = (i: number, version: boolean): ImportResult => ({
      kind: 'added',
      label: `pasted-${i}`,
      articleId: `p${i}`,
      title: 'Storm closes port',
      nearCopyOf: { articleId: 'a1', title: 'Storm closes port', share: 0.97, version },
    });
    const host = await summary([copy(1, false), copy(2, true)]);
    const [unsourced, sourced] = [...host.querySelectorAll('[aria-label="Near copies"] li')];
    const buttons = (at: Element | null | undefined) =>
      [...(at?.querySelectorAll('button') ?? [])].map((b) => b.textContent);
    expect(unsourced?.textContent).toContain('no source named, so it may be another paper’s');
    expect(buttons(unsourced)).toEqual(['Keep separate', 'Skip']);
    expect(buttons(sourced)).toEqual(['Link as a version', 'Keep separate', 'Skip']);
    // "Link all" would link the unsourced one too: only keep or skip all are offered.
    const all = host.querySelector('[aria-label="Apply to all near copies"]');
    expect(buttons(all)).toEqual(['Keep all separate', 'Skip all']);
  });

  it('says which files were already archived, and whether each repeats a file of this import', async () => {
    const host = await summary([
      { kind: 'added', label: 'read/001.html', articleId: 'a1', title: 'Storm closes port' },
      {
        kind: 'already-archived',
        label: 'read/001-copy.html',
        articleId: 'a1',
        existing: { id: 'a1', title: 'Storm closes port', source: 'BBC', publishedAt: 0 },
      },
      {
        kind: 'already-archived',
        label: 'read/old.html',
        articleId: 'z9',
        existing: {
          id: 'z9',
          title: 'Harbour fees rise',
          source: 'Daily Ledger',
          publishedAt: Date.UTC(2026, 2, 2),
        },
      },
    ]);
    expect(host.textContent).toContain('2 already archived');
    const which = [...host.querySelectorAll('details')].find((d) =>
      d.textContent.includes('already archived'),
    );
    expect(which?.querySelector('summary')?.textContent).toBe('Which 2 were already archived');
    expect([...(which?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'read/001-copy.html: the same text as read/001.html (“Storm closes port”), added in this import Open it',
      `read/old.html: its text was archived before, as “Harbour fees rise” (Daily Ledger, ${formatDate(Date.UTC(2026, 2, 2))}) Open it`,
    ]);
    // Each names the article it matched by a link that opens it in the reader.
    expect([...(which?.querySelectorAll('li a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(
      ['#/article/a1', '#/article/z9'],
    );
  });

  it('says what a page filled in on the pasted text it repeats, in the tally and its row', async () => {
    // QA's case: a page's text pasted first, then the page: its details go to the paste.
    const pasted = 'The BBC has learned that ministers will review the plans.';
    const host = await summary([
      {
        kind: 'already-archived',
        label: 'bbc-1/source.html',
        articleId: 'p1',
        existing: { id: 'p1', title: pasted, source: '', publishedAt: 0 },
        filled: ['source', 'date', 'address'],
      },
    ]);
    const lines = [...host.querySelectorAll('p')].map((p) => p.textContent);
    expect(lines).toContain(
      '1 already archived — its source, date and address filled in from this copy.',
    );
    const which = [...host.querySelectorAll('details')].find((d) =>
      d.textContent.includes('already archived'),
    );
    expect([...(which?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      `bbc-1/source.html: its text was archived before, as “${pasted}” (undated) — the source, date and address it lacked filled in from this copy Open it`,
    ]);
  });

  it('says how many of the repeats filled in details, and says nothing when none did', async () => {
    const repeat = (id: string, filled?: readonly FilledField[]) =>
      ({
        kind: 'already-archived',
        label: `${id}/source.html`,
        articleId: id,
        existing: { id, title: 'Storm', source: '', publishedAt: 0 },
        ...(filled ? { filled } : {}),
      }) as const;
    const some = await summary([
      repeat('a', ['source', 'date']),
      repeat('b', ['title', 'source', 'author']),
      repeat('c'),
    ]);
    expect([...some.querySelectorAll('p')].map((p) => p.textContent)).toContain(
      '2 of the 3 already archived — their title, source, date and author filled in from these copies, where they had none.',
    );
    document.body.innerHTML = '';
    const none = await summary([repeat('c')]);
    expect(none.textContent).not.toContain('filled in');
  });

  it('tells apart picked files of one name by title and place', async () => {
    // Files picked (not a folder) come without their folders: 130 saved pages are all
    // "source.html", and "the same text as source.html" named nothing.
    const host = await summary([
      { kind: 'added', label: 'source.html', articleId: 'a1', title: 'Storm closes port' },
      { kind: 'added', label: 'source.html', articleId: 'a2', title: 'Rail fares rise' },
      {
        kind: 'already-archived',
        label: 'source.html',
        articleId: 'a2',
        existing: { id: 'a2', title: 'Rail fares rise', source: '', publishedAt: 0 },
      },
    ]);
    const which = [...host.querySelectorAll('details')].find((d) =>
      d.textContent.includes('already archived'),
    );
    expect([...(which?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'source.html: the same text as item 2, source.html (“Rail fares rise”), added in this import Open it',
    ]);
  });

  it('lists a thousand failures a hundred at a time, saying how many more', async () => {
    const many: ImportResult[] = Array.from({ length: 1000 }, (_, i) => ({
      kind: 'failed',
      label: `folder/${i}.bin`,
      reason: 'This file is not text.',
    }));
    const host = await summary(many);
    const failed = host.querySelector('details');
    expect(failed?.querySelector('summary')?.textContent).toBe('Why 1000 items failed');
    expect(failed?.querySelectorAll('li')).toHaveLength(100);
    const more = failed?.querySelector('button');
    expect(more?.textContent).toBe('Show the next 100 (900 more)');
    await act(async () => more?.click());
    expect(failed?.querySelectorAll('li')).toHaveLength(200);
    expect(failed?.querySelectorAll('li')[199]?.textContent).toBe(
      'folder/199.bin: This file is not text.',
    );
  });

  it('says which articles added could not be checked for near copies, beside those found', async () => {
    const host = await summary(results, { kind: 'checked', unchecked: 1 });
    expect(host.querySelector('[aria-label="Near copies"]')?.textContent).toContain(
      'One of the 2 articles added is a near copy',
    );
    expect(host.querySelector('.near-copy-check')?.textContent).toBe(
      '1 of the 2 articles added could not be checked for near copies; it is archived all the same.',
    );
    document.body.innerHTML = '';
    const none = await summary(results.slice(0, 1), { kind: 'checked', unchecked: 0 });
    expect(none.querySelector('.near-copy-check')?.textContent).toBe(
      'The article added is not a near copy of an archived one.',
    );
  });
});
