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

const story = [
  'The council met on Tuesday to vote on the budget for next year, which includes new spending on roads and schools across the district.',
  'Councillors argued for three hours before the vote was taken late in the evening, with the opposition walking out before the end.',
  'The mayor said after the vote that the budget was the best the town could afford in a year when every council is short of money.',
];
const edited = [story[0], story[1]?.replace('three hours', 'four hours'), story[2]];
const other =
  'A new cycle path between the station and the university opened on Friday after two years of delays caused by a dispute over land.';
const library =
  'Councillors voted to keep the library open on Sundays following a petition signed by more than four thousand residents last month.';
const footer =
  'Sign up to the Coast Gazette morning newsletter to get the top stories from the town delivered straight to your inbox every weekday.';

// A page as saved from the paper's site: its name, address and publication time in meta tags.
function page(dir: string, name: string, address: string, time: string, paras: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `<!doctype html><html><head><title>${name}</title>
<meta property="og:site_name" content="Coast Gazette"><meta property="og:title" content="${address}">
<link rel="canonical" href="https://coastgazette.example/news/${address}?utm_source=x">
<meta property="article:published_time" content="${time}"></head>
<body><article><h1>${address}</h1>${paras.map((p) => `<p>${String(p)}</p>`).join('')}</article></body></html>`,
  );
  return path;
}

interface Parsed {
  clusters: { kind: string; boilerplate: boolean; passages: { doc: string }[] }[];
  echoes: { kind: string }[];
}

describe('echoes: versions of one story', () => {
  it('names an edited page’s two copies versions, as the app does, and one paper’s footer still boilerplate', async () => {
    const dir = tempDir('verso-echoes-versions-');
    const files = [
      page(dir, 'story-v2.html', 'council-budget', '2026-11-30T11:30:00Z', edited),
      page(dir, 'story-v1.html', 'council-budget', '2026-11-30T09:00:00Z', story),
      page(dir, 'cycle-path.html', 'cycle-path', '2026-11-29T08:00:00Z', [other, footer]),
      page(dir, 'library.html', 'library', '2026-11-28T08:00:00Z', [library, footer]),
    ];
    const json = await run('--json', '--min-words', '12', ...files);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as Parsed;
    const kinds = parsed.clusters.map((c) => [c.kind, c.boilerplate, c.passages.length]);
    expect(kinds).toContainEqual(['version', false, 2]);
    expect(kinds).toContainEqual(['across', true, 2]);
    expect(parsed.echoes.map((e) => e.kind)).toContain('version');
    const text = await run('--min-words', '12', ...files);
    const [versions] = text.out.split('\n\n').filter((block) => block.includes('versions:'));
    expect(versions).toContain('story-v1.html');
    expect(versions).toContain('versions: every copy is a version of one story');
    expect(versions).not.toContain('boilerplate:');
  });

  it('links Markdown notes by publisher (under either spelling) and headline, not by publisher alone', async () => {
    const dir = tempDir('verso-echoes-versions-md-');
    const note = (name: string, source: string, title: string, body: string): string => {
      const path = join(dir, name);
      writeFileSync(path, `---\ntitle: ${title}\nsource: ${source}\n---\n\n${body}\n`);
      return path;
    };
    const files = [
      note('a.md', 'Coast Gazette', 'Council votes on budget', story.join('\n\n')),
      note('b.md', 'coastgazette.example', 'Council votes on budget', edited.join('\n\n')),
      note('c.md', 'Coast Gazette', 'Cycle path opens', other),
      note('d.md', 'Coast Gazette', 'Cycle path: the reaction', `${other}\n\n${footer}`),
    ];
    const parsed = JSON.parse((await run('--json', '--min-words', '12', ...files)).out) as Parsed;
    const byDocs = parsed.clusters.map((c) => [c.kind, new Set(c.passages.map((p) => p.doc)).size]);
    expect(byDocs).toContainEqual(['version', 2]);
    expect(parsed.clusters.every((c) => c.kind !== 'version' || c.passages.length === 2)).toBe(
      true,
    );
  });

  it('links .txt files whose header lines name one paper and one headline, as the app does', async () => {
    const dir = tempDir('verso-echoes-txt-versions-');
    // UTF-8 (read as bytes) and Latin-1 (decoded first: 'café' is one byte there).
    for (const encoding of ['utf8', 'latin1'] as const) {
      const text = (name: string, date: string, paras: unknown[]): string => {
        const path = join(dir, `${encoding}-${name}`);
        const header = `Source: Coast Gazette\nTitle: Council passes budget\nDate: ${date}\n\n`;
        writeFileSync(path, Buffer.from(`${header}${paras.join('\n\n')} Café.\n`, encoding));
        return path;
      };
      const files = [text('v1.txt', '2026-03-01', story), text('v2.txt', '2026-03-02', edited)];
      const json = await run('--json', '--min-words', '12', ...files);
      expect(json.code).toBe(0);
      const parsed = JSON.parse(json.out) as Parsed;
      expect(parsed.clusters.map((c) => [c.kind, c.boilerplate])).toEqual([['version', false]]);
    }
  });
});
