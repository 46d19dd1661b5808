import { describe, expect, it } from 'vitest';
import { fileArgs } from './open-args';
import { addRecent, maxRecent, parseRecent } from './recent-files';

describe('fileArgs', () => {
  const exists = new Set(['/home/a/news.html', '/home/a/notes.md', '/work/story.txt']);
  const isFile = (path: string): boolean => exists.has(path);

  it('takes the importable files of a launch, resolving relative ones against its folder', () => {
    const argv = ['/opt/Verso/verso', '--no-sandbox', 'news.html', '/work/story.txt', 'notes.md'];
    expect(fileArgs(argv, '/home/a', isFile)).toEqual([
      '/home/a/news.html',
      '/work/story.txt',
      '/home/a/notes.md',
    ]);
  });

  it('skips the executable, the entry script, flags, other types and missing files', () => {
    const argv = [
      '/usr/bin/electron',
      'out/main/index.js',
      '--allow-file-access-from-files=x.html',
      '-psn_0_12345',
      '/home/a/photo.png',
      '/home/a/gone.txt',
      '/home/a/news.html',
      '/home/a/news.html',
    ];
    expect(fileArgs(argv, '/home/a', isFile)).toEqual(['/home/a/news.html']);
  });
});

describe('recent files', () => {
  it('puts new files first, most recent first, without duplicates', () => {
    expect(addRecent(['/a.txt', '/b.txt'], ['/c.txt', '/a.txt'])).toEqual([
      '/a.txt',
      '/c.txt',
      '/b.txt',
    ]);
  });

  it('keeps only the last ten', () => {
    const many = Array.from({ length: 15 }, (_, i) => `/f${i}.txt`);
    const list = addRecent([], many);
    expect(list).toHaveLength(maxRecent);
    expect(list[0]).toBe('/f14.txt');
  });

  it('reads back only a list of strings', () => {
    expect(parseRecent(['/a.txt', 3, null, '/b.md'])).toEqual(['/a.txt', '/b.md']);
    expect(parseRecent({ path: '/a.txt' })).toEqual([]);
    expect(parseRecent(null)).toEqual([]);
  });
});
