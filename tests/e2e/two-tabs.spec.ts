import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `count` distinct articles named `<set>-<n>.txt`; each holds the word `everyarticle`. */
function writeSet(dir: string, set: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const path = join(dir, `${set}-${n}.txt`);
    writeFileSync(
      path,
      `Report ${set} number ${n}\n\nEveryarticle: the ${set} desk filed story ${n} of ${count} on ${n % 7} councils and ${n % 11} schools.\n\nA second paragraph, ${set}${n}, says what the first did not.`,
    );
    return path;
  });
}

async function startImport(page: Page, files: readonly string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([...files]);
}

async function importFinished(page: Page, added: number): Promise<void> {
  const summary = page.getByRole('status', { name: 'Import summary' });
  await expect(summary).toContainText(`Import finished. ${added} added`, { timeout: 180_000 });
  await summary.getByRole('button', { name: 'Dismiss' }).click();
}

/** The number of hits the library shows now ("· N shown"), 0 when it says nothing matches. */
async function shownHits(page: Page): Promise<number | undefined> {
  if (await page.getByText('No article matches.').isVisible()) return 0;
  // Only the "N shown" part: a status line beside it ("Rebuilding the search index…") is also muted.
  const shown = page.locator('.library-count .muted', { hasText: / shown$/ });
  if (!(await shown.isVisible())) return undefined;
  return Number(/([\d,]+) shown/.exec(await shown.innerText())?.[1]?.replace(/,/g, ''));
}

/**
 * Searches and waits for the library to show `expected` hits. Polled, because the count of the
 * previous search stays on screen until this one answers (a fresh tab loads the index first);
 * an index that lost or kept the wrong articles never shows the number, and the poll fails.
 */
async function expectHits(page: Page, words: string, expected: number): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill(words);
  await expect.poll(() => shownHits(page), { timeout: 60_000 }).toBe(expected);
}

test('two tabs importing and deleting at once leave a search index that finds every article', async ({
  context,
}, info) => {
  test.setTimeout(420_000);
  const dir = info.outputPath('sets');
  const [one, two, three] = [
    writeSet(join(dir, 'one'), 'alpha', 300),
    writeSet(join(dir, 'two'), 'bravo', 300),
    writeSet(join(dir, 'three'), 'charlie', 150),
  ];
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/');

  // Two imports of 300 at once, one per tab.
  await Promise.all([startImport(a, one), startImport(b, two)]);
  await Promise.all([importFinished(a, 300), importFinished(b, 300)]);

  // One tab imports while the other deletes 100 "bravo" articles, 10 at a time.
  await startImport(a, three);
  await b.getByRole('searchbox', { name: 'Search the archive' }).fill('bravo');
  for (let round = 0; round < 10; round++) {
    const boxes = b.getByRole('checkbox', { name: /^Select Report bravo/ });
    // The first search after the other tab wrote waits for this tab's index to catch up.
    await expect(boxes.nth(9)).toBeVisible({ timeout: 60_000 });
    for (let i = 0; i < 10; i++) await boxes.nth(i).check();
    await expect(b.getByText('10 selected')).toBeVisible();
    const last = await boxes.nth(9).getAttribute('aria-label');
    await b.getByRole('button', { name: 'Delete' }).click();
    // The delete waits its turn behind the other tab's import; the next round starts after it.
    await expect(b.getByRole('checkbox', { name: last ?? '', exact: true })).toHaveCount(0, {
      timeout: 120_000,
    });
  }
  await importFinished(a, 150);
  await a.close();
  await b.close();

  // A fresh tab trusts what was saved: it must hold every article and none of the deleted ones.
  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('heading', { name: '650 articles' })).toBeVisible();
  await expectHits(fresh, 'everyarticle', 650);
  await expectHits(fresh, 'alpha', 300);
  await expectHits(fresh, 'bravo', 200);
  await expectHits(fresh, 'charlie', 150);
});
