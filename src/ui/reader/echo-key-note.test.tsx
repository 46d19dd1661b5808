// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleEchoes } from './article-echoes';
import type { ArticleEchoScan } from './use-article-echoes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

const text = 'The council agreed the flood plan.\n\nWork starts in spring.';

/** The reader's scan as the sidebar is given it, in `state`. */
const scanIn = (state: ArticleEchoScan['state']): ArticleEchoScan => ({
  state,
  echoes: [],
  omitted: 0,
  settings: { minWords: 8, minSimilarity: 0.8 },
  setSettings: () => undefined,
  cancel: () => undefined,
  rerun: () => undefined,
});

function show(scan: ArticleEchoScan, articleId = 'flood'): void {
  const app = root;
  act(() =>
    app?.render(
      <ArticleEchoes scan={scan} text={text} articleId={articleId} onCompare={() => undefined} />,
    ),
  );
}

const press = (key: string): void =>
  act(() => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });

const note = (): string | null | undefined => document.querySelector('.echo-key-note')?.textContent;

describe('e in the reader while there is no echo highlight to step to', () => {
  it('says how far the scan has got, follows it, and says when it found none', () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    show(scanIn({ kind: 'running', progress: { done: 400, total: 1000, phase: 'Reading' } }));
    expect(note()).toBeUndefined();
    press('e');
    expect(note()).toBe('Finding echoes (reading)… 40%');
    expect(document.querySelector('.echo-key-note')?.getAttribute('role')).toBe('status');
    show(scanIn({ kind: 'running', progress: { done: 3, total: 4, phase: 'Comparing' } }));
    expect(note()).toBe('Finding echoes (comparing)… 75%');
    show(scanIn({ kind: 'done', result: { echoes: [], omitted: 0 } }));
    expect(note()).toBe('No echoes in this article to step to.');
    // Another article: the question was about the last one.
    show(scanIn({ kind: 'running', progress: null }), 'other');
    expect(note()).toBeUndefined();
    press('E');
    expect(note()).toBe('Finding echoes…');
  });

  it('leaves e to the highlights when there are some, and to a field being typed in', () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    show(scanIn({ kind: 'running', progress: null }));
    const field = document.createElement('input');
    document.body.append(field);
    act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true }));
    });
    expect(note()).toBeUndefined();
    const mark = document.createElement('mark');
    mark.className = 'echo-mark';
    document.body.append(mark);
    press('e');
    expect(note()).toBeUndefined();
  });
});
