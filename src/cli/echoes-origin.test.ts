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

const story =
  'Ministers have approved £200m in emergency funding for flood defences along the River Severn, the Environment Secretary said on Tuesday, adding that work would begin in March.';

// One wire story in three papers: a page and two Markdown notes, each dated by its file.
function papers(): { early: string; middle: string; late: string } {
  const dir = tempDir('verso-echoes-origin-');
  const late = join(dir, 'a-late.md');
  writeFileSync(
    late,
    `---\ntitle: Severn funding\nsource: Evening Post\ndate: 2026-03-09\n---\n\n# Severn funding\n\n${story}\n`,
  );
  const middle = join(dir, 'b-middle.md');
  writeFileSync(
    middle,
    `---\ntitle: Flood money\nsource: Courier\ndate: 2026-03-05\n---\n\n${story.replace('£200m', '£200 million')}\n`,
  );
  const early = join(dir, 'c-early.html');
  writeFileSync(
    early,
    `<!doctype html><html><head><title>Flood defences</title><meta property="og:site_name" content="Daily Ledger"><meta property="article:published_time" content="2026-03-03T08:00:00Z"></head><body><article><h1>Flood defences</h1><p>${story}</p><p>Councillors welcomed the money but said it was not enough for every town on the river.</p></article></body></html>`,
  );
  return { early, middle, late };
}

describe('echoes: who printed a passage first', () => {
  it('reads Markdown as its article: the front matter is not quoted as a passage', async () => {
    const { middle, late } = papers();
    const { code, out } = await run('--json', late, middle);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      documents: { path: string; title: string; text: string }[];
      clusters: { passages: { text: string }[] }[];
    };
    expect(parsed.documents.map((d) => d.title)).toEqual(['Severn funding', 'Flood money']);
    for (const doc of parsed.documents) expect(doc.text).not.toMatch(/source:|date:|---/);
    const passages = parsed.clusters.flatMap((c) => c.passages.map((p) => p.text));
    expect(passages.length).toBeGreaterThanOrEqual(2);
    for (const text of passages) expect(text).not.toMatch(/source:|---/);
  });

  it('names the earliest dated copy the origin, whatever order the files are given in', async () => {
    const { early, middle, late } = papers();
    const json = await run('--json', late, middle, early);
    const parsed = JSON.parse(json.out) as {
      documents: { id: string; path: string }[];
      clusters: { origin: number; passages: { doc: string }[] }[];
    };
    const cluster = parsed.clusters[0];
    const origin = cluster?.passages[cluster.origin]?.doc;
    expect(parsed.documents.find((d) => d.id === origin)?.path).toBe(early);
    const text = await run(late, middle, early);
    expect(text.out).toContain(
      `  first: ${early} · Daily Ledger · 2026-03-03T08:00:00Z (the earliest of 3 dated files)`,
    );
  });

  it('names every paper dated on the earliest day, not one of them', async () => {
    const { early, late } = papers();
    const same = join(tempDir('verso-echoes-tie-'), 'd-same-day.md');
    writeFileSync(
      same,
      `---\ntitle: Severn money\nsource: Courier\ndate: 2026-03-03\n---\n\n${story}\n`,
    );
    const text = await run(late, same, early);
    expect(text.out).toContain(
      `  first: ${early} · Daily Ledger · 2026-03-03T08:00:00Z and ${same} · Courier · 2026-03-03 (tied on 2026-03-03 UTC, as 1 gives the day without a time, the earliest of 3 dated files)`,
    );
  });

  it('orders one day’s papers by the times they state: the earliest is first, alone', async () => {
    const dir = tempDir('verso-echoes-times-');
    // The q24 wire story: four papers on 3 Mar at 06, 09, 12 and 15 UTC, given out of order.
    const printed = ['12', '09', '15', '06'].map((hour, n) => {
      const file = join(dir, `p${n}.md`);
      writeFileSync(
        file,
        `---\ntitle: Severn ${n}\nsource: Paper ${hour}\ndate: 2026-03-03T${hour}:00:00Z\n---\n\n${story}\n`,
      );
      return file;
    });
    const { out } = await run(...printed);
    expect(out).toContain(
      `  first: ${printed[3]} · Paper 06 · 2026-03-03T06:00:00Z (the earliest of 4 dated files)`,
    );
    expect(out).not.toContain('tied on');
  });

  it('claims no origin for undated text files', async () => {
    const dir = tempDir('verso-echoes-undated-');
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, `${story}\n`);
    writeFileSync(b, `Elsewhere.\n\n${story}\n`);
    const { code, out } = await run(a, b);
    expect(code).toBe(0);
    expect(out).toContain('Cluster 1');
    expect(out).not.toContain('first:');
  });
});

describe('echoes: 1,500 papers tied for first', () => {
  it('names every one, a line each under the count', async () => {
    const dir = tempDir('verso-echoes-ties-');
    const files = Array.from({ length: 1_500 }, (_, n) => {
      const file = join(dir, `p${n}.md`);
      // One stated time, or the day alone: none can be ordered before another.
      const date = n % 2 === 0 ? '2026-03-03T06:00:00Z' : '2026-03-03';
      writeFileSync(
        file,
        `---\ntitle: Severn funding ${n}\nsource: Paper ${n}\ndate: ${date}\n---\n\n${story}\n`,
      );
      return file;
    });
    const { code, out } = await run(...files);
    expect(code).toBe(0);
    expect(out).toContain(
      '  first: 1,500 files tied on 2026-03-03 UTC, as 750 give the day without a time (the earliest of 1500 dated files):',
    );
    for (const [n, file] of files.entries())
      expect(out).toContain(`\n    ${file} · Paper ${n} · 2026-03-03`);
  }, 120_000);
});
