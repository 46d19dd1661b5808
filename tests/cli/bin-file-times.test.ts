import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/run-bin';
import { tempDir } from '../support/temp-dir';

const story = [
  'The council met on Tuesday to vote on the budget for next year, which includes new spending on roads and schools across the district.',
  'Councillors argued for three hours before the vote was taken late in the evening, with the opposition walking out before the end.',
  'The mayor said after the vote that the budget was the best the town could afford in a year when every council is short of money.',
];
const edited = story.map((p) => p.replace('three hours', 'four hours'));

/** Two undated .txt files naming one address (another door to it for the second), saved apart. */
function twoVersions(firstSaved: string, secondSaved: string): [string, string] {
  const dir = tempDir('verso-file-times-');
  const write = (name: string, url: string, body: string[], savedAt: string): string => {
    const path = join(dir, name);
    writeFileSync(path, `URL: ${url}\n\n${body.join('\n\n')}\n`);
    utimesSync(path, new Date(savedAt), new Date(savedAt));
    return path;
  };
  return [
    write('a.txt', 'https://coastgazette.example/news/budget', story, firstSaved),
    write(
      'b.txt',
      'http://www.coastgazette.example/news/budget/?utm_source=feed',
      edited,
      secondSaved,
    ),
  ];
}

const lines = (out: string): Record<string, unknown>[] =>
  out
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('every command dates and links files as echoes does (one reader)', () => {
  it('gives undated files their modified time and names the later one a version of the first', () => {
    const [a, b] = twoVersions('2026-05-01T09:30:00Z', '2026-05-02T10:00:00Z');

    const passim = runBin(['export-passim', a, b]);
    expect(passim.stderr).toBe('');
    const [ra, rb] = lines(passim.stdout);
    expect([ra?.date, rb?.date]).toEqual(['2026-05-01', '2026-05-02']);
    expect(ra?.versionOf).toBeUndefined();
    expect(rb?.versionOf).toBe(a);
    // The source is the address's host, as the app's import and echoes file it.
    expect(rb?.series).toBe('coastgazette.example');

    const extract = runBin(['extract', '--jsonl', a, b]);
    const [ea, eb] = lines(extract.stdout);
    expect(ea).toMatchObject({ publishedAt: '', modifiedAt: '2026-05-01T09:30:00.000Z' });
    expect(eb).toMatchObject({ modifiedAt: '2026-05-02T10:00:00.000Z', versionOf: a });
    expect(runBin(['extract', a, b]).stdout).toContain(`Version of ${a}\n`);

    const compare = runBin(['compare', '--json', a, b]);
    const pair = JSON.parse(compare.stdout) as Record<'a' | 'b', Record<string, unknown>>;
    expect(pair.a).toMatchObject({ path: a, modifiedAt: '2026-05-01T09:30:00.000Z' });
    expect(pair.b).toMatchObject({ path: b, versionOf: a });
    expect(runBin(['compare', a, b]).stdout.split('\n')[2]).toBe(
      'versions of one story (one address, or one paper and headline)',
    );

    // echoes says the same: one story's versions, the copy saved first its origin.
    const echoes = runBin(['echoes', '--json', '--min-words', '12', b, a]);
    const result = JSON.parse(echoes.stdout) as {
      documents: { id: string; path: string }[];
      clusters: { kind: string; origin: number; passages: { doc: string }[] }[];
    };
    const [cluster] = result.clusters;
    expect(cluster?.kind).toBe('version');
    const origin = cluster?.passages[cluster.origin]?.doc;
    expect(result.documents.find((d) => d.id === origin)?.path).toBe(a);
  });

  it('follows the files’ times, not the order they are named in', () => {
    const [a, b] = twoVersions('2026-05-03T09:00:00Z', '2026-04-30T09:00:00Z');
    const [rb, ra] = lines(runBin(['export-passim', b, a]).stdout);
    expect([ra?.date, rb?.date]).toEqual(['2026-05-03', '2026-04-30']);
    // The first named is the story's first, as the app's import links them in the order it reads.
    expect(ra?.versionOf).toBe(b);
  });
});

describe('a file reached directly and through a symbolic link is read once', () => {
  const folder = (): { dir: string; a: string; link: string } => {
    const dir = join(tempDir('verso-same-file-'), 'press');
    mkdirSync(dir);
    const a = join(dir, 'a.txt');
    writeFileSync(a, `${story.join('\n\n')}\n`);
    const link = join(dir, 'link-to-a.txt');
    symlinkSync(a, link);
    return { dir, a, link };
  };

  it('in echoes, extract and export-passim, saying which file it already read', () => {
    const { dir, a, link } = folder();
    const note = `${link}: the same file as ${a}, read once`;

    const echoes = runBin(['echoes', '--json', '--min-words', '12', dir]);
    expect(echoes.code).toBe(0);
    expect(echoes.stderr.trim()).toBe(note);
    const result = JSON.parse(echoes.stdout) as { documents: unknown[]; clusters: unknown[] };
    // Read twice, the file made a cluster with itself.
    expect(result.documents).toHaveLength(1);
    expect(result.clusters).toEqual([]);

    // Named as a folder and as a path inside it: the folder's a.txt first, the link passed over.
    const twice = runBin(['echoes', '--json', dir, link]);
    expect(twice.stderr.trim().split('\n')).toEqual([note, note]);

    for (const command of ['extract', 'export-passim']) {
      const run = runBin([command, '--jsonl', dir]);
      expect(run.code).toBe(0);
      expect(run.stderr.trim()).toBe(note);
      expect(lines(run.stdout).map((r) => r.path ?? r.id)).toEqual([a]);
    }
  });
});
