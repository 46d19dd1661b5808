import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';

// A search index as a build of terms version 4 left it (each row's ids, sources and tags in
// arrays) is converted once as it loads; a search typed meanwhile says so, then answers. The
// line is checked while the rows are held: after, it shows only for the moment of the save, which
// a loaded machine's rendering could miss (a CI run, session 33).
const stories = ['Harbour plan approved', 'Harbour plan delayed', 'Rail strike called off'];

test('a search waiting for an older index’s conversion says so, then answers', async ({ page }) => {
  await page.goto('/');
  await importFiles(
    page,
    stories.map((title, i) => ({
      name: `story-${i}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        `---\ntitle: ${title}\nsource: Wire\n---\n\n${title}: the council met.\n`,
      ),
    })),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('3 added');
  const search = page.getByRole('searchbox', { name: 'Search the archive' });
  const titles = page.locator('.article-row .article-title');
  await search.fill('harbour');
  await expect(titles).toHaveCount(2);

  // The saved index, rewritten as version 4 saved it, once this build has saved it.
  await expect
    .poll(() => page.evaluate(readManifestSize), { timeout: 15_000 })
    .toBe(stories.length);
  await page.evaluate(writeVersion4Rows);
  // After the reload the index's segment reads are held until released, so the search is typed
  // while the index waits to load.
  await page.addInitScript(holdSegmentReads);
  await page.reload();
  const header = page.locator('.library-count');
  await expect(header).toContainText('3 articles');
  await search.fill('harbour');
  await expect(header).toContainText(
    'Updating the search index for this version: 0 of 3 articles…',
  );
  await page.evaluate(() => (window as unknown as { releaseRows: () => void }).releaseRows());
  await expect(titles).toHaveCount(2);
  await expect(header).not.toContainText('Updating the search index');
});

async function readManifestSize(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve) => {
    const open = indexedDB.open('verso');
    open.onsuccess = () => resolve(open.result);
  });
  const manifest = await new Promise<{ segments: { size: number }[] } | undefined>((resolve) => {
    const get = db.transaction('searchManifest').objectStore('searchManifest').get('main');
    get.onsuccess = () => resolve(get.result as { segments: { size: number }[] } | undefined);
  });
  db.close();
  return manifest?.segments.reduce((n, s) => n + s.size, 0) ?? 0;
}

async function writeVersion4Rows(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve) => {
    const open = indexedDB.open('verso');
    open.onsuccess = () => resolve(open.result);
  });
  const tx = db.transaction(['searchSegments', 'searchManifest'], 'readwrite');
  const rows = tx.objectStore('searchSegments');
  const all = await new Promise<Record<string, unknown>[]>((resolve) => {
    const get = rows.getAll();
    get.onsuccess = () => resolve(get.result as Record<string, unknown>[]);
  });
  for (const row of all) {
    const ids = row.ids as { text: string; ends: Uint32Array };
    const count = ids.ends.length;
    const at = (i: number) => ids.text.slice(ids.ends[i - 1] ?? 0, ids.ends[i]);
    const sourceNames = row.sourceNames as string[];
    const sourceOf = row.sourceOf as Uint16Array;
    const [tagNames, tagEnds, tagRefs] = [row.tagNames, row.tagEnds, row.tagRefs] as [
      string[],
      Uint32Array,
      Uint32Array,
    ];
    // The row as version 4 saved it: the same postings, each article's strings in arrays.
    const { id, stamp, publishedAt, lengths, terms, offsets, counts, postings } = row;
    const old: Record<string, unknown> = { id, stamp, publishedAt, lengths, terms, offsets };
    Object.assign(old, { counts, postings });
    old.ids = Array.from({ length: count }, (_, d) => at(d));
    old.sources = Array.from({ length: count }, (_, d) => sourceNames[sourceOf[d] ?? 0]);
    old.tags = Array.from({ length: count }, (_, d) =>
      [...tagRefs.slice(tagEnds[d - 1] ?? 0, tagEnds[d])].map((r) => tagNames[r]),
    );
    rows.put(old);
  }
  const manifests = tx.objectStore('searchManifest');
  const get = manifests.get('main');
  get.onsuccess = () => manifests.put({ ...get.result, termsVersion: 4 });
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

/**
 * Holds the saved index's segment reads from the page's start: they wait while an import writes
 * (db/import-writing.ts), so the page holds that Web Lock as an import does. (A write transaction
 * kept busy on the rows, as before, also held the search worker's opening of the database, whose
 * schema check reads every store: nothing was said until the release, and the line then showed
 * only for a moment.)
 */
function holdSegmentReads(): void {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  (window as unknown as { releaseRows: () => void }).releaseRows = release;
  void navigator.locks.request('verso-import-writing:verso', { mode: 'shared' }, () => held);
}
