/**
 * Archive bench (issue 5): extraction quality and speed on the Readability test pages in Node,
 * then import, library and search figures in Chromium, each beside a baseline from the same run.
 * Run: node --import tsx bench/archive.ts  (or as part of npm run bench).
 */
import { benchExtraction, corpusDir } from './archive-extract';
import { printNewsPages } from './archive-news';
import { printHeldOut } from './archive-held-out';
import { printNearCopyScale } from './near-copy-scale';
import { benchEncodings, encodingCases } from './archive-encodings';
import { callInPage, runInBrowser } from './browser/run-in-browser';

const ms = (n: number | undefined): string => `${(n ?? NaN).toFixed(1)} ms`;
const ratio = (a: number | undefined, b: number | undefined): string =>
  `×${((a ?? NaN) / (b ?? NaN)).toFixed(2)}`;
const pct = (n: number | undefined): string => `${((n ?? NaN) * 100).toFixed(1)} %`;

/** Runs every archive figure, prints them, and returns them for a caller collecting results. */
export async function runArchiveBench(): Promise<Record<string, Record<string, number>>> {
  const figures: Record<string, Record<string, number>> = {};
  const extraction = benchExtraction();
  if (!extraction) {
    console.log(`Archive extraction: skipped (no corpus at ${corpusDir})`);
  } else {
    const { before, after, naive } = extraction;
    figures.extraction = after;
    figures.extractionReadabilityOnly = before;
    console.log(
      `Archive: HTML extraction on ${after.cases} Readability test pages (Node, linkedom); Readability alone → with Verso's clean-up (embedded posts kept, furniture removed)`,
    );
    const row = (label: string, key: string, format: (n: number | undefined) => string) =>
      console.log(`  ${label.padEnd(36)} ${format(before[key])} → ${format(after[key])}`);
    const f3 = (n: number | undefined): string => (n ?? NaN).toFixed(3);
    const int = (n: number | undefined): string => String(n ?? NaN);
    row('mean word-4-gram F1', 'meanF1', f3);
    row('mean 4-gram precision', 'meanPrecision', f3);
    row('furniture paragraphs left (pages)', 'furnitureParagraphs', int);
    row('pages with furniture', 'pagesWithFurniture', int);
    row('title exact', 'titleExact', pct);
    row('byline exact', 'bylineExact', pct);
    row('published exact', 'publishedExact', pct);
    row('no article found', 'failures', int);
    row('pages per CPU-second', 'pagesPerCpuSecond', (n) => (n ?? NaN).toFixed(1));
    row('pages/s wall clock', 'pagesPerSecond', (n) => (n ?? NaN).toFixed(1));
    console.log(
      `  naive tag-strip: F1 ${naive.meanF1?.toFixed(3)}, ${naive.pagesPerSecond?.toFixed(0)} pages/s (${ratio(naive.pagesPerSecond, after.pagesPerSecond)} faster than with clean-up)`,
    );
  }
  const news = printNewsPages();
  if (news) {
    figures.newsPages = news.after;
    figures.newsPagesReadabilityOnly = news.before;
  }
  const heldOut = printHeldOut();
  if (heldOut) {
    figures.heldOut = heldOut.after;
    figures.heldOutReadabilityOnly = heldOut.before;
  }
  const encodings = benchEncodings();
  figures.encodings = {
    right: encodings.right,
    oldRight: encodings.oldRight,
    total: encodings.total,
  };
  console.log(
    `Archive: mixed-encoding folder (tests/fixtures/encodings), Node TextDecoder: ${encodings.right}/${encodings.total} decoded right  (old rule UTF-8-else-Windows-1252: ${encodings.oldRight}/${encodings.total})${encodings.missed.length ? `; missed ${encodings.missed.join(', ')}` : ''}`,
  );
  Object.assign(figures, printNearCopyScale());
  await runInBrowser(['archive'], async (session) => {
    const page = await session.open('archive');
    const inChromium = await callInPage<Record<string, number>>(
      page,
      'benchEncodings',
      encodingCases().map((c) => ({ ...c, bytes: [...c.bytes] })),
    );
    figures.encodingsChromium = inChromium;
    console.log(
      `Archive: mixed-encoding folder, Chromium TextDecoder: ${inChromium.right}/${inChromium.total} decoded right`,
    );
    const imported = await callInPage<Record<string, number>>(page, 'benchImport', 1000);
    figures.import = imported;
    console.log(`Archive: Chromium IndexedDB`);
    console.log(
      `  import ${imported.count} .txt (fingerprints, index)  ${ms(imported.importMs)}  (bare bulkAdd ${ms(imported.bulkAddMs)}, ${ratio(imported.importMs, imported.bulkAddMs)}; target < 5000 ms)`,
    );
    console.log(
      `  longest main-thread task during import  ${ms(imported.longestTaskMs)}  (${imported.longTasks} tasks over 50 ms)`,
    );
    const large = await callInPage<Record<string, number>>(page, 'benchLarge', 10_000);
    figures.large = large;
    console.log(
      `  ${large.count} articles: fill ${ms(large.fillMs)}, search index build + save ${ms(large.indexBuildMs)}`,
    );
    console.log(
      `  open library, first page   ${ms(large.libraryOpenMs)}  (load all + sort ${ms(large.naiveLibraryMs)}, ${ratio(large.libraryOpenMs, large.naiveLibraryMs)}; target < 300 ms)`,
    );
    console.log(`  library page filtered by source and date  ${ms(large.libraryFilteredMs)}`);
    console.log(
      `  search median (${large.queries} queries)  ${ms(large.searchMedianMs)}  (naive includes scan ${ms(large.naiveSearchMedianMs)}, ${ratio(large.searchMedianMs, large.naiveSearchMedianMs)}; target < 30 ms)`,
    );
    console.log(
      `  search median with filters ${ms(large.searchFilteredMedianMs)}; first search after open (index loads in a worker) ${ms(large.firstSearchMs)}, longest main-thread task meanwhile ${ms(large.firstSearchLongestTaskMs)}`,
    );
    console.log(
      `  import 100 more into the ${large.count}-article archive  ${ms(large.importIntoLargeMs)}, longest main-thread task ${ms(large.importIntoLargeLongestTaskMs)}`,
    );
    console.log(
      `  export the ${large.count}-article archive to one file  ${ms(large.exportMs)} (${large.exportMB?.toFixed(0)} MB), longest main-thread task ${ms(large.exportLongestTaskMs)}`,
    );
    console.log(
      `  storage used with ${large.count} articles (navigator.storage.estimate)  ${large.storageUsedMB?.toFixed(0)} MB; persistence granted: ${large.persistGranted ? 'yes' : 'no'}`,
    );
  });
  return figures;
}

/**
 * Only the Chromium import of 1,000 .txt files (`npm run bench -- archive-import [-- --runs R]`):
 * the archive bench's slowest row, run R times in one browser, each figure and the median.
 */
export async function runArchiveImportBench(): Promise<Record<string, number>[]> {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 1) : 3;
  return runInBrowser(['archive'], async (session) => {
    const page = await session.open('archive');
    const all: Record<string, number>[] = [];
    for (let run = 0; run < runs; run++) {
      const imported = await callInPage<Record<string, number>>(page, 'benchImport', 1000);
      all.push(imported);
      console.log(
        `  import ${imported.count} .txt  ${ms(imported.importMs)}  (bare bulkAdd ${ms(imported.bulkAddMs)}), longest task ${ms(imported.longestTaskMs)} (${imported.longTasks} over 50 ms)`,
      );
    }
    const sorted = all.map((f) => f.importMs ?? NaN).sort((a, b) => a - b);
    console.log(`Archive: import 1000 .txt, median of ${runs}: ${ms(sorted[runs >> 1])}`);
    return all;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await runArchiveBench();
