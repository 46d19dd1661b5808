import type { Command } from './command-io';

/** A subcommand as the tool lists it; the code loads only when it runs. */
export interface CommandEntry {
  readonly summary: string;
  readonly load: () => Promise<Command>;
  /**
   * True when the command, once it returns, holds nothing open but standard output and error
   * (no file being written, no worker): the process may then exit at once (see index.ts).
   */
  readonly exitsAtOnce?: boolean;
}

/**
 * Subcommands by name, loaded on demand so `echoes` on text files never loads the HTML
 * extraction that `extract` needs: add a line here to add a command.
 */
export const commands: Readonly<Record<string, CommandEntry>> = {
  echoes: {
    summary: 'clusters of repeated passages within and across texts',
    load: async () => (await import('./echoes-command')).runEchoes,
    exitsAtOnce: true,
  },
  extract: {
    summary: 'the article in saved pages and text files, as text or JSON',
    load: async () => (await import('./extract-command')).runExtract,
  },
  compare: {
    summary: 'the aligned difference of two texts, as text or JSON',
    load: async () => (await import('./compare-command')).runCompare,
  },
  'export-passim': {
    summary: "articles (files or a Verso backup) as passim's JSON Lines input",
    load: async () => (await import('./export-passim-command')).runExportPassim,
  },
  'passim-clusters': {
    summary: "passim's output folder as clusters in Verso's JSON Lines shape",
    load: async () => (await import('./passim-clusters-command')).runPassimClusters,
  },
};

/** `verso --help`. */
export function toolHelp(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const list = Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
    .join('\n');
  return `usage: verso <command> [options] [FILE...]

Find what repeats in news articles, offline: the command line of the Verso archive.

commands:
${list}

Every command takes --help, --jsonl (one JSON object a line) and - for standard input (a text,
or with --files-from a list of paths). Results go to standard output and nothing else does;
errors go to standard error, and a progress line too when standard error is a terminal.

exit codes: 0 all went well · 1 some inputs failed (each named on standard error; the others
were still processed) · 2 the arguments were wrong (nothing was done)

  verso --version     the version`;
}
