/** The part of a writable stream the writer needs (process.stdout is one). */
export interface WritableLike {
  write(chunk: string | Uint8Array): boolean;
  /** Bytes written to the stream and not yet handed to the system (none known: treated as held). */
  readonly writableLength?: number;
  once(event: 'drain' | 'error', listener: (...args: unknown[]) => void): unknown;
}

/** Lines are gathered into chunks of about this many characters before a write. */
const CHUNK = 1 << 16;

/**
 * A line writer over a stream with backpressure: lines are batched into ~64 KB chunks, and when
 * the stream says it is full the returned promise waits for 'drain'. `raw` adds text without a
 * newline (a piece of a long line); `bytes` writes a chunk of ready bytes (whole lines) after
 * the text before it; `released` says whether the stream has handed every chunk on to the
 * system; `flush` writes the rest.
 */
export function streamWriter(stream: WritableLike): {
  line: (text: string) => void | Promise<void>;
  raw: (text: string) => void | Promise<void>;
  bytes: (chunk: Uint8Array) => void | Promise<void>;
  released: () => boolean;
  flush: () => void | Promise<void>;
} {
  let parts: string[] = [];
  let size = 0;
  const send = (chunk: string | Uint8Array): void | Promise<void> => {
    if (stream.write(chunk)) return;
    return new Promise((resolve) => stream.once('drain', () => resolve()));
  };
  const write = (): void | Promise<void> => {
    if (size === 0) return;
    const chunk = parts.join('');
    parts = [];
    size = 0;
    return send(chunk);
  };
  return {
    line: (text) => {
      parts.push(text, '\n');
      size += text.length + 1;
      return size >= CHUNK ? write() : undefined;
    },
    raw: (text) => {
      parts.push(text);
      size += text.length;
      return size >= CHUNK ? write() : undefined;
    },
    bytes: (chunk) => {
      // The stream keeps the order of writes, so the text before goes first without a wait.
      void write();
      return send(chunk);
    },
    // Nothing written is still waiting in the stream (a file or a pipe on Linux is written at
    // once), so the chunks given to `bytes` may be reused.
    released: () => (stream.writableLength ?? 1) === 0,
    flush: write,
  };
}
