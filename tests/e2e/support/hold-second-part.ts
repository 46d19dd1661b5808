import type { Page } from '@playwright/test';

/**
 * Holds the page's second part (React and the shell, start-app-*.js) back until the returned
 * function is called: what the page does meanwhile is the first part's alone (main.tsx), as in
 * the moments after a person opens the app.
 */
export async function holdSecondPart(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-app-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
