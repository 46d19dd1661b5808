import { EXIT, type CommandIo } from './command-io';

/** Says what is wrong with the arguments, the command's usage line and where help is; exit 2. */
export function usageError(command: string, reason: string, usage: string, io: CommandIo): number {
  io.stderr(
    `verso ${command}: ${reason}\n${usage.split('\n')[0] ?? ''}\n(verso ${command} --help for more)`,
  );
  return EXIT.usage;
}
