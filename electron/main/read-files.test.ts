import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maxArticleFileBytes, planOpened, readBatch, walk, type FoundFile } from './read-files';
import { planBatches } from './pick-plan';
import { notAnArticle } from '../../src/import/not-articles';
import { createPickStore } from './pick-store';

const dir = mkdtempSync(join(tmpdir(), 'verso-opened-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('planOpened (files the OS hands over: Open with, a second launch, open-file)', () => {
  it('sends 450 opened files in batches of at most 200, never in one message', async () => {
    const paths = Array.from({ length: 450 }, (_, n) => {
      const path = join(dir, `a-${n}.txt`);
      writeFileSync(path, `Article ${n}.`);
      return path;
    });
    const batches = await planOpened(paths);
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50]);
    expect(batches.flat().map((f) => f.path)).toEqual(paths);
    const [first] = await readBatch(batches[0] ?? []);
    expect(first).toMatchObject({ name: 'a-0.txt', relativePath: 'a-0.txt' });
    expect(new TextDecoder().decode(first?.bytes)).toBe('Article 0.');
  });

  it('refuses a file over the article limit by its size, never reading it', async () => {
    const big = join(dir, 'huge.html');
    writeFileSync(big, '');
    // Sparse: stat says 11 MB, and reading it would cost as much.
    truncateSync(big, maxArticleFileBytes + 1024 * 1024);
    const small = join(dir, 'small.md');
    writeFileSync(small, '# Small');
    const [batch] = await planOpened([big, small]);
    expect(batch?.map((f) => [f.path, f.refused])).toEqual([
      [big, true],
      [small, false],
    ]);
    const files = await readBatch(batch ?? []);
    expect(files[0]).toMatchObject({ name: 'huge.html', size: maxArticleFileBytes + 1024 * 1024 });
    expect(files[0]?.bytes.length).toBe(0);
  });

  it('bounds a batch by bytes too (16 MB), and leaves out a file that vanished', async () => {
    const paths = Array.from({ length: 4 }, (_, n) => {
      const path = join(dir, `b-${n}.txt`);
      writeFileSync(path, '');
      truncateSync(path, 6 * 1024 * 1024);
      return path;
    });
    const batches = await planOpened([...paths, join(dir, 'gone.txt')]);
    expect(batches.map((b) => b.length)).toEqual([2, 2]);
  });

  it('becomes a pick the page fetches batch by batch, the last fetch ending it', async () => {
    const picks = createPickStore();
    const batches = await planOpened([join(dir, 'a-1.txt'), join(dir, 'a-2.txt')]);
    const pick = picks.add(batches);
    expect(pick.batches).toBe(1);
    expect(picks.take(pick.id, 0)?.length).toBe(2);
    expect(picks.take(pick.id, 0)).toBeUndefined();
    expect(picks.take(pick.id + 1, 0)).toBeUndefined();
  });
});

describe('walk (a picked folder)', () => {
  it('names hidden files to the import unread, paths starting with the folder picked', async () => {
    const picked = join(dir, 'news');
    mkdirSync(join(picked, '.git'), { recursive: true });
    mkdirSync(join(picked, '2026'), { recursive: true });
    writeFileSync(join(picked, 'story.txt'), 'The harbour board met.');
    writeFileSync(join(picked, '2026', 'later.md'), '# Later');
    writeFileSync(join(picked, '.notes.txt'), 'Notes to self.');
    writeFileSync(join(picked, '.DS_Store'), 'Bud1');
    writeFileSync(join(picked, '.git', 'HEAD'), 'ref: refs/heads/main');
    writeFileSync(join(picked, 'photo.jpg'), 'not read');
    const found: FoundFile[] = [];
    await walk(picked, dir, found);
    const files = (
      await Promise.all(planBatches(found, maxArticleFileBytes).map(readBatch))
    ).flat();
    const byPath = new Map(files.map((f) => [f.relativePath.replace(/\\/g, '/'), f]));
    expect([...byPath.keys()].sort()).toEqual([
      'news/.DS_Store',
      'news/.git/HEAD',
      'news/.notes.txt',
      'news/2026/later.md',
      'news/story.txt',
    ]);
    // The import counts the hidden ones as passed over; none of them crossed as bytes.
    expect([...byPath.keys()].map((path) => notAnArticle(path) ?? 'read')).toEqual(
      [...byPath.keys()].map((path) =>
        path.endsWith('.DS_Store') ? 'system file' : path.includes('/.') ? 'hidden file' : 'read',
      ),
    );
    expect(byPath.get('news/.notes.txt')?.bytes.length).toBe(0);
    expect(byPath.get('news/.git/HEAD')?.bytes.length).toBe(0);
    expect(new TextDecoder().decode(byPath.get('news/story.txt')?.bytes)).toBe(
      'The harbour board met.',
    );
  });
});
