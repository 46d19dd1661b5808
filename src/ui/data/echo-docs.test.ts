import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EchoIndex } from '../../core/echoes/echo-index';
import { fingerprintText } from '../../core/echoes/fingerprint';
import { storedFingerprints, deriveFingerprintRecord } from '../../db/derive';
import { importItems } from '../../import/import-items';
import type { WorkerHoldings } from '../../workers/index-or-skip';
import { readIntoIndex } from '../../workers/read-into-index';
import { nodeDom, pickedFile } from '../../../tests/support/node-dom';
import { archive } from './archive';
import { archiveHashes } from './echo-docs';
import { archiveTextReader } from './echo-texts';

/** The built-in sample: one quote and one paragraph each printed twice, edited (seeds/). */
const sample = readFileSync(
  new URL('../../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
);

afterEach(async () => {
  // The app's one archive, emptied for the next test (deleting closes it, so open it again).
  await archive().delete();
  await archive().open();
});

/** What the echo worker holds after a scan had it read every article itself (echo-worker-entry). */
async function holdingsOfArchive(): Promise<WorkerHoldings> {
  const ids = [...(await archiveHashes()).keys()];
  const holdings: WorkerHoldings = { index: new EchoIndex(), held: new Map(), skipped: new Map() };
  const read = archiveTextReader();
  const signal = new AbortController().signal;
  await readIntoIndex(
    holdings,
    ids,
    (batch) => read(archive().name, batch),
    () => {},
    signal,
  );
  return holdings;
}

describe('an archive-wide scan without stored fingerprints', () => {
  it('an import stores none, and the scan still finds the founding case’s two clusters', async () => {
    const [result] = await importItems(
      archive(),
      [{ kind: 'file', file: pickedFile('sample.txt', sample) }],
      nodeDom,
    );
    if (result?.kind !== 'added') throw new Error('not added');
    expect(await archive().fingerprints.count()).toBe(0);
    const holdings = await holdingsOfArchive();
    expect(holdings.skipped.size).toBe(0);
    const text = (await archive().articles.get(result.articleId))?.text ?? '';
    const clusters = await holdings.index.scanClusters();
    const openings = clusters.map((c) => {
      const p = c.passages[c.representative];
      return text.slice(p?.start, p?.end).slice(0, 16);
    });
    expect(openings.sort()).toEqual(['Among the latest', 'I am proud that ']);
  });

  it('reads texts, not a fingerprint row an older build left (here damaged)', async () => {
    const [result] = await importItems(
      archive(),
      [{ kind: 'file', file: pickedFile('sample.txt', sample) }],
      nodeDom,
    );
    if (result?.kind !== 'added') throw new Error('not added');
    const article = await archive().articles.get(result.articleId);
    if (!article) throw new Error('not stored');
    // As an older build stored it (current version and content hash), then damaged.
    const row = storedFingerprints(deriveFingerprintRecord(article));
    const fp = row.fingerprints;
    await archive().fingerprints.put({
      ...row,
      fingerprints: { ...fp, ends: fp.ends.subarray(1) },
    });
    expect(await archiveTextReader()(archive().name, [article.id])).toEqual(
      new Map([[article.id, article.text]]),
    );
    const holdings = await holdingsOfArchive();
    expect(holdings.skipped.size).toBe(0);
    expect(holdings.held.get(article.id)).toEqual(fingerprintText(article.text));
  });
});
