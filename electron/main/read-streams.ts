import { open, type FileHandle } from 'node:fs/promises';
import { maxReadChunkBytes } from '../../src/shared/ipc';

/** The file operations a reading needs; Node's by default, a test's own to watch them. */
export interface ReadFs {
  open(path: string): Promise<Pick<FileHandle, 'read' | 'close'>>;
}

const nodeFs: ReadFs = { open: (path) => open(path, 'r') };

interface OpenRead {
  readonly file: Pick<FileHandle, 'read' | 'close'>;
  position: number;
  /** The chunk being read: a second call for the same handle waits for it, so none overlap. */
  queue: Promise<unknown>;
}

/** Backups chosen and not yet forgotten, and readings open at once: a few, never unbounded. */
const maxChosen = 8;
const maxOpen = 4;

/**
 * Files the renderer reads in chunks (a backup being restored, read twice: checked, then
 * written), so main never holds one whole and no size limit applies but the disk's. The
 * renderer never names a path: main remembers the file the person chose under an id it issued,
 * and opens readings of it under handles it issued; anything else is refused. Everything is
 * closed when the page goes (reload, window closed, quit).
 */
export class ReadStreams {
  private readonly chosen = new Map<number, string>();
  private readonly reads = new Map<number, OpenRead>();
  private last = 0;

  constructor(
    private readonly fs: ReadFs = nodeFs,
    private readonly chunkBytes: number = maxReadChunkBytes,
  ) {}

  /** Remembers a file the person chose in the open dialog; its id (the oldest is forgotten past a few). */
  choose(path: string): number {
    const id = ++this.last;
    this.chosen.set(id, path);
    for (const old of this.chosen.keys()) if (this.chosen.size > maxChosen) this.chosen.delete(old);
    return id;
  }

  /** Opens a reading of chosen file `id`, from its start; its handle. */
  async open(id: number): Promise<number> {
    const path = this.chosen.get(id);
    if (path === undefined) throw new Error('Refused readOpen: no such file');
    if (this.reads.size >= maxOpen) throw new Error('Refused readOpen: too many readings open');
    const file = await this.fs.open(path);
    const handle = ++this.last;
    this.reads.set(handle, { file, position: 0, queue: Promise.resolve() });
    return handle;
  }

  /** The next chunk of reading `handle` (at most chunkBytes); empty at the file's end. */
  async chunk(handle: number): Promise<Uint8Array<ArrayBuffer>> {
    const read = this.reads.get(handle);
    if (!read) throw new Error('Refused readChunk: no such reading');
    const next = read.queue.then(async () => {
      const buffer = new Uint8Array(this.chunkBytes);
      const { bytesRead } = await read.file.read(buffer, 0, buffer.length, read.position);
      read.position += bytesRead;
      return bytesRead === buffer.length ? buffer : buffer.slice(0, bytesRead);
    });
    read.queue = next.catch(() => undefined);
    return next;
  }

  /** Ends reading `handle` and closes its file. */
  async close(handle: number): Promise<void> {
    const read = this.reads.get(handle);
    if (!read) throw new Error('Refused readClose: no such reading');
    this.reads.delete(handle);
    await read.queue;
    await read.file.close();
  }

  /** Closes every reading and forgets every chosen file (the page went away). */
  async closeAll(): Promise<void> {
    this.chosen.clear();
    await Promise.all(
      [...this.reads.keys()].map((handle) => this.close(handle).catch(() => undefined)),
    );
  }

  /** How many readings are open, for tests. */
  get openCount(): number {
    return this.reads.size;
  }
}
