import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const run = async (...args: string[]) => {
  const { code, out, err } = await runCommand(runEchoes, args);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

const stories = [
  'The harvest of apples in the county came early this year after a warm spring, and orchards near Keynsham reported record yields.',
  'A new cycle path between the station and the university opened on Friday after two years of delays caused by a dispute over land.',
  'Councillors voted to keep the library open on Sundays following a petition signed by more than four thousand residents last month.',
];
const footer =
  'Sign up to the Bath Chronicle morning newsletter to get the top stories from the city delivered straight to your inbox every weekday.';
const wire =
  'Flood defences along the River Avon will be rebuilt at a cost of 240 million pounds after the winter storms breached the embankment in three places.';

// Markdown notes as a monitor keeps them: each names its paper and day in its front matter.
function note(dir: string, name: string, source: string, day: number, body: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `---\ntitle: ${name}\nsource: ${source}\ndate: 2026-03-0${day}T08:00:00Z\n---\n\n${body}\n`,
  );
  return path;
}

interface Parsed {
  documents: { id: string; path: string; source?: string; date?: string }[];
  clusters: { boilerplate: boolean; passages: { doc: string; text: string }[] }[];
}

describe('echoes: the sources the files name', () => {
  it("marks a passage every article of one paper carries as boilerplate, as the app does, and a wire story's copies in three papers not", async () => {
    const dir = tempDir('verso-echoes-sources-');
    const files = stories.map((story, i) =>
      note(dir, `chronicle-${i}.md`, 'Bath Chronicle', i + 1, `${story}\n\n${footer}`),
    );
    const papers = ['Western Daily', 'Avon Echo', 'Bristol Post'].map((paper, i) =>
      note(dir, `wire-${i}.md`, paper, i + 4, wire),
    );
    const { code, out } = await run('--json', ...files, ...papers);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as Parsed;
    const flags = parsed.clusters.map((c) => [c.passages[0]?.text.slice(0, 16), c.boilerplate]);
    expect(flags).toEqual(
      expect.arrayContaining([
        ['Sign up to the B', true],
        ['Flood defences a', false],
      ]),
    );
    expect(flags).toHaveLength(2);
    const report = await run(...files, ...papers);
    expect(report.out.match(/boilerplate: every copy is from Bath Chronicle/g)).toHaveLength(1);
    // As the app counts them: files, and the sources they come from.
    expect(report.out).toContain('3 copies in 3 files from 1 source ·');
    expect(report.out).toContain('3 copies in 3 files from 3 sources ·');
  });

  it('says in --json and --jsonl which source and date each document gives, so who printed first needs no other lookup', async () => {
    const dir = tempDir('verso-echoes-doc-facts-');
    const a = note(dir, 'a.md', 'Western Daily', 5, wire);
    const b = note(dir, 'b.md', 'Avon Echo', 2, wire);
    const plain = join(dir, 'c.txt');
    writeFileSync(plain, `${wire}\n`);
    const parsed = JSON.parse((await run('--json', a, b, plain)).out) as Parsed;
    expect(parsed.documents.map(({ path, source, date }) => ({ path, source, date }))).toEqual([
      { path: a, source: 'Western Daily', date: '2026-03-05T08:00:00Z' },
      { path: b, source: 'Avon Echo', date: '2026-03-02T08:00:00Z' },
      { path: plain, source: undefined, date: undefined },
    ]);
    const lines = (await run('--jsonl', a, b, plain)).out
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { type: string; source?: string });
    expect(lines.filter((l) => l.type === 'document').map((l) => l.source)).toEqual([
      'Western Daily',
      'Avon Echo',
      undefined,
    ]);
  });

  it('counts one paper named by its site name and by its address as one source, as the app does', async () => {
    const dir = tempDir('verso-echoes-publishers-');
    // The Chronicle's footer under its name and, where a page named no site, its address.
    const files = stories.map((story, i) =>
      note(
        dir,
        `chronicle-${i}.md`,
        i === 1 ? 'https://www.bathchronicle.example/' : 'Bath Chronicle',
        i + 1,
        `${story}\n\n${footer}`,
      ),
    );
    const papers = ['Western Daily', 'www.westerndaily.example', 'Avon Echo'].map((paper, i) =>
      note(dir, `wire-${i}.md`, paper, i + 4, wire),
    );
    const report = await run(...files, ...papers);
    expect(report.out.match(/boilerplate: every copy is from Bath Chronicle/g)).toHaveLength(1);
    expect(report.out).toContain('3 copies in 3 files from 1 source ·');
    expect(report.out).toContain('3 copies in 3 files from 2 sources ·');
  });

  it('says files that name no source as files of unknown source, as the app says them, not as sources', async () => {
    const dir = tempDir('verso-echoes-unnamed-');
    const named = note(dir, 'a.md', 'Avon Echo', 2, wire);
    const plain = ['b.txt', 'c.txt'].map((name) => {
      const path = join(dir, name);
      writeFileSync(path, `${wire}\n`);
      return path;
    });
    expect((await run(named, ...plain)).out).toContain(
      '3 copies in 3 files from 1 source and 2 files of unknown source ·',
    );
    const one = note(dir, 'd.md', 'Western Daily', 3, wire);
    expect((await run(named, one, plain[0] ?? '')).out).toContain(
      '3 copies in 3 files from 2 sources and 1 file of unknown source ·',
    );
    // Files that name no source at all say nothing of sources, as before.
    const third = join(dir, 'e.txt');
    writeFileSync(third, `${wire}\n`);
    expect((await run(...plain, third)).out).toMatch(/3 copies in 3 files · similarity/);
  });
});
