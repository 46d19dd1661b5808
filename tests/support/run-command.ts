import type { Command, CommandIo } from '../../src/cli/command-io';

/** A command's output as lines: what it printed on stdout and on stderr. */
export interface CapturedIo {
  readonly io: CommandIo;
  readonly out: string[];
  readonly err: string[];
}

/** An io that keeps what a command prints, for running it in-process in a test. */
export function capturedIo(): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: (line) => void out.push(line),
    write: () => undefined,
    stderr: (line) => void err.push(line),
  };
  return { io, out, err };
}

/** Runs a command in-process: its exit code and the lines it printed. */
export async function runCommand(
  command: Command,
  args: readonly string[],
): Promise<{ code: number; out: string[]; err: string[] }> {
  const { io, out, err } = capturedIo();
  const code = await command(args, io);
  return { code, out, err };
}
