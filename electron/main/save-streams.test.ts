import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaveStreams, tempNameFor, type SaveFs } from './save-streams';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verso-save-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('SaveStreams', () => {
  it('writes the pieces under a temporary name, and gives the chosen name only the whole file', async () => {
    const saves = new SaveStreams();
    const target = join(dir, 'backup.json');
    const handle = await saves.open(target);
    await saves.append(handle, '{"a":');
    await saves.append(handle, '"é"}\n');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.backup\.json\..+\.partial$/)]);
    await saves.finish(handle);
    expect(readFileSync(target, 'utf8')).toBe('{"a":"é"}\n');
    expect(readdirSync(dir)).toEqual(['backup.json']);
    expect(saves.openCount).toBe(0);
  });

  it('aborted, leaves nothing at the chosen name and keeps a file already there', async () => {
    const saves = new SaveStreams();
    const target = join(dir, 'backup.json');
    writeFileSync(target, 'yesterday’s backup');
    const handle = await saves.open(target);
    await saves.append(handle, 'half of a new one');
    await saves.abort(handle);
    expect(readFileSync(target, 'utf8')).toBe('yesterday’s backup');
    expect(readdirSync(dir)).toEqual(['backup.json']);
  });

  it('refuses handles it never issued, and handles already finished or aborted', async () => {
    const saves = new SaveStreams();
    await expect(saves.append(7, 'x')).rejects.toThrow('Refused saveAppend: no such save');
    const handle = await saves.open(join(dir, 'a.json'));
    await saves.finish(handle);
    await expect(saves.append(handle, 'x')).rejects.toThrow('no such save');
    await expect(saves.finish(handle)).rejects.toThrow('no such save');
    const other = await saves.open(join(dir, 'b.json'));
    await saves.abort(other);
    await expect(saves.abort(other)).rejects.toThrow('no such save');
    expect(other).not.toBe(handle);
  });

  it('a failed write, then the abort the renderer sends, leaves no file behind', async () => {
    const failing: SaveFs = {
      open: async (path) => {
        const file = await open(path, 'wx');
        return {
          write: () => Promise.reject(new Error('ENOSPC: no space left')),
          close: () => file.close(),
        };
      },
      rename,
      remove: (path) => rm(path, { force: true }),
    };
    const saves = new SaveStreams(failing);
    const handle = await saves.open(join(dir, 'backup.json'));
    await expect(saves.append(handle, 'x')).rejects.toThrow('ENOSPC');
    await saves.abort(handle);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failed write is never kept: later pieces refused, and finish does not rename it', async () => {
    let calls = 0;
    const saves = new SaveStreams({
      open: async (path) => {
        const file = await open(path, 'wx');
        return {
          // The second piece fails (a full disk), the others would succeed.
          write: (text: string) =>
            ++calls === 2 ? Promise.reject(new Error('ENOSPC: no space left')) : file.write(text),
          close: () => file.close(),
        };
      },
      rename,
      remove: (path) => rm(path, { force: true }),
    });
    const target = join(dir, 'backup.json');
    const handle = await saves.open(target);
    await saves.append(handle, 'one ');
    await expect(saves.append(handle, 'two ')).rejects.toThrow('ENOSPC');
    await expect(saves.append(handle, 'three')).rejects.toThrow('ENOSPC');
    // A renderer that asks to finish anyway gets the failure, and nothing at the chosen name.
    await expect(saves.finish(handle)).rejects.toThrow('ENOSPC');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a rename that fails on finish removes the temporary file', async () => {
    const saves = new SaveStreams({
      open: (path) => open(path, 'wx'),
      rename: () => Promise.reject(new Error('EXDEV')),
      remove: (path) => rm(path, { force: true }),
    });
    const handle = await saves.open(join(dir, 'backup.json'));
    await saves.append(handle, 'x');
    await expect(saves.finish(handle)).rejects.toThrow('EXDEV');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('aborts every open save when the window goes', async () => {
    const saves = new SaveStreams();
    await saves.append(await saves.open(join(dir, 'a.json')), 'x');
    await saves.open(join(dir, 'b.json'));
    await saves.abortAll();
    expect(readdirSync(dir)).toEqual([]);
    expect(saves.openCount).toBe(0);
  });

  it('is busy until an abort under way has deleted its file, and abortAll waits for it', async () => {
    let removed: () => void = () => undefined;
    const saves = new SaveStreams({
      open: (path) => open(path, 'wx'),
      rename,
      // A slow disk: the removal ends when the test says.
      remove: (path) =>
        new Promise<void>((done) => (removed = () => void rm(path).then(() => done()))),
    });
    const handle = await saves.open(join(dir, 'a.json'));
    const aborting = saves.abort(handle);
    expect(saves.openCount).toBe(0);
    expect(saves.busy).toBe(true);
    let all = false;
    const waiting = saves.abortAll().then(() => (all = true));
    await new Promise((done) => setTimeout(done, 20));
    expect(all).toBe(false);
    removed();
    await Promise.all([aborting, waiting]);
    expect(saves.busy).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the temporary file beside the target, hidden', () => {
    expect(tempNameFor('/home/a/verso.json', 'x1')).toBe('/home/a/.verso.json.x1.partial');
  });
});
