import 'fake-indexeddb/auto';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';
import { openArchive } from '../db/database';
import { importItems } from '../import/import-items';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';

const story = [
  'The council met on Tuesday to vote on the budget for next year, which includes new spending on roads and schools across the district.',
  'Councillors argued for three hours before the vote was taken late in the evening, with the opposition walking out before the end.',
  'The mayor said after the vote that the budget was the best the town could afford in a year when every council is short of money.',
];
const edited = [story[0], story[1]?.replace('three hours', 'four hours'), story[2]];

interface Parsed {
  documents: { id: string; path: string }[];
  clusters: { kind: string; origin: number; passages: { doc: string }[] }[];
}

const echoes = async (...args: string[]): Promise<Parsed> => {
  const { code, out, err } = await runCommand(runEchoes, ['--json', '--min-words', '12', ...args]);
  expect(err.join('\n')).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out.join('\n')) as Parsed;
};

describe('echoes: .txt files linked by their URL: line', () => {
  it('names two texts of one address (once normalised) versions, as the app’s import stores them', async () => {
    const dir = tempDir('verso-echoes-txt-url-');
    // No Source: or Title: line; the second through another door (www, tracking, a trailing /),
    // and in Windows-1252 (é is one byte), which the CLI decodes by another path than UTF-8.
    const files = [
      { name: 'a.txt', url: 'https://coastgazette.example/news/budget', body: story, enc: 'utf8' },
      {
        name: 'b.txt',
        url: 'http://www.coastgazette.example/news/budget/?utm_source=feed',
        body: edited,
        enc: 'latin1',
      },
    ] as const;
    const bytes = files.map(({ url, body, enc }) =>
      Buffer.from(`URL: ${url}\n\n${body.join('\n\n')} Café.\n`, enc),
    );
    const paths = files.map(({ name }, i) => {
      const path = join(dir, name);
      writeFileSync(path, bytes[i] ?? '');
      return path;
    });
    const parsed = await echoes(...paths);
    expect(parsed.clusters.map((c) => c.kind)).toEqual(['version']);

    // Another address: the same edit is then a copy across two stories, not a version.
    writeFileSync(
      paths[1] ?? '',
      Buffer.from(`URL: https://coastgazette.example/news/other\n\n${edited.join('\n\n')}\n`),
    );
    expect((await echoes(...paths)).clusters.map((c) => c.kind)).toEqual(['across']);

    const db = await openArchive(`txt-url-${crypto.randomUUID()}`);
    try {
      await importItems(
        db,
        files.map(({ name }, i) => ({
          kind: 'file',
          file: pickedFile(name, bytes[i] ?? new Uint8Array()),
        })),
        nodeDom,
      );
      const stories = new Set((await db.articles.toArray()).map((a) => a.storyId));
      expect(stories.size).toBe(1);
    } finally {
      await db.delete();
    }
  });
});

describe('echoes: a file’s modified time dates an undated copy', () => {
  it('names the copy saved first the origin, whatever order the files are named in', async () => {
    const dir = tempDir('verso-echoes-mtime-');
    const write = (name: string, savedAt: string): string => {
      const path = join(dir, name);
      writeFileSync(path, `${story.join('\n\n')}\n`);
      const at = new Date(savedAt);
      utimesSync(path, at, at);
      return path;
    };
    const later = write('later.txt', '2026-05-02T10:00:00Z');
    const earlier = write('earlier.txt', '2026-05-01T10:00:00Z');
    for (const order of [
      [later, earlier],
      [earlier, later],
    ]) {
      const parsed = await echoes(...order);
      const [cluster] = parsed.clusters;
      const origin = cluster?.passages[cluster.origin]?.doc;
      expect(parsed.documents.find((d) => d.id === origin)?.path).toBe(earlier);
    }

    // A published date still comes first: a dated copy saved later is the origin all the same.
    const dated = join(dir, 'dated.txt');
    writeFileSync(dated, `Date: 2026-04-01\n\n${story.join('\n\n')}\n`);
    utimesSync(dated, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-01T00:00:00Z'));
    const parsed = await echoes(earlier, dated);
    const [cluster] = parsed.clusters;
    const origin = cluster?.passages[cluster.origin]?.doc;
    expect(parsed.documents.find((d) => d.id === origin)?.path).toBe(dated);
  });

  it('orders versions of one story by their files’ modified times when they give no date', async () => {
    const dir = tempDir('verso-echoes-mtime-versions-');
    const write = (name: string, body: unknown[], savedAt: string): string => {
      const path = join(dir, name);
      writeFileSync(
        path,
        `URL: https://coastgazette.example/news/budget\n\n${body.join('\n\n')}\n`,
      );
      utimesSync(path, new Date(savedAt), new Date(savedAt));
      return path;
    };
    const second = write('second.txt', edited, '2026-05-02T10:00:00Z');
    const first = write('first.txt', story, '2026-05-01T10:00:00Z');
    const parsed = await echoes(second, first);
    const [cluster] = parsed.clusters;
    expect(cluster?.kind).toBe('version');
    const order = cluster?.passages.map((p) => parsed.documents.find((d) => d.id === p.doc)?.path);
    expect(order).toEqual([first, second]);
  });
});
