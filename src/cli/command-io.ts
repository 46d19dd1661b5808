/**
 * Where a command writes: one call per line (so tests can capture output without a process).
 * `stdout` may return a promise when the stream is full; commands await it (backpressure), so
 * output of any size is written in pieces and never held as one string.
 */
export interface CommandIo {
  readonly stdout: (line: string) => void | Promise<void>;
  readonly stderr: (line: string) => void;
  /**
   * Part of a line, no newline added: how one very long line (a cluster of 100,000 passages)
   * is written in pieces rather than built as one string. End it with `stdout`.
   */
  readonly write: (chunk: string) => void | Promise<void>;
  /**
   * Ready bytes, whole lines of UTF-8 (JSON written straight from files' bytes). Where it is
   * missing, the bytes are decoded and passed to `stdout`.
   */
  readonly bytes?: (chunk: Uint8Array) => void | Promise<void>;
  /** True when no chunk given to `bytes` is held any longer, so their buffers may be reused. */
  readonly bytesReleased?: () => boolean;
  /**
   * A progress line ("12,000 records read"), shown on stderr only when stderr is a terminal;
   * otherwise dropped, so scripts see nothing but results and errors.
   */
  readonly progress?: (line: string) => void;
}

/**
 * A subcommand: takes its arguments, returns the process exit code — 0 all went well, 1 some
 * inputs failed (each named on stderr, the rest still done), 2 the arguments were wrong.
 */
export type Command = (args: readonly string[], io: CommandIo) => Promise<number>;

/** The documented exit codes. */
export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;
