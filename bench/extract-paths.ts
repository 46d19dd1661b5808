/**
 * Extraction quality by path (issue 9): mean word-4-gram F1 on the Readability test pages for
 * the browser's DOMParser on the page's thread (the old import path) and linkedom in the
 * extraction worker (the path import uses now), both inside Debian's Chromium.
 * Run: npm run bench -- extract-paths.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { corpusDir, fourGramF1 } from './archive-extract';
import { callInPage, runInBrowser } from './browser/run-in-browser';

interface Paths {
  readonly main: readonly string[];
  readonly worker: readonly string[];
  readonly mainMs: number;
  readonly workerMs: number;
}

/** Prints F1 per path, pages where they differ, and time per page for each path. */
export async function runExtractPathsBench(): Promise<void> {
  if (!existsSync(corpusDir)) {
    console.log(`skipped: ${corpusDir} is not here (it ships with the shared folder)`);
    return;
  }
  const names = readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const sources = names.map((n) => readFileSync(`${corpusDir}${n}/source.html`, 'utf8'));
  const expected = names.map(
    (n) =>
      parseHTML(
        `<html><body>${readFileSync(`${corpusDir}${n}/expected.html`, 'utf8')}</body></html>`,
      ).document.body.textContent,
  );
  const got = await runInBrowser(['extract-paths'], async (session) => {
    const page = await session.open('extract-paths');
    return callInPage<Paths>(page, 'extractBoth', sources);
  });
  const f1 = (texts: readonly string[]): number[] =>
    texts.map((t, i) => fourGramF1(t, expected[i] ?? ''));
  const main = f1(got.main);
  const worker = f1(got.worker);
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  const n = names.length;
  console.log(`pages                          ${n}`);
  console.log(
    `mean F1, DOMParser (main)      ${mean(main).toFixed(3)}   failed ${got.main.filter((t) => !t).length}`,
  );
  console.log(
    `mean F1, linkedom (worker)     ${mean(worker).toFixed(3)}   failed ${got.worker.filter((t) => !t).length}`,
  );
  const differ = names
    .map((name, i) => ({ name, d: (worker[i] ?? 0) - (main[i] ?? 0) }))
    .filter((x) => Math.abs(x.d) > 0.05)
    .sort((a, b) => a.d - b.d);
  console.log(
    `pages differing by > 0.05       ${differ.length}: ${differ.map((x) => `${x.name} ${x.d > 0 ? '+' : ''}${x.d.toFixed(2)}`).join(', ')}`,
  );
  console.log(
    `ms per page, main / worker      ${(got.mainMs / n).toFixed(1)} / ${(got.workerMs / n).toFixed(1)}  (ratio ${(got.workerMs / got.mainMs).toFixed(2)})`,
  );
}
