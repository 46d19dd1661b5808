/** Where a command writes: one call per line (so tests can capture output without a process). */
export interface CommandIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** A subcommand: takes its arguments, returns the process exit code. */
export type Command = (args: readonly string[], io: CommandIo) => Promise<number>;
