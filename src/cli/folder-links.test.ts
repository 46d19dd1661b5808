import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { runExtract } from './extract-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const quote =
  '"We are determined that no family is left waiting for help," said the Housing Minister. "This £200m fund will reach the worst-hit towns before winter."';

/**
 * A monitor's folder kept with links: a release kept elsewhere and linked in, a paper's folder
 * linked in, a link back up to the folder itself (a loop), and one whose target was deleted.
 */
function linkedFolder(): { root: string; elsewhere: string } {
  const base = tempDir('verso-folder-links-');
  const root = join(base, 'press');
  const elsewhere = join(base, 'elsewhere');
  mkdirSync(join(elsewhere, 'ledger'), { recursive: true });
  mkdirSync(join(root, 'papers'), { recursive: true });
  writeFileSync(
    join(elsewhere, 'release.txt'),
    `Source: Ministry of Housing\nDate: 2026-11-16\n\nThe ministry opened its flood fund on Monday.\n\n${quote}\n`,
  );
  writeFileSync(
    join(elsewhere, 'ledger', 'fund.txt'),
    `Source: Daily Ledger\nDate: 2026-11-17\n\nCouncils in the north welcomed the money on Tuesday.\n\n${quote}\n`,
  );
  writeFileSync(
    join(root, 'papers', 'chronicle.txt'),
    `Source: Bath Chronicle\nDate: 2026-11-17\n\nBath's councillors said they would study the details.\n\n${quote}\n`,
  );
  symlinkSync(join(elsewhere, 'release.txt'), join(root, 'release.txt'));
  symlinkSync(join(elsewhere, 'ledger'), join(root, 'papers', 'ledger'));
  symlinkSync('..', join(root, 'papers', 'up'));
  symlinkSync(join(elsewhere, 'deleted.txt'), join(root, 'papers', 'gone.txt'));
  return { root, elsewhere };
}

describe('a folder with symbolic links in it', () => {
  it('echoes follows links to files and folders once each, and says which link is broken', async () => {
    const { root, elsewhere } = linkedFolder();
    const { code, out, err } = await runCommand(runEchoes, ['--json', root]);
    // One file could not be read: the broken link, said as one.
    expect(code).toBe(1);
    expect(err).toEqual([
      `${join(root, 'papers', 'gone.txt')}: a broken link (to ${join(elsewhere, 'deleted.txt')}: nothing there)`,
    ]);
    const result = JSON.parse(out.join('')) as {
      documents: { path: string }[];
      clusters: { passages: unknown[] }[];
    };
    // The loop (papers/up → press) is read once, as press itself.
    expect(result.documents.map((d) => d.path)).toEqual([
      join(root, 'papers', 'chronicle.txt'),
      join(root, 'papers', 'ledger', 'fund.txt'),
      join(root, 'release.txt'),
    ]);
    expect(result.clusters.map((c) => c.passages.length)).toEqual([3]);
  });

  it('extract reads the same files and says the same of the broken link', async () => {
    const { root } = linkedFolder();
    const { out, err } = await runCommand(runExtract, ['--jsonl', root]);
    expect(out.map((line) => (JSON.parse(line) as { siteName: string }).siteName)).toEqual([
      'Bath Chronicle',
      'Daily Ledger',
      'Ministry of Housing',
    ]);
    expect(err).toEqual([expect.stringMatching(/gone\.txt: a broken link \(to .*deleted\.txt/)]);
  });

  it('a link that leads to itself is said to be a loop', async () => {
    const base = tempDir('verso-folder-links-loop-');
    const root = join(base, 'press');
    mkdirSync(root);
    writeFileSync(join(root, 'a.txt'), `${quote}\n`);
    symlinkSync('self.txt', join(root, 'self.txt'));
    const { err } = await runCommand(runEchoes, ['--json', root]);
    expect(err).toEqual([
      `${join(root, 'self.txt')}: a broken link (to self.txt: a loop of links)`,
    ]);
  });
});
