import type { Command, CommandIo } from './command-io';
import { runEchoes } from './echoes-command';
import { runExtract } from './extract-command';

/** Subcommands by name: add a line here to add a command. */
const commands: Readonly<Record<string, Command>> = {
  echoes: runEchoes,
  extract: runExtract,
};

const io: CommandIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : commands[name];
if (!command) {
  io.stderr(
    `usage: npm run --silent cli -- <${Object.keys(commands).join('|')}> [options] FILE...`,
  );
  process.exitCode = 2;
} else {
  command(args, io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      io.stderr(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
