import { ArchiveDatabase, schemaFor, type SchemaDeclared } from '../../db/database';
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
  const [
    { startImport },
    { htmlExtractorInWorker },
    { importDeriversInWorker },
    { readFileInWorker },
    { articleStorerInWorker },
  ] = await pipelineModules();
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
