/**
 * The page's own timeline of one library open (library-open bench), on its clock from navigation:
 * the HTML in, the first part's file in and evaluated (`verso:app-start`), the browser's answer
 * to the early open (`verso:early-open`), Dexie's open, the first rows read, the first page drawn
 * before React, the second part's file in and React's start.
 * A slow open then says which step grew, without a trace.
 */
import type { Page } from 'playwright-core';

// Plain JavaScript in a string: tsx names arrow functions with a helper (__name) the page lacks.
const stepsScript = `(() => {
  const mark = (name) => performance.getEntriesByName(name).at(-1)?.startTime;
  const file = (prefix) =>
    performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.split('/').pop().startsWith(prefix))?.responseEnd;
  return [
    ['html', performance.getEntriesByType('navigation')[0]?.responseEnd],
    ['entry in', file('index-')],
    ['app-start', mark('verso:app-start')],
    ['early open', mark('verso:early-open')],
    ['db open', mark('verso:db-open')],
    ['rows read', mark('verso:first-rows-read')],
    ['drawn', mark('verso:first-page-drawn')],
    ['start-app in', file('start-app-')],
    ['react', mark('verso:app-render')],
  ];
})()`;

/** The open's steps as one line: `html 12, entry in 40, app-start 95, …` (ms, page clock). */
export async function openTimeline(page: Page): Promise<string> {
  const steps = await page.evaluate<[string, number | null][]>(stepsScript);
  return steps
    .filter(([, at]) => typeof at === 'number')
    .map(([name, at]) => `${name} ${at?.toFixed(0)}`)
    .join(', ');
}
