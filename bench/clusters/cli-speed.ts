import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusArticle } from '../engine/corpus';
import { SIM_TEXT, hasSimText } from '../engine/sim-text';
import { learnProse, syntheticArchive } from '../engine/synthetic';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Generated articles live outside the repository (100,000 files, ~400 MB); VERSO_BENCH_FILES moves them. */
const FILES = process.env.VERSO_BENCH_FILES ?? '/tmp/verso-bench-files';

/** CPU seconds (user + system, the process and its children), wall seconds and peak RSS. */
export interface Usage {
  readonly cpu: number;
  readonly wall: number;
  readonly maxRssMb: number;
  readonly ok: boolean;
  readonly stderr: string;
}

/**
 * The engine bench's synthetic archive (~606 words an article; one in ten carries an edited copy
 * of an earlier article, one in fifty a recurring press release) written as .txt files, with list
 * files naming the first n of them for each size (smaller sizes are prefixes of the largest).
 */
export function writeArchiveFiles(corpus: readonly CorpusArticle[], sizes: readonly number[]) {
  const largest = Math.max(...sizes);
  const stamp = join(FILES, `complete-${largest}`);
  const done = existsSync(FILES)
    ? readdirSync(FILES).some((f) => Number(/^complete-(\d+)$/.exec(f)?.[1] ?? 0) >= largest)
    : false;
  if (!done) {
    rmSync(FILES, { recursive: true, force: true });
    mkdirSync(FILES, { recursive: true });
    const texts = syntheticArchive(learnProse(corpus), largest);
    texts.forEach((paragraphs, i) => {
      const dir = join(FILES, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${i}.txt`), paragraphs.join('\n\n'));
    });
    writeFileSync(stamp, '');
  }
  const lists = new Map<number, string>();
  for (const n of sizes) {
    const list = join(FILES, `list-${n}.txt`);
    const paths = Array.from({ length: n }, (_, i) =>
      join(FILES, String(Math.floor(i / 1000)), `${i}.txt`),
    );
    writeFileSync(list, `${paths.join('\n')}\n`);
    lists.set(n, list);
  }
  return lists;
}

/** Run a shell command under GNU time, with a time limit; stdout goes to `out`. */
export function timed(command: string, out: string, limitSeconds: number): Usage {
  const timeFile = `${out}.time`;
  const run = spawnSync(
    'bash',
    [
      '-c',
      `timeout ${limitSeconds} /usr/bin/time -f '%e %U %S %M' -o ${timeFile} ${command} > ${out}`,
    ],
    { cwd: ROOT, maxBuffer: 1 << 26 },
  );
  const [wall, user, sys, rssKb] = existsSync(timeFile)
    ? (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  return {
    cpu: (user ?? NaN) + (sys ?? NaN),
    wall: wall ?? NaN,
    maxRssMb: (rssKb ?? NaN) / 1024,
    ok: run.status === 0,
    stderr: run.stderr.toString(),
  };
}

/** Build the CLI as an installed `verso` runs it (dist-cli/verso.mjs, plain Node, no tsx). */
export function buildCli(): boolean {
  return spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT }).status === 0;
}

/**
 * The built CLI as the README times it, JSON to a file; returns usage and output size. `entry`
 * is another build's verso.mjs (VERSO_CLI_BEFORE: an older tree's, timed in the same run).
 */
export function timeCli(
  list: string,
  limitSeconds: number,
  entry = 'dist-cli/verso.mjs',
): Usage & { outMb: number } {
  return timeCommand(`${launcherOf(entry)} ${entry}`, list, limitSeconds);
}

/** The README's own form, `npm run --silent cli -- echoes …` (npm, then scripts/cli.mjs). */
export const README_CLI = 'npm run --silent cli --';

/** The README's form from a clone without npm: `./verso echoes …` (sh, then scripts/cli.mjs). */
export const CLONE_CLI = './verso';

/** `echoes --json --timings --files-from LIST` started by `command`, JSON to a file. */
export function timeCommand(
  command: string,
  list: string,
  limitSeconds: number,
): Usage & { outMb: number } {
  const out = join(FILES, 'cli-out.json');
  const usage = timed(`${command} echoes --json --timings --files-from ${list}`, out, limitSeconds);
  const outMb = existsSync(out) ? statSync(out).size / 1048576 : NaN;
  rmSync(out, { force: true });
  return { ...usage, outMb };
}

/**
 * The command a built entry's first line starts it with (`#!/usr/bin/env -S node FLAGS` → `node
 * FLAGS`), as the installed `verso` is started; plain `node` when it names none.
 */
export function launcherOf(entry: string): string {
  const first = readFileSync(resolve(ROOT, entry), 'utf8').slice(0, 200).split('\n')[0] ?? '';
  return /^#!\/usr\/bin\/env (?:-S )?(node(?: [^\n]*)?)$/.exec(first)?.[1]?.trim() ?? 'node';
}

/** sim_text -r 8 over the same files (list on stdin), its report to a file. */
export function timeSimTextFiles(list: string, limitSeconds: number): Usage | undefined {
  if (!hasSimText()) return undefined;
  const out = join(FILES, 'sim-out.txt');
  const usage = timed(`${SIM_TEXT} -r 8 -n -T -i < ${list}`, out, limitSeconds);
  rmSync(out, { force: true });
  return usage;
}

/** The CPU times (ms) of the phases the CLI printed with --timings, by name. */
export function phasesOf(stderr: string): Map<string, number> {
  const line = /phases: (.*)/.exec(stderr)?.[1] ?? '';
  return new Map(
    [...line.matchAll(/(\w+) \d+ ms (\d+) cpu-ms/g)].map(
      (m) => [m[1] ?? '', Number(m[2])] as const,
    ),
  );
}

/** Read every file the list names once, untimed, so each timed run finds them in the page cache. */
export function warmFiles(list: string): void {
  spawnSync('bash', ['-c', `xargs cat < ${list} > /dev/null`], { cwd: ROOT });
}
