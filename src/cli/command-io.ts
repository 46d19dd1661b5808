/**
 * Where a command writes: one call per line (so tests can capture output without a process).
 * `stdout` may return a promise when the stream is full; commands await it (backpressure), so
 * output of any size is written in pieces and never held as one string.
 */
export interface CommandIo {
  readonly stdout: (line: string) => void | Promise<void>;
  readonly stderr: (line: string) => void;
}

/** A subcommand: takes its arguments, returns the process exit code. */
export type Command = (args: readonly string[], io: CommandIo) => Promise<number>;
