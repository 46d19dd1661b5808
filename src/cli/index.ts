// First, before any command's code is loaded: V8 settings that apply to it (see the file).
import './v8-tuning';
import { EXIT, type CommandIo } from './command-io';
import { commands, toolHelp } from './commands';
import { stdoutFailure } from './stdout-failure';
import { streamWriter } from './stream-writer';
import { versoVersion } from './version';

const out = streamWriter(process.stdout);
// A progress line only where a person watches; a pipe or a log file never gets one.
const tty = process.stderr.isTTY;
let progressShown = false;
const clearProgress = (): void => {
  if (progressShown) process.stderr.write('\r\x1b[K');
  progressShown = false;
};
const io: CommandIo = {
  stdout: out.line,
  write: out.raw,
  bytes: out.bytes,
  bytesReleased: out.released,
  stderr: (line) => {
    clearProgress();
    process.stderr.write(`${line}\n`);
  },
  progress: tty
    ? (line) => {
        process.stderr.write(`\r\x1b[K${line.slice(0, (process.stderr.columns || 80) - 1)}`);
        progressShown = true;
      }
    : undefined,
};

// A closed pipe (`| head`) ends the output, not with a stack trace; any other failure (a full
// disk) is said in words and ends the command, as nothing more it prints can arrive.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  const failure = stdoutFailure(error);
  if (failure === undefined) process.exit(process.exitCode ?? 0);
  io.stderr(failure);
  process.exit(EXIT.someFailed);
});

// Words a person brings from the app (its screen lists "clusters") for what a command does.
const meant: ReadonlyMap<string, string> = new Map([
  ['clusters', 'the clusters the app lists are what "verso echoes" prints'],
  ['cluster', 'the clusters the app lists are what "verso echoes" prints'],
  ['diff', '"verso compare A B" aligns two articles word by word'],
]);

// A usage error for a command that is not one (or none given), hinting at the one meant.
function unknownCommand(name: string | undefined): number {
  const hint = name === undefined ? undefined : meant.get(name);
  io.stderr(
    `${name === undefined ? 'verso: no command given' : `verso: unknown command "${name}"`}${hint ? ` (${hint})` : ''}\nusage: verso <${Object.keys(commands).join('|')}> [options] FILE...  (verso --help for more)`,
  );
  return EXIT.usage;
}

async function main(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--version' || name === '-v') {
    await io.stdout(versoVersion());
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const [asked] = rest;
    if (asked === undefined) {
      await io.stdout(toolHelp());
      return EXIT.ok;
    }
    const about = commands[asked];
    // Help on a command that does not exist is a wrong command, not the tool's help and exit 0.
    return about ? (await about.load())(['--help'], io) : unknownCommand(asked);
  }
  const entry = name === undefined ? undefined : commands[name];
  if (!entry) return unknownCommand(name);
  const command = await entry.load();
  try {
    return await command(rest, io);
  } catch (error) {
    io.stderr(`verso ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.someFailed;
  }
}

main(process.argv.slice(2))
  .then(async (code) => {
    await out.flush();
    clearProgress();
    process.exitCode = code;
    // Ending the process here, not by letting the event loop run dry, skips Node's teardown of
    // V8's heap, page by page (~15–20 ms of CPU after a 10,000-file echoes; the kernel frees the
    // memory at exit anyway). Only for a command with nothing else open, once every byte of
    // output has been handed to the system (standard output and error are synchronous on Linux
    // for files and pipes; anything still held waits for the normal end).
    const name = process.argv[2];
    const held = process.stdout.writableLength + process.stderr.writableLength;
    if (name !== undefined && commands[name]?.exitsAtOnce && held === 0) process.exit(code);
  })
  .catch(async (error: unknown) => {
    await out.flush();
    io.stderr(`verso: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.someFailed;
  });
