// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../db/query-types';
import { drawFirstPage } from './first-page';
import { rowRems, rootFontPx } from './row-size';

/** A summary with what a library row shows; the rest is never read by the drawing. */
const article = (id: string, title: string, source = 'Coast Herald'): ArticleSummary =>
  ({
    id,
    title,
    source,
    publishedAt: 0,
    importedAt: Date.UTC(2026, 2, 3),
    wordCount: 120,
  }) as ArticleSummary;

afterEach(() => document.body.replaceChildren());

describe('drawFirstPage', () => {
  it('shows a hostile title and source as text, never as markup', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const hostile = '<img src=x onerror="alert(1)">';
    drawFirstPage(root, { count: 1, page: { total: 1, items: [article('a1', hostile, hostile)] } });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.article-title')?.textContent).toBe(hostile);
    expect(root.querySelector('.article-meta')?.textContent).toContain(hostile);
    expect(root.querySelector('.library-count')?.textContent).toBe('1 article');
  });

  it("links each title to its article's address and names an untitled one as the list does", () => {
    const root = document.createElement('div');
    const items = [article('a/1', 'Ferry keeps its berth'), article('b2', '')];
    drawFirstPage(root, { count: 12_345, page: { total: 12_345, items } });
    const titles = [...root.querySelectorAll<HTMLAnchorElement>('.article-slot .article-title')];
    expect(titles.map((a) => a.textContent)).toEqual(['Ferry keeps its berth', 'Untitled']);
    expect(titles.map((a) => a.getAttribute('href'))).toEqual(['#/article/a%2F1', '#/article/b2']);
    expect(root.querySelector('.library-count')?.textContent).toBe('12,345 articles');
  });

  it('draws only the rows a screen holds, placed as the list places them', () => {
    const root = document.createElement('div');
    const items = Array.from({ length: 150 }, (_, i) => article(`id${i}`, `Story ${i}`));
    drawFirstPage(root, { count: 100_000, page: { total: 100_000, items } });
    const rowPx = Math.round(rowRems(false) * rootFontPx());
    const slots = [...root.querySelectorAll<HTMLElement>('.article-slot')];
    expect(slots.length).toBe(Math.ceil(window.innerHeight / rowPx));
    expect(slots.length).toBeLessThan(150);
    expect(slots[2]?.style.transform).toBe(`translateY(${2 * rowPx}px)`);
    // The scroll box is as tall as the whole list, as the app's is.
    expect(slots[0]?.parentElement?.style.height).toBe(`${100_000 * rowPx}px`);
  });
});
