import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runExportPassim } from './export-passim-command';
import { openOutput, OutputFailure, type Output } from './open-output';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const sample = new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url).pathname;
const noStdout = (): void => undefined;

/** The Output, failing the test with the reason when the file could not be opened. */
function opened(path: string): Output {
  const out = openOutput(path, noStdout);
  if (typeof out === 'string') throw new Error(out);
  return out;
}

describe('openOutput', () => {
  it('says at once, in words naming the path, why a file cannot be made', () => {
    const dir = tempDir('verso-open-output-');
    const missing = join(dir, 'nope', 'x.jsonl');
    expect(openOutput(missing, noStdout)).toBe(`${missing}: cannot write (no such folder)`);
    expect(openOutput(dir, noStdout)).toBe(`${dir}: cannot write (it is a folder)`);
  });

  it('writes lines to a file, gzip-compressed for a .gz name', async () => {
    const dir = tempDir('verso-open-output-');
    for (const name of ['out.jsonl', 'out.jsonl.gz']) {
      const out = opened(join(dir, name));
      await out.line('{"id":"a"}');
      await out.line('{"id":"b"}');
      await out.close();
    }
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe('{"id":"a"}\n{"id":"b"}\n');
    expect(gunzipSync(readFileSync(join(dir, 'out.jsonl.gz'))).toString()).toBe(
      '{"id":"a"}\n{"id":"b"}\n',
    );
  });

  it('leaves the file as it was until the output is whole, then puts it there in one step', async () => {
    const dir = tempDir('verso-open-output-');
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, 'the last run\n');
    const out = opened(path);
    await out.line('{"id":"a"}');
    // Half-way (a full disk or Ctrl-C now would stop here): the file is still the last run's.
    expect(readFileSync(path, 'utf8')).toBe('the last run\n');
    await out.close();
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a"}\n');
    expect(readdirSync(dir)).toEqual(['out.jsonl']);
  });

  it('writes in place a file whose folder takes no new file beside it', async () => {
    const dir = tempDir('verso-open-output-');
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, 'the last run\n');
    // Where the staged file would go, something that cannot be opened as one (a folder here; a
    // read-only folder in use, which root, running these tests, cannot make).
    mkdirSync(join(dir, `.out.jsonl.${process.pid}.partial`));
    const out = opened(path);
    await out.line('{"id":"a"}');
    await out.close();
    expect(readFileSync(path, 'utf8')).toBe('{"id":"a"}\n');
  });

  it.skipIf(!existsSync('/dev/full'))(
    'a file that cannot be written rejects with the path and why, and refuses later lines',
    async () => {
      const out = opened('/dev/full');
      const line = 'x'.repeat(1000);
      const failure = await (async () => {
        // Enough for the writer to hand chunks to the stream and wait on it.
        for (let i = 0; i < 1000; i++) await out.line(line);
        await out.close();
      })().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OutputFailure);
      expect((failure as Error).message).toBe('/dev/full: cannot write (disk full)');
      await expect(out.line(line)).rejects.toThrow('/dev/full: cannot write (disk full)');
    },
  );
});

describe('export-passim -o', () => {
  it('a folder that is not there: one line naming the path, exit 1, nothing read', async () => {
    const missing = join(tempDir('verso-open-output-'), 'nope', 'x.jsonl');
    const { code, out, err } = await runCommand(runExportPassim, [sample, '-o', missing]);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([`${missing}: cannot write (no such folder)`]);
  });

  it('refuses to write over one of its inputs, reading nothing', async () => {
    const dir = tempDir('verso-open-output-');
    const input = join(dir, 'a.txt');
    writeFileSync(input, 'The council met on Tuesday to vote on the budget.\n');
    const { code, out, err } = await runCommand(runExportPassim, [input, '-o', input]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(`-o ${input} is one of the inputs`);
    expect(readFileSync(input, 'utf8')).toBe('The council met on Tuesday to vote on the budget.\n');
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk: one line naming the path, exit 1', async () => {
    const { code, err } = await runCommand(runExportPassim, [sample, '-o', '/dev/full']);
    expect(code).toBe(1);
    expect(err).toEqual(['/dev/full: cannot write (disk full)']);
  });
});
