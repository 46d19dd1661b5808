import { randomUUID } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations a save needs; Node's by default, a test's own to make one fail. */
export interface SaveFs {
  open(path: string): Promise<Pick<FileHandle, 'write' | 'close'>>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

const nodeFs: SaveFs = {
  // 'wx': a fresh temporary file, never one that happens to exist.
  open: (path) => open(path, 'wx'),
  rename,
  remove: (path) => rm(path, { force: true }),
};

interface OpenSave {
  readonly target: string;
  readonly temp: string;
  readonly file: Pick<FileHandle, 'write' | 'close'>;
  /** The last write in flight: each append waits for the one before, so pieces stay in order. */
  queue: Promise<unknown>;
  /** The first write that failed: the file has a hole, so no later piece is written and it is never kept. */
  failed?: unknown;
}

/** The temporary name a save is written under, beside its target (so the rename stays on one disk). */
export function tempNameFor(target: string, id: string = randomUUID()): string {
  return join(dirname(target), `.${basename(target)}.${id}.partial`);
}

/**
 * Files the renderer writes in pieces (a backup), each under a handle main issued. A save is
 * written to a temporary file beside the chosen one and renamed onto it when finished, so a
 * cancelled or failed save never leaves a half-written file at the chosen name (nor spoils a
 * file already there). A handle main did not issue, or one already finished or aborted, is
 * refused.
 */
export class SaveStreams {
  private readonly saves = new Map<number, OpenSave>();
  private readonly ending = new Set<Promise<void>>();
  private last = 0;

  constructor(
    private readonly fs: SaveFs = nodeFs,
    private readonly tempName: (target: string) => string = (target) => tempNameFor(target),
  ) {}

  /** Opens a save to `target` (a path the person chose in the save dialog); its handle. */
  async open(target: string): Promise<number> {
    const temp = this.tempName(target);
    const file = await this.fs.open(temp);
    const handle = ++this.last;
    this.saves.set(handle, { target, temp, file, queue: Promise.resolve() });
    return handle;
  }

  /** Appends `text` (as UTF-8) to save `handle`. */
  async append(handle: number, text: string): Promise<void> {
    const save = this.take(handle, 'saveAppend', false);
    const write = save.queue.then(() => {
      if (save.failed !== undefined) throw save.failed;
      return save.file.write(text, null, 'utf8');
    });
    save.queue = write.catch((error: unknown) => {
      save.failed ??= error;
    });
    await write;
  }

  /** Ends save `handle`: closes it and renames it onto its target. */
  async finish(handle: number): Promise<void> {
    const save = this.take(handle, 'saveFinish', true);
    try {
      await save.queue;
      // Main does not take the renderer's word that every piece arrived: a save with a failed
      // write is not renamed onto the chosen name, even if finish is asked for.
      if (save.failed !== undefined) throw save.failed;
      await save.file.close();
      await this.fs.rename(save.temp, save.target);
    } catch (error) {
      await save.file.close().catch(() => undefined);
      await this.fs.remove(save.temp).catch(() => undefined);
      throw error;
    }
  }

  /** Ends save `handle` without keeping it: closes and deletes its temporary file. */
  async abort(handle: number): Promise<void> {
    const save = this.take(handle, 'saveAbort', true);
    const done = (async () => {
      await save.queue;
      await save.file.close().catch(() => undefined);
      await this.fs.remove(save.temp);
    })();
    // Until its file is deleted the abort is under way: quitting waits for it (see busy).
    this.ending.add(done);
    try {
      await done;
    } finally {
      this.ending.delete(done);
    }
  }

  /** Aborts every open save (the window closed mid-export), and waits for aborts under way. */
  async abortAll(): Promise<void> {
    await Promise.allSettled([...this.saves.keys()].map((handle) => this.abort(handle)));
    await Promise.allSettled([...this.ending]);
  }

  /** True while a save is open or an abort has yet to delete its file. */
  get busy(): boolean {
    return this.saves.size > 0 || this.ending.size > 0;
  }

  /** How many saves are open, for tests. */
  get openCount(): number {
    return this.saves.size;
  }

  private take(handle: number, call: string, end: boolean): OpenSave {
    const save = this.saves.get(handle);
    if (!save) throw new Error(`Refused ${call}: no such save`);
    if (end) this.saves.delete(handle);
    return save;
  }
}
