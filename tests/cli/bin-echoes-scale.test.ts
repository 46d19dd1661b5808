import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { repoPath, versoBin } from '../support/run-bin';

const TEXTS = [
  'The council met on Tuesday to decide the budget for the coming year.',
  'In the evening the council met on Tuesday to decide the budget for the coming year, again.',
  'Nothing else.',
];

/**
 * A folder of `n` small files, the three texts in turn, and a list naming them (n paths, n
 * documents). Real files, not one name listed n times: the CLI reads each real file once.
 */
function listOf(n: number): { dir: string; list: string } {
  const dir = tempDir('verso-many-');
  const files = Array.from({ length: n }, (_, i) => {
    const file = join(dir, `${i}.txt`);
    writeFileSync(file, TEXTS[i % 3] ?? '');
    return file;
  });
  const list = join(dir, 'list.txt');
  writeFileSync(list, `${files.join('\n')}\n`);
  return { dir, list };
}

// `npm run --silent cli -- …` as the README gives it (npm, scripts/cli.mjs, the built command).
const npmCli = (args: readonly string[], input?: string) =>
  spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: repoPath('.'),
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });

describe('verso echoes at archive scale', () => {
  it('reads 100,000 paths from --files-from FILE and from standard input through npm run cli', () => {
    const { list } = listOf(100_000);
    const fromFile = npmCli(['echoes', '--json', '--files-from', list]);
    expect(fromFile.stderr).toBe('');
    expect(fromFile.status).toBe(0);
    const json = JSON.parse(fromFile.stdout) as {
      documents: { id: string; text: string }[];
      clusters: { size: number }[];
    };
    expect(json.documents).toHaveLength(100_000);
    expect(json.documents[99_999]).toMatchObject({ id: 'doc100000', text: TEXTS[0] });
    // The council sentence, in two of every three documents, is one cluster of all its copies.
    expect(json.clusters.map((c) => c.size)).toContain(66_667);

    const fromStdin = npmCli(
      ['echoes', '--jsonl', '--files-from', '-'],
      readFileSync(list, 'utf8'),
    );
    expect(fromStdin.status).toBe(0);
    const lines = fromStdin.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('{"type":"document"'))).toHaveLength(100_000);
    expect(lines.filter((l) => l.startsWith('{"type":"cluster"')).length).toBeGreaterThan(0);
  }, 240_000);

  it('never loads the HTML extraction (linkedom, Readability) when every input is text', () => {
    // The built command without the chunks that hold linkedom and Readability.
    const copy = tempDir('verso-no-html-');
    cpSync(join(versoBin, '..'), copy, { recursive: true });
    const removed = readdirSync(copy).filter((f) => {
      const code = f.endsWith('.mjs') ? readFileSync(join(copy, f), 'utf8') : '';
      return code.includes('node_modules/linkedom/') || code.includes('@mozilla/readability');
    });
    expect(removed.length).toBeGreaterThan(0);
    for (const f of removed) rmSync(join(copy, f));
    const { dir } = listOf(3);
    const texts = [0, 1, 2].map((i) => join(dir, `${i}.txt`));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(copy, 'verso.mjs'), 'echoes', ...args], {
        encoding: 'utf8',
      });
    const txt = run('--json', ...texts);
    expect(txt.stderr).toBe('');
    expect(txt.status).toBe(0);
    expect((JSON.parse(txt.stdout) as { clusters: unknown[] }).clusters).toHaveLength(1);
    // An HTML input does need them: the same copy fails on one.
    const html = run('--json', repoPath('tests/fixtures/archive/saved-page.html'));
    expect(html.status).not.toBe(0);
    expect(html.stderr).toMatch(/Cannot find module/);
  });
});
