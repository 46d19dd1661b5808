import { createWriteStream, openSync, renameSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { finished, pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { errorWords } from './error-words';
import { removeOnExit } from './exit-cleanup';
import { streamWriter } from './stream-writer';

/** Where a command's records go: a line writer with backpressure, and `close` to finish. */
export interface Output {
  /** Rejects with an OutputFailure once the file cannot be written. */
  readonly line: (text: string) => void | Promise<void>;
  /** Rejects with an OutputFailure when the end of the file cannot be written. */
  readonly close: () => Promise<void>;
}

/** The file `-o` names could not be written; the message names it and says why in words. */
export class OutputFailure extends Error {}

// What a command says when its output file cannot be made or written.
function writeFailure(path: string, error: unknown): string {
  // Opening a file for writing finds no ENOENT but in the folder it is to be made in.
  return `${path}: cannot write (${errorWords(error, 'folder')})`;
}

// What is at `path` now: undefined when nothing is (or it cannot be looked at: the open says why).
function existing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Standard output (through the command's io), or the file `-o` names, gzip-compressed when the
 * name ends in .gz. The file is opened here, at once, so a path that cannot be written is a
 * string saying why before any input is read. It is written beside its name and renamed to it
 * when whole: a command that fails half-way (a full disk, Ctrl-C) leaves the file as it was, not
 * half a file, and a file named as an input too is read before it is replaced. A device or a
 * pipe (/dev/stdout, a FIFO) is written as it is. The file is complete when `close` resolves.
 */
export function openOutput(path: string | undefined, stdout: Output['line']): Output | string {
  if (path === undefined || path === '-') return { line: stdout, close: async () => undefined };
  const there = existing(path);
  if (there?.isDirectory())
    return writeFailure(path, Object.assign(new Error(), { code: 'EISDIR' }));
  let staged =
    there === undefined || there.isFile()
      ? join(dirname(path), `.${basename(path)}.${process.pid}.partial`)
      : undefined;
  let fd: number;
  try {
    fd = openSync(staged ?? path, 'w');
  } catch (error) {
    // A file that may be written in a folder where no file may be made (a shared file in a
    // read-only folder) is written in place, as before staging.
    if (staged === undefined || there === undefined) return writeFailure(path, error);
    staged = undefined;
    try {
      fd = openSync(path, 'w');
    } catch (inPlace) {
      return writeFailure(path, inPlace);
    }
  }
  const unstage = staged === undefined ? () => undefined : removeOnExit(staged);
  const file = createWriteStream(staged ?? path, { fd });
  const gzip = path.endsWith('.gz') ? createGzip() : undefined;
  let failed: OutputFailure | undefined;
  const failure = (error: unknown): OutputFailure => {
    if (!failed) unstage();
    return (failed ??= new OutputFailure(writeFailure(path, error), { cause: error }));
  };
  // Without a listener from the start, a failed write (a full disk, /dev/full) is an 'error'
  // event no one hears, and ends the process with a stack trace.
  file.on('error', failure);
  gzip?.on('error', failure);
  // Settles when the file is written to its end, or rejects at its first failure.
  const done = gzip ? pipeline(gzip, file) : finished(file);
  done.catch(failure);
  const writer = streamWriter(gzip ?? file);
  // A write waiting for 'drain' would wait for ever once the stream has failed: the failure
  // ends the wait instead, and every later write is refused, so the command stops reading.
  const settle = (wait: void | Promise<void>): void | Promise<void> => {
    if (failed) return Promise.reject(failed);
    if (!wait) return;
    return Promise.race([wait, done]).then(
      () => {
        if (failed) throw failed;
      },
      (error: unknown) => {
        throw failure(error);
      },
    );
  };
  return {
    line: (text) => settle(failed ? undefined : writer.line(text)),
    close: async () => {
      await settle(failed ? undefined : writer.flush());
      (gzip ?? file).end();
      await done.catch((error: unknown) => {
        throw failure(error);
      });
      if (staged === undefined) return;
      try {
        renameSync(staged, path);
      } catch (error) {
        throw failure(error);
      }
      unstage();
    },
  };
}
