// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it } from 'vitest';
import { archive } from './archive';
import {
  fillUrlKeysSoon,
  stopUrlKeyFill,
  urlKeyFillProgress,
  useUrlKeyFill,
  watchUrlKeyFill,
} from './use-url-key-fill';
import { UrlKeyFillStatus } from '../shell/url-key-fill-status';
import { restoreArticles } from '../../db/articles';
import { fetchedFrom, urlKeysToFill } from '../../db/url-key-fill';
import { urlKeyFillKey } from '../../db/migrations-v20';
import { urlKeyOf } from '../../core/extract/normalise-url';
import { makeArticle } from '../../../tests/support/test-articles';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterAll(() => archive().delete());

const total = 2500;
const shortLink = (i: number): string => `https://sho.rt/${i}`;

// An archive upgraded to v20: articles fetched by short links whose addresses are still to fill.
async function upgradedArchive(): Promise<void> {
  const articles = Array.from({ length: total }, (_, i) =>
    makeArticle(i, { origin: { kind: 'url', format: 'html', url: shortLink(i) } }),
  );
  await restoreArticles(archive(), articles);
  await archive().urlKeys.clear();
  await archive().meta.put({ key: urlKeyFillKey, value: 0 });
}

// The app's status line, with every text it showed.
function Line({ shown }: { shown: string[] }) {
  const fill = useUrlKeyFill();
  const node = <UrlKeyFillStatus progress={fill.progress} onStop={fill.stop} />;
  shown.push(fill.progress ? `${fill.progress.done}/${fill.progress.total}` : 'idle');
  return node;
}

async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await done()); i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

describe('the fill of older articles’ addresses, as the app shows it', () => {
  it('shows its progress while it runs, stops at "Not now", and lookups still find every article', async () => {
    await upgradedArchive();
    const host = document.createElement('div');
    document.body.append(host);
    const shown: string[] = [];
    // Every state of the line as drawn (it goes as soon as the fill stops).
    const drawn: string[] = [];
    new MutationObserver(() => drawn.push(host.innerHTML)).observe(host, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await act(async () => createRoot(host).render(<Line shown={shown} />));
    expect(host.innerHTML).toBe('');
    // "Not now" as the first step is told: the fill stops there, the mark stays for the next start.
    const unwatch = watchUrlKeyFill(() => {
      if (urlKeyFillProgress()?.done === 1000) stopUrlKeyFill();
    });
    fillUrlKeysSoon();
    await until(() => shown.includes(`1000/${total}`));
    await until(() => host.innerHTML === '');
    const line = drawn.find((html) => html.includes('1,000 of 2,500 articles')) ?? '';
    expect(line).toContain('aria-label="Address list update"');
    expect(line).toContain('look for earlier versions more slowly');
    unwatch();
    expect(await urlKeysToFill(archive())).toBe(true);
    // A lookup of an article the fill has not passed still finds it (read the slow way).
    const last = makeArticle(total - 1);
    const found = await fetchedFrom(archive(), [urlKeyOf(shortLink(total - 1))]);
    expect(found.map((row) => row.articleId)).toEqual([last.id]);
    // Started again (the next start): it finishes, every address filled, the line gone.
    fillUrlKeysSoon();
    await until(async () => !(await urlKeysToFill(archive())) && host.innerHTML === '');
    expect(await archive().urlKeys.count()).toBe(total);
    expect(shown.at(-1)).toBe('idle');
  });
});
