import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { runExtract } from './extract-command';
import { readArticles } from './read-articles';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const quote =
  '"We are determined that no family is left waiting for help," said the Housing Minister. "This £200m fund will reach the worst-hit towns before winter."';

/**
 * A monitor's folder as it comes: the release, two papers' printings in folders of their own
 * (one page, one text), and what is no article — an image, a hidden file, macOS's shadow copy,
 * a hidden folder with a copy of a printing in it.
 */
function pressFolder(): string {
  const root = join(tempDir('verso-folder-given-'), 'press');
  for (const dir of ['papers/ledger', 'papers/chronicle', '.cache'])
    mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(
    join(root, 'release.txt'),
    `Source: Ministry of Housing\nDate: 2026-11-16\n\nThe ministry opened its flood fund on Monday.\n\n${quote}\n`,
  );
  writeFileSync(
    join(root, 'papers/ledger/fund.html'),
    `<html><head><title>Flood fund opens</title><meta property="og:site_name" content="Daily Ledger"></head><body><article><h1>Flood fund opens</h1><p>Councils in the north welcomed the money on Tuesday, though some said it came late.</p><p>${quote}</p><p>The fund opens for applications on 1 December, the ministry said.</p></article></body></html>`,
  );
  writeFileSync(
    join(root, 'papers/chronicle/fund.txt'),
    `Source: Bath Chronicle\nDate: 2026-11-17\n\nBath's councillors said they would study the details.\n\n${quote}\n`,
  );
  copyFileSync(join(root, 'papers/chronicle/fund.txt'), join(root, '.cache/fund.txt'));
  writeFileSync(join(root, 'papers/photo.jpg'), 'not read');
  writeFileSync(join(root, 'papers/._fund.txt'), 'not read');
  writeFileSync(join(root, '.notes.txt'), `${quote}\n`);
  return root;
}

const saysFolder = (path: string) =>
  expect.stringContaining(
    `${path}: is a folder; name it as an argument (every file in it is read)`,
  );

describe('a folder given as an argument stands for the files in it, as the app imports a folder', () => {
  it('echoes reads every article under it, in name order, passing over what is no article', async () => {
    const root = pressFolder();
    const { code, out, err } = await runCommand(runEchoes, ['--json', root]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const result = JSON.parse(out.join('')) as {
      documents: { path: string }[];
      clusters: { passages: { doc: number }[] }[];
    };
    // Before: "press: is a folder; give the files in it…", exit 1, nothing read.
    expect(result.documents.map((d) => d.path)).toEqual([
      join(root, 'papers/chronicle/fund.txt'),
      join(root, 'papers/ledger/fund.html'),
      join(root, 'release.txt'),
    ]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.passages).toHaveLength(3);
  });

  it('extract reads a folder the same way, beside files named one by one', async () => {
    const root = pressFolder();
    const { code, out } = await runCommand(runExtract, [
      '--jsonl',
      join(root, 'papers'),
      join(root, 'release.txt'),
    ]);
    expect(code).toBe(0);
    expect(out.map((line) => (JSON.parse(line) as { siteName: string }).siteName)).toEqual([
      'Bath Chronicle',
      'Daily Ledger',
      'Ministry of Housing',
    ]);
  });

  it('a folder with nothing to read is a usage error naming it; nothing is done', async () => {
    const root = join(tempDir('verso-folder-given-'), 'empty');
    mkdirSync(join(root, '.hidden'), { recursive: true });
    writeFileSync(join(root, 'cover.png'), 'not read');
    const { code, out, err } = await runCommand(runEchoes, [root]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toContain(`${root}: no files to read in this folder`);
  });
});

describe('a folder in a list of files', () => {
  it('is said to be a folder, with how to give its files', async () => {
    const root = pressFolder();
    const list = join(root, '..', 'list.txt');
    writeFileSync(list, `${join(root, 'papers')}\n${join(root, 'release.txt')}\n`);
    const { code, err } = await runCommand(runEchoes, ['--files-from', list]);
    expect(code).toBe(1);
    expect(err).toEqual([saysFolder(join(root, 'papers'))]);
  });

  it('export-passim, reading a path itself, says the same', async () => {
    const root = pressFolder();
    const read = [];
    for await (const item of readArticles(root)) read.push(item);
    expect(read).toEqual([
      { failed: expect.stringMatching(/is a folder; name it as an argument/) },
    ]);
  });

  it('given as the list itself (--files-from DIR), is said to be a folder, not a code', async () => {
    const root = pressFolder();
    const { code, err } = await runCommand(runEchoes, ['--files-from', root]);
    expect(code).toBe(2);
    expect(err[0]).toContain(
      `--files-from ${root}: cannot read the list (it is a folder: name it as an argument to read every file in it)`,
    );
  });
});
