import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const story =
  'Ministers have approved £200m in emergency funding for flood defences along the River Severn, the Environment Secretary said on Tuesday, adding that work would begin in March.';

/** A saved page of the story, dated as its meta tag says (in whatever form the site wrote). */
function page(dir: string, name: string, site: string, published: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `<!doctype html><html><head><title>Flood money</title><meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${published}"></head><body><article><h1>Flood money</h1><p>${story}</p><p>Councillors welcomed the money but said it was not enough for every town on the river.</p></article></body></html>`,
  );
  return path;
}

describe('echoes: the origin line counts only the dates it could read', () => {
  it('does not call a copy the earliest of two dated files when the other date was not read', async () => {
    const dir = tempDir('verso-echoes-origin-dates-');
    // "01/03/2026" is not a form the dates are read in (day or month first?): the clusters treat
    // that copy as undated, so the later one is the origin. The line must not say it is the
    // earliest of both.
    const early = page(dir, 'early.html', 'Early Gazette', '01/03/2026');
    const later = page(dir, 'later.html', 'Daily Ledger', '2026-03-03T08:00:00Z');
    const { code, out } = await runCommand(runEchoes, [early, later]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).not.toContain('the earliest of 2 dated files');
    expect(text).toContain(
      `  first: ${later} · Daily Ledger · 2026-03-03T08:00:00Z (the earliest of 1 dated file; 1 more gives a date that could not be read)`,
    );
  });

  it('claims no origin when the only date given could not be read', async () => {
    const dir = tempDir('verso-echoes-origin-dates-');
    const a = page(dir, 'a.html', 'Early Gazette', '01/03/2026');
    const b = join(dir, 'b.txt');
    writeFileSync(b, `Elsewhere.\n\n${story}\n`);
    const { code, out } = await runCommand(runEchoes, [a, b]);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('Cluster 1');
    expect(out.join('\n')).not.toContain('first:');
  });

  it('puts a page as published before its update, though the update’s file is older', async () => {
    const dir = tempDir('verso-echoes-origin-dates-');
    // One page saved twice: at 08:00 as published, and its update stating an 18:30 change. Each
    // file's own time (today, as saved) dated the first printing after the update.
    const first = page(dir, 'first.html', 'Daily Ledger', '2026-03-02T08:00:00Z');
    const update = join(dir, 'update.html');
    writeFileSync(
      update,
      readFileSync(first, 'utf8').replace(
        '</head>',
        '<meta property="article:modified_time" content="2026-03-02T18:30:00Z"></head>',
      ),
    );
    const past = new Date('2026-03-03T00:00:00Z');
    utimesSync(update, past, past);
    const { code, out } = await runCommand(runEchoes, ['--json', update, first]);
    expect(code).toBe(0);
    const json = JSON.parse(out.join('')) as {
      documents: { id: string; path: string }[];
      clusters: { origin: number; passages: { doc: string }[] }[];
    };
    const [cluster] = json.clusters;
    const origin = cluster?.passages[cluster.origin]?.doc;
    expect(json.documents.find((d) => d.id === origin)?.path).toBe(first);
  });
});
