import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const story = [
  'The council met on Tuesday to vote on the budget for next year, which includes new spending on roads and schools across the district.',
  'Councillors argued for three hours before the vote was taken late in the evening, with the opposition walking out before the end.',
  'The mayor said after the vote that the budget was the best the town could afford in a year when every council is short of money.',
];
const edited = story.map((p) => p.replace('three hours', 'four long hours'));

// A paper's original and two later reprints that share one edit: the engine aligns the copies to
// a reprint (two alike make the better centre), an edited later copy.
function printings(dates: readonly string[]): { first: string; paths: string[] } {
  const dir = tempDir('verso-first-printing-');
  const files = [
    { name: 'a.txt', source: 'Coast Gazette', body: story },
    { name: 'b.txt', source: 'Daily Ledger', body: edited },
    { name: 'c.txt', source: 'Bath Chronicle', body: edited },
  ];
  const paths = files.map(({ name, source, body }, i) => {
    const path = join(dir, name);
    const date = dates[i] ? `Date: ${dates[i]}\n` : '';
    writeFileSync(path, `Source: ${source}\n${date}\n${body.join('\n\n')}\n`);
    return path;
  });
  return { first: paths[0] ?? '', paths: paths.reverse() };
}

const report = async (paths: readonly string[]): Promise<string> => {
  const { code, out, err } = await runCommand(runEchoes, ['--min-words', '12', ...paths]);
  expect(err.join('\n')).toBe('');
  expect(code).toBe(0);
  return out.join('\n');
};

describe('echoes’ report: the first printing’s words stand for a cluster, as in the app', () => {
  it('heads the cluster with the earliest dated copy and marks each reprint against it', async () => {
    const { first, paths } = printings(['2026-05-01', '2026-05-02', '2026-05-03']);
    // The engine's representative is a reprint: the JSON says so.
    const json = await runCommand(runEchoes, ['--json', '--min-words', '12', ...paths]);
    const parsed = JSON.parse(json.out.join('')) as {
      documents: { id: string; path: string }[];
      clusters: { representative: number; passages: { doc: string }[] }[];
    };
    const [cluster] = parsed.clusters;
    const rep = cluster?.passages[cluster.representative]?.doc;
    expect(parsed.documents.find((d) => d.id === rep)?.path).not.toBe(first);

    const text = await report(paths);
    expect(text).toContain(`  F  ${first} [`);
    expect(text).not.toContain('(representative)');
    // Each reprint's edit is what it added to the original, not what the original lacks.
    expect(text.match(/\{\+four long\+\}/g)).toHaveLength(2);
    expect(text).not.toMatch(/\[-four long-\]/);
  });

  it('prints a pair with the first printing as A, whichever copy the engine centred on', async () => {
    const dir = tempDir('verso-first-pair-');
    // The reprint's own first paragraph makes it the engine's centre (the most paragraphs:
    // canonical-order.ts); it also added a word to the story.
    const reprinted = [
      'An editor’s note: this report first ran in the Coast Gazette and is printed here with permission.',
      ...story.map((p) => p.replace('for three hours', 'for three long hours')),
    ];
    const original = join(dir, 'original.txt');
    const reprint = join(dir, 'reprint.txt');
    writeFileSync(original, `Source: Coast Gazette\nDate: 2026-05-01\n\n${story.join('\n\n')}\n`);
    writeFileSync(reprint, `Source: Daily Ledger\nDate: 2026-05-04\n\n${reprinted.join('\n\n')}\n`);
    for (const order of [
      [original, reprint],
      [reprint, original],
    ]) {
      const text = await report(order);
      expect(text).toContain(`  A  ${original} [`);
      expect(text).toContain(`  B  ${reprint} [`);
      // What the reprint added, said as added to the original, not cut from it.
      expect(text).toMatch(/\{\+long\+\}/);
      expect(text).not.toMatch(/\[-long-\]/);
    }
  });

  it('keeps the representative when no copy is dated', async () => {
    const { paths } = printings([]);
    const text = await report(paths);
    expect(text).toContain('(representative)');
    expect(text).not.toContain('first printing');
  });
});
