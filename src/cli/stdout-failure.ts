import { errorWords } from './error-words';

/**
 * What a failed write to standard output means for the command: undefined for a closed pipe
 * (`| head`), which ends the output and is no failure; otherwise the line to say, in words
 * (a full disk, an input/output error), never the system's code and stack.
 */
export function stdoutFailure(error: unknown): string | undefined {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return undefined;
  return `verso: cannot write the output (${errorWords(error)})`;
}
