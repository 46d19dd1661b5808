import type { Command, CommandIo } from './command-io';
import { streamWriter } from './stream-writer';

/**
 * Subcommands by name, loaded on demand so `echoes` on text files never loads the HTML
 * extraction that `extract` needs: add a line here to add a command.
 */
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  echoes: async () => (await import('./echoes-command')).runEchoes,
  extract: async () => (await import('./extract-command')).runExtract,
};

const out = streamWriter(process.stdout);
const io: CommandIo = {
  stdout: out.line,
  stderr: (line) => process.stderr.write(`${line}\n`),
};

// A closed pipe (`| head`) ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const [name, ...args] = process.argv.slice(2);
const load = name === undefined ? undefined : commands[name];
if (!load) {
  io.stderr(
    `usage: npm run --silent cli -- <${Object.keys(commands).join('|')}> [options] FILE...`,
  );
  process.exitCode = 2;
} else {
  load()
    .then((command) => command(args, io))
    .then(async (code) => {
      await out.flush();
      process.exitCode = code;
    })
    .catch(async (error: unknown) => {
      await out.flush();
      io.stderr(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
