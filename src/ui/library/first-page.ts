import type { ArticleSummary } from '../../db/query-types';
import { rowRange } from '../common/fixed-rows';
import { formatRoute } from '../shell/route';
import type { FirstAnswers } from './first-window';
import { rowMeta } from './library-row';
import { rowRems, rootFontPx } from './row-size';

/**
 * Draws the library's first screen of rows into `root` with the DOM alone, before React and the
 * shell have loaded (issue 11 point 4: at 100,000 articles React's own start was most of the
 * open). The same classes and row height as the React list (article-list.tsx, article-row.tsx),
 * so nothing moves when React's first render replaces it; each title is a link to its article's
 * address, so a click opens it once the app is in. Every field is set as text: titles and sources
 * are imported, hostile until shown as text.
 */
export function drawFirstPage(root: HTMLElement, { count, page }: FirstAnswers): void {
  const rowPx = Math.round(rowRems(false) * rootFontPx());
  const { end } = rowRange(0, window.innerHeight, rowPx, page.total, 0);
  const slots = page.items.slice(0, end).map((article, index) => rowSlot(article, index, rowPx));
  const rows = element('div', '', ...slots);
  rows.style.position = 'relative';
  rows.style.height = `${page.total * rowPx}px`;
  const list = element('div', 'virtual-list article-list', rows);
  const head = element('div', 'library-head', element('h2', 'library-count', countWords(count)));
  // The toolbar (search, order, filters) comes with React: its place is kept so the list stays.
  const section = element(
    'section',
    'fill-window library',
    head,
    element('div', 'first-page-toolbar'),
    list,
  );
  section.setAttribute('aria-label', 'Library');
  const header = element(
    'header',
    'app-header first-page-header',
    element('h1', 'app-title', 'Verso'),
  );
  const first = element('div', 'first-page', header, element('main', 'app-main', section));
  // Not yet the app: a screen reader says it is still loading, and nothing here takes focus.
  first.setAttribute('aria-busy', 'true');
  root.replaceChildren(first);
}

/** The header's words for the archive's size, as the library says them. */
function countWords(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'article' : 'articles'}`;
}

function rowSlot(article: ArticleSummary, index: number, rowPx: number): HTMLElement {
  const title = element('a', 'article-title link-button', article.title || 'Untitled');
  title.setAttribute('href', formatRoute({ kind: 'reader', articleId: article.id }));
  title.tabIndex = -1;
  if (article.title) title.title = article.title;
  // A box ticked now would be forgotten when React draws the row: shown, not yet usable.
  const box = element('input', '');
  box.setAttribute('type', 'checkbox');
  box.inert = true;
  const body = element(
    'div',
    'article-row-body',
    title,
    element('p', 'article-meta', rowMeta(article)),
    element('p', 'article-lede'),
  );
  const slot = element(
    'div',
    'virtual-slot article-slot',
    element('div', 'article-row', box, body),
  );
  slot.dataset.index = String(index);
  slot.style.transform = `translateY(${index * rowPx}px)`;
  slot.style.height = `${rowPx}px`;
  return slot;
}

/** An element of `className` holding `parts`, text set as text (never parsed as HTML). */
function element(tag: string, className: string, ...parts: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...parts);
  return node;
}
