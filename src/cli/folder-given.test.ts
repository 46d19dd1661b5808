import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { runExtract } from './extract-command';
import { readArticles } from './read-articles';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

/** A folder a person might give in place of its files: one with an extension-less name, one with ".txt". */
function folders(): string[] {
  const dir = tempDir('verso-folder-given-');
  const paths = [join(dir, 'articles'), join(dir, 'dated 2026.txt')];
  for (const path of paths) mkdirSync(path);
  return paths;
}

const saysFolder = (path: string) =>
  expect.stringContaining(
    `${path}: is a folder; give the files in it, or a list of them with --files-from`,
  );

describe('a folder given where files are read', () => {
  it('echoes says it is a folder and how to give its files', async () => {
    const paths = folders();
    const { code, err } = await runCommand(runEchoes, paths);
    expect(code).toBe(1);
    expect(err).toEqual([saysFolder(paths[0] ?? ''), saysFolder(paths[1] ?? '')]);
  });

  it('extract and export-passim say the same', async () => {
    const [plain = '', dotted = ''] = folders();
    expect((await runCommand(runExtract, [dotted])).err).toEqual([saysFolder(dotted)]);
    const read = [];
    for await (const item of readArticles(plain)) read.push(item);
    expect(read).toEqual([{ failed: expect.stringMatching(/is a folder; give the files in it/) }]);
  });
});
