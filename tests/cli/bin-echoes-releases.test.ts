import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/run-bin';
import { releasePrintings } from '../support/release-printings';
import { tempDir } from '../support/temp-dir';

/** A 10-paragraph release printed by 12 papers (edits, trims, an unrelated quote), as .txt files. */
function corpus(): string[] {
  const dir = tempDir('verso-releases-');
  return releasePrintings(12).map((a) => {
    const path = join(dir, `${a.id}.txt`);
    writeFileSync(path, `Title: ${a.title}\nSource: ${a.source}\nDate: ${a.date}\n\n${a.text}\n`);
    return path;
  });
}

interface ReleaseLine {
  type: 'release';
  clusters: string[];
  articles: number;
  sources: number;
  first: string[];
  printings: { doc: string; kept: number; date?: string; source?: string }[];
}

describe('verso echoes --releases (built bin)', () => {
  it('writes one release for the story, first printed by paper 0, with every printing', () => {
    const files = corpus();
    const run = runBin(['echoes', '--jsonl', '--releases', ...files]);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; id?: string; path?: string });
    const paths = new Map(lines.filter((l) => l.type === 'document').map((l) => [l.id, l.path]));
    const clusterIds = new Set(lines.filter((l) => l.type === 'cluster').map((l) => l.id));
    const releases = lines.filter((l) => l.type === 'release') as unknown as ReleaseLine[];
    expect(releases).toHaveLength(1);
    const [release] = releases;
    expect(release?.clusters.length).toBeGreaterThan(1);
    for (const id of release?.clusters ?? []) expect(clusterIds.has(id)).toBe(true);
    expect(release?.articles).toBe(12);
    expect(release?.sources).toBe(12);
    expect(release?.first.map((d) => paths.get(d))).toEqual([files[0]]);
    // Earliest first: paper 0's printing, then by date.
    const dates = release?.printings.map((p) => p.date ?? '') ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(release?.printings[0]?.source).toBe('Paper 0');
    // Paper 3 cut its last three paragraphs, so it kept fewer passages than paper 4.
    const kept = (k: number) =>
      release?.printings.find((p) => paths.get(p.doc)?.endsWith(`printing-${k}.txt`))?.kept ?? 0;
    expect(kept(4)).toBe(release?.clusters.length);
    expect(kept(3)).toBeLessThan(kept(4));
  });

  it('says the release in the plain report, and writes none without the option', () => {
    const files = corpus();
    const plain = runBin(['echoes', '--releases', ...files]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('1 release (clusters of one reprinted story)');
    expect(plain.stdout).toMatch(
      /Release 1 · story reprinted: \d+ passages in 12 files from 12 sources/,
    );
    expect(plain.stdout).toMatch(/first: \S+printing-0\.txt · Paper 0 · 2026-03-02\n/);
    expect(plain.stdout).toMatch(
      /printing-3\.txt · Paper 3 · 2026-03-06 · kept \d+ of \d+ passages/,
    );
    const without = runBin(['echoes', '--json', ...files]);
    expect(Object.keys(JSON.parse(without.stdout) as object)).toEqual([
      'documents',
      'echoes',
      'clusters',
    ]);
  });
});
