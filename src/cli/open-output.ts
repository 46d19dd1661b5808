import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Writable } from 'node:stream';
import { streamWriter } from './stream-writer';

/** Where a command's records go: a line writer with backpressure, and `close` to finish. */
export interface Output {
  readonly line: (text: string) => void | Promise<void>;
  readonly close: () => Promise<void>;
}

/**
 * Standard output (through the command's io), or the file `-o` names, gzip-compressed when the
 * name ends in .gz. The file is complete when `close` resolves.
 */
export function openOutput(path: string | undefined, stdout: Output['line']): Output {
  if (path === undefined || path === '-') return { line: stdout, close: async () => undefined };
  const file = createWriteStream(path);
  const gzip = path.endsWith('.gz') ? createGzip() : undefined;
  if (gzip) gzip.pipe(file);
  const head: Writable = gzip ?? file;
  const writer = streamWriter(head);
  return {
    line: writer.line,
    close: async () => {
      await writer.flush();
      head.end();
      await finished(file);
    },
  };
}
