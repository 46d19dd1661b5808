/**
 * `npm run bench [-- NAME...]`: runs every bench listed here, in order (or only those named).
 * Add a line to add a bench.
 */
const benches: readonly (readonly [string, () => Promise<unknown>])[] = [
  ['engine', async () => (await import('./engine/engine-bench')).runEngineBench()],
  ['clusters', async () => (await import('./clusters/clusters-bench')).runClustersBench()],
  ['cli-speed', async () => (await import('./clusters/cli-speed-bench')).runCliSpeedBench()],
  ['cli-warmup', async () => (await import('./clusters/warmup')).runCliWarmupBench()],
  ['archive', async () => (await import('./archive')).runArchiveBench()],
  ['archive-import', async () => (await import('./archive')).runArchiveImportBench()],
  ['ui', async () => (await import('./ui')).runUiBench()],
  ['cluster-copies', async () => (await import('./cluster-copies')).runClusterCopiesBench()],
  ['scale', async () => (await import('./scale')).runScaleBench()],
  ['scale-upgrade', async () => (await import('./scale-upgrade')).runScaleUpgradeBench()],
  ['url-lookup', async () => (await import('./url-lookup')).runUrlLookupBench()],
  ['passage-copies', async () => (await import('./passage-copies')).runPassageCopiesBench()],
  ['phrase-search', async () => (await import('./phrase-search')).runPhraseSearchBench()],
  ['big-article', async () => (await import('./big-article')).runBigArticleBench()],
  ['library-open', async () => (await import('./library-open')).runLibraryOpenBench()],
  ['search-index', async () => (await import('./search-index')).runSearchIndexBench()],
  ['passim', async () => (await import('./passim/passim-bench')).runPassimBench()],
  ['reader', async () => (await import('./reader')).runReaderBench()],
  ['extract-paths', async () => (await import('./extract-paths')).runExtractPathsBench()],
  ['watch', async () => (await import('./watch')).runWatchBench()],
  ['backup', async () => (await import('./backup')).runBackupBench()],
];

/** Names of the benches this run includes (all when none are named). */
export const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
for (const [name, run] of benches) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== bench: ${name}`);
  await run();
}
