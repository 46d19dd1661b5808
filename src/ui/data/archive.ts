import { ArchiveDatabase, schemaFor, type SchemaDeclared } from '../../db/database';
import { holdLoadsUntil } from '../../db/import-writing';
import { archiveName } from '../../db/open-early';
import type { ImportItem, ImportOptions, ImportRun } from '../../import/import-types';
import { searchIndexFor } from './search-link';

let database: ArchiveDatabase | null = null;
let declared: SchemaDeclared = 'history';

/**
 * Tells archive() the version the early open found the archive at (main.tsx, open-early.ts), so
 * a current or new archive is opened declaring the current schema alone (database.ts). Called
 * after the archive is made, it changes nothing.
 */
export function archiveFoundAt(storedVersion: number | undefined): void {
  declared = schemaFor(storedVersion);
}

/** The archive the app works on, its writes wired to the search index; Dexie opens it on first use. */
export function archive(): ArchiveDatabase {
  if (!database) {
    const db = new ArchiveDatabase(archiveName, declared);
    database = db;
    // For the library-open bench's breakdown: when IndexedDB was open (the first read opens it).
    db.on('ready', () => void performance.mark('verso:db-open'));
    searchIndexFor(db);
    // Older after all (a tab of an older build made it since the early open): the reads that
    // failed are asked again, and the next archive() declares every version and upgrades it.
    if (declared === 'current')
      db.open().catch(() => {
        if (database === db) database = null;
        declared = 'history';
      });
  }
  return database;
}

let pipeline: ReturnType<typeof loadPipeline> | undefined;

function loadPipeline() {
  // All at once: one after another, each module waited for its own fetch and evaluation.
  return Promise.all([
    import('../../import/import-items'),
    import('./extract-link'),
    import('./derive-link'),
    import('./read-file-link'),
    import('./store-link'),
  ]);
}

function pipelineModules(): ReturnType<typeof loadPipeline> {
  // A failed load (a chunk the network lost) is tried again on next use.
  pipeline ??= loadPipeline().catch((error: unknown) => {
    pipeline = undefined;
    throw error;
  });
  return pipeline;
}

/**
 * Starts loading the import pipeline's modules (the import's stages, the workers' links) once,
 * without waiting; called when the page is idle after its first screen, so an import finds them
 * loaded rather than fetching and evaluating them between the click and its first file (~0.2 s
 * empty, up to ~0.8 s at 100,000 articles while the page's start-up work runs). Readability and
 * markdown-it are not among them (see import/lazy-extract.ts). A failed load is tried again when
 * an import starts.
 */
export function prepareImport(): void {
  void pipelineModules().catch(() => undefined);
}

// Holds on the archive's background loads for imports asked for and not yet started.
const askedHolds = new Set<() => void>();

/** The longest an import's ask (a file picker left open, say) holds the background loads back. */
const askHoldMs = 20_000;

/**
 * Holds the archive's background loads back (db/import-writing.ts) from the moment a person asks
 * to import — the click that opens the file picker, a drop — until the import's own hold takes
 * over with its writes. Right after a 100,000-article archive opened, the browser's handing over
 * of the picked files and the pipeline's modules shared both cores with the sketches' and the
 * saved index's loads (session 30: intake 527 against 273 ms empty, modules 191 against 13).
 * importIntoArchive ends every such hold once its modules are in (before its write session
 * starts, which waits for the index); the returned function ends this one if nothing is
 * imported; and each ends after 20 s whatever happens.
 */
export function holdLoadsForImport(): () => void {
  const release = holdLoadsUntil(archive().name, askHoldMs);
  const end = (): void => {
    askedHolds.delete(end);
    release();
  };
  askedHolds.add(end);
  return end;
}

/**
 * Starts importing items into the app's archive (see startImport for its stages); the extraction
 * pipeline loads on first use, not at start-up.
 */
export async function importIntoArchive(
  items: readonly ImportItem[],
  options: ImportOptions,
): Promise<ImportRun> {
  // For the scale bench: when the page had the picked files and asked for the import.
  performance.mark('verso:import-asked');
  // A drop or a paste asks here (a picker's click asked before its files came).
  holdLoadsForImport();
  const modules = pipelineModules();
  // The import's own hold comes with its first write; its write session's start waits for the
  // search index, whose load must not be held meanwhile.
  void modules.finally(() => askedHolds.forEach((end) => end())).catch(() => undefined);
  const [
    { startImport },
    { htmlExtractorInWorker },
    { importDeriversInWorker },
    { readFileInWorker },
    { articleStorerInWorker },
  ] = await modules;
  // Where there are workers (not in Node tests), pages are read in one with a time limit, big
  // text files are read and big articles written in another, and fingerprints and the near-copy
  // check are made in a third.
  if (typeof Worker === 'undefined') return startImport(archive(), items, options);
  return startImport(archive(), items, {
    extractHtml: htmlExtractorInWorker(),
    readFileOff: readFileInWorker,
    storeArticleOff: articleStorerInWorker(archive()),
    ...importDeriversInWorker(archive()),
    ...options,
  });
}

/** Reads an article's kept bytes again in another encoding; lazy like the import pipeline. */
export async function redecodeInArchive(
  id: string,
  encoding: string,
): Promise<import('../../import/redecode').RedecodeResult> {
  const { redecodeArticle } = await import('../../import/redecode');
  const { htmlExtractorInWorker } = await import('./extract-link');
  const extractHtml = typeof Worker === 'undefined' ? undefined : htmlExtractorInWorker();
  return redecodeArticle(archive(), id, encoding, { extractHtml });
}
