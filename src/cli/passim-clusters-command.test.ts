import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runPassimClusters } from './passim-clusters-command';
import { RunWriter } from './passim-runs';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const fixture = new URL('../../tests/fixtures/passim/out/out.json', import.meta.url).pathname;
const gzipPart = join(fixture, 'part-00001-5c1a.json.gz');

/** The fixture's clusters with every passage spilled to a sorted run in `tmp`. */
const spilling = (tmp: string) =>
  runCommand(runPassimClusters, ['--tmp', tmp, '--run-size', '1', fixture]);

/** passim's output folder with the fixture's plain part and `gz` as its gzip part. */
function outFolder(gz: Uint8Array): string {
  const dir = tempDir('verso-passim-clusters-');
  copyFileSync(join(fixture, 'part-00000-5c1a.json'), join(dir, 'part-00000-5c1a.json'));
  writeFileSync(join(dir, 'part-00001-5c1a.json.gz'), gz);
  return dir;
}

describe('passim-clusters says in words why it cannot go on', () => {
  it('a folder that is not there: no such folder', async () => {
    const missing = join(tempDir('verso-passim-clusters-'), 'nope');
    const { code, err } = await runCommand(runPassimClusters, [missing]);
    expect(code).toBe(1);
    expect(err).toEqual([`${missing}: cannot read the folder (no such folder)`]);
  });

  it('a --tmp folder that is not there, before anything is read', async () => {
    const missing = join(tempDir('verso-passim-clusters-'), 'nope');
    const { code, out, err } = await runCommand(runPassimClusters, ['--tmp', missing, fixture]);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `--tmp ${missing}: cannot make a folder for the sorted runs (no such folder)`,
    ]);
  });

  it('a gzip part cut short is said to be, by name, and the other part is still read', async () => {
    const whole = readFileSync(gzipPart);
    const dir = outFolder(whole.subarray(0, whole.length - 30));
    const { code, out, err } = await runCommand(runPassimClusters, [dir]);
    expect(code).toBe(1);
    expect(err.filter((l) => l.includes('.gz'))).toEqual([
      expect.stringMatching(
        /part-00001-5c1a\.json\.gz: cannot read (the file|past line \d+) \(cut short: its gzip data ends early\)$/,
      ),
    ]);
    expect(out.length).toBeGreaterThan(0);
  });

  it('a part that is no gzip at all, though named .gz, is said to be', async () => {
    const dir = outFolder(new TextEncoder().encode('{"id":"plain text"}\n'));
    const { err } = await runCommand(runPassimClusters, [dir]);
    expect(err).toContain(
      `${join(dir, 'part-00001-5c1a.json.gz')}: cannot read the file (not valid gzip data)`,
    );
  });

  it('leaves no sorted runs behind in --tmp', async () => {
    const tmp = tempDir('verso-passim-clusters-tmp-');
    const { code } = await spilling(tmp);
    expect(code).toBe(1);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('passim-clusters when its sorted runs cannot be written', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the folder and says why (a full disk), not the part being read', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
    vi.spyOn(RunWriter.prototype, 'spill').mockRejectedValue(full);
    const tmp = tempDir('verso-passim-clusters-tmp-');
    const { code, err } = await spilling(tmp);
    expect(code).toBe(1);
    expect(err.filter((l) => !l.includes(':3: not a JSON record'))).toEqual([
      expect.stringMatching(/verso-passim-\w+: cannot write the sorted runs \(disk full\)$/),
    ]);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
