import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { restoreArticles } from '../../db/articles';
import { openArchive } from '../../db/database';
import { readClusterImport, readImportedClusters } from '../../db/imported-clusters';
import type { PickedFile } from '../../shared/ipc';
import { makeArticle } from '../../../tests/support/test-articles';
import { importPassimClusters } from './passim-import';

const fixtures = fileURLToPath(new URL('../../../tests/fixtures/passim/', import.meta.url));

/** The fixture output folder as the host hands over a picked folder. */
function pickFolder(dir: string): PickedFile[] {
  const files: PickedFile[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files.push({
          name,
          relativePath: `out/${relative(dir, path)}`,
          bytes: new Uint8Array(readFileSync(path)),
        });
    }
  };
  walk(dir);
  return files;
}

interface InputRecord {
  id: string;
  series: string;
  date: string;
  title: string;
  text: string;
}
const inputs = readFileSync(join(fixtures, 'input.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as InputRecord);

async function archiveWithFixtureArticles() {
  const db = await openArchive(`passim-${crypto.randomUUID()}`);
  await restoreArticles(
    db,
    inputs.map((r, i) => ({
      ...makeArticle(i),
      id: r.id,
      title: r.title,
      source: r.series,
      publishedAt: Date.parse(`${r.date}T09:00:00Z`),
      text: r.text,
    })),
  );
  return db;
}

const run = (db: Awaited<ReturnType<typeof openArchive>>, files: PickedFile[]) =>
  importPassimClusters(db, files, () => undefined, new AbortController().signal);

describe('importing passim clusters into the archive', () => {
  it('stores each passim cluster as a Verso cluster, placing code-point offsets in UTF-16 text', async () => {
    const db = await archiveWithFixtureArticles();
    const result = await run(db, pickFolder(join(fixtures, 'out')));
    expect(result.kind).toBe('imported');
    const clusters = await readImportedClusters(db, 'passim');
    expect(clusters.map((c) => c.toolId).sort()).toEqual(['17179869184', '42']);
    const wire = clusters.find((c) => c.toolId === '17179869184');
    expect(wire).toMatchObject({
      kind: 'across',
      size: 3,
      origin: 0,
      representative: 0,
      sources: 3,
    });
    expect(wire?.passages.map((p) => p.doc)).toEqual(['a-ledger', 'a-post', 'a-courier']);
    // a-ledger's text has an emoji before the passage: passim's code points are one short.
    const ledger = inputs[0]?.text ?? '';
    const first = wire?.passages[0];
    expect(ledger.slice(first?.start, first?.end)).toMatch(/^The regional transport authority/);
    expect(ledger.slice(first?.start, first?.end)).toMatch(/last winter\.$/);
    expect(wire?.passages.map((p) => p.similarity)).toEqual([1, 1, expect.closeTo(0.946, 2)]);
  });

  it("reports unmatched ids, refused records and malformed lines, and keeps passim's parameters", async () => {
    const db = await archiveWithFixtureArticles();
    await run(db, pickFolder(join(fixtures, 'out')));
    const summary = await readClusterImport(db, 'passim');
    expect(summary).toMatchObject({
      files: 2,
      clusters: 2,
      passages: 5,
      unmatchedCount: 1,
      unmatched: ['not-in-archive'],
      rejectedCount: 2,
      // cluster 99 kept one passage once its other one was refused: no cluster of one.
      droppedClusters: 1,
      params: { n: 5, maxDF: 100, min_match: 5 },
    });
    expect(summary?.rejected).toEqual([
      'out/out.json/part-00000-5c1a.json:3: not a JSON record',
      'offsets 5000–5100 fall outside the text of "a-post" (304 characters)',
    ]);
  });

  it('replaces the previous import with the next one', async () => {
    const db = await archiveWithFixtureArticles();
    await run(db, pickFolder(join(fixtures, 'out')));
    const onlyPlain = pickFolder(join(fixtures, 'out')).filter((f) => !f.name.endsWith('.gz'));
    await run(db, onlyPlain);
    const clusters = await readImportedClusters(db, 'passim');
    // Without the gzip part, a-post's wire copy and a-ledger's quote are gone.
    expect(clusters.map((c) => [c.toolId, c.size])).toEqual([['17179869184', 2]]);
    expect((await readClusterImport(db, 'passim'))?.clusters).toBe(1);
  });

  it('fails in words, storing nothing, when the folder has no part files', async () => {
    const db = await archiveWithFixtureArticles();
    const result = await run(
      db,
      pickFolder(join(fixtures, 'out')).filter((f) => f.name === 'conf'),
    );
    expect(result).toMatchObject({
      kind: 'failed',
      reason: expect.stringContaining('No part-* files') as string,
    });
    expect(await readClusterImport(db, 'passim')).toBeUndefined();
  });
});
