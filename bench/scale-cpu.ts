/**
 * CPU time of the browser a scale run drives, split by process (browser, renderer, the rest) and,
 * in the browser process, by thread: IndexedDB's work (LevelDB reads, writes, compactions) runs
 * there, out of the page's sight, so the page's own clock cannot say what an import costs it.
 */
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU milliseconds so far, by "process" or "browser:<thread name>", and of those the time in the
 * kernel (system calls: file reads and opens among them) as "kernel:<process>"; the browser
 * process's reads through system calls as "io:bytes" and "io:calls".
 */
export type CpuSample = Map<string, number>;

// Linux reports utime and stime in clock ticks, 100 a second on every kernel this runs on.
const msPerTick = 10;

/** User and system CPU milliseconds of a process or thread. */
function timesOf(statPath: string): { all: number; kernel: number } {
  const stat = readFileSync(statPath, 'utf8');
  // Fields after the command name (which may hold spaces) start at state, field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const kernel = Number(fields[12]) * msPerTick;
  return { all: Number(fields[11]) * msPerTick + kernel, kernel };
}

function kindOf(args: string): string {
  const type = /--type=([\w-]+)/.exec(args)?.[1];
  if (!type) return 'browser';
  const sub = /--utility-sub-type=([\w.]+)/.exec(args)?.[1];
  return sub ? `${type}:${sub.replace(/\.mojom\..*/, '')}` : type;
}

/** The CPU time of every process of the browser using `profile`, its browser process by thread. */
export function cpuOf(profile: string): CpuSample {
  const sample: CpuSample = new Map();
  const add = (key: string, ms: number): void => void sample.set(key, (sample.get(key) ?? 0) + ms);
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!args.includes(profile)) continue;
      const kind = kindOf(args);
      if (kind !== 'browser') {
        const { all, kernel } = timesOf(`/proc/${pid}/stat`);
        add(kind, all);
        add(`kernel:${kind}`, kernel);
        // The renderer by thread: the page's main thread apart from each of its workers (a
        // worker's thread keeps its id while it lives, so two samples compare worker by worker).
        if (kind === 'renderer')
          for (const tid of readdirSync(`/proc/${pid}/task`)) {
            const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
            const key = name.startsWith('DedicatedWorker') ? `worker ${tid}` : name;
            add(`renderer:${key}`, timesOf(`/proc/${pid}/task/${tid}/stat`).all);
          }
        continue;
      }
      // The process's own times count its threads that have ended too (the thread pool lets
      // idle workers go); the live threads' times are only the breakdown by name.
      const { all, kernel } = timesOf(`/proc/${pid}/stat`);
      add('browser', all);
      add('kernel:browser', kernel);
      // What it read through system calls (LevelDB's table files among them, page cache or not).
      const io = readFileSync(`/proc/${pid}/io`, 'utf8');
      add('io:bytes', Number(/^rchar: (\d+)/m.exec(io)?.[1] ?? 0));
      add('io:calls', Number(/^syscr: (\d+)/m.exec(io)?.[1] ?? 0));
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        add(`browser:${name}`, timesOf(`/proc/${pid}/task/${tid}/stat`).all);
      }
    } catch {
      // A process or thread that has gone: its time is lost to both samples alike.
    }
  }
  return sample;
}

/** What each key spent between two samples, largest first, with totals per process kind. */
export function cpuBetween(before: CpuSample, after: CpuSample): Record<string, number> {
  const spent: Record<string, number> = {};
  for (const [key, ms] of after) {
    const d = ms - (before.get(key) ?? 0);
    // A thread that ended in between shows less than before: its time is in the total.
    if (d > 0) spent[key] = d;
  }
  return spent;
}

/** One line: the total, each process kind, and the browser's busiest threads. */
export function describeCpu(spent: Record<string, number>): string {
  const keys = Object.keys(spent);
  const kinds = keys.filter((k) => !/^(browser|renderer|kernel|io):/.test(k));
  const total = kinds.reduce((sum, k) => sum + (spent[k] ?? 0), 0);
  const kernel = (kind: string): string => ` (kernel ${spent[`kernel:${kind}`] ?? 0})`;
  const threads = keys
    .filter((k) => k.startsWith('browser:'))
    .sort((a, b) => (spent[b] ?? 0) - (spent[a] ?? 0))
    .slice(0, 4)
    .map((k) => `${k.slice(8)} ${spent[k]}`);
  const rendererThreads = keys
    .filter((k) => k.startsWith('renderer:'))
    .sort((a, b) => (spent[b] ?? 0) - (spent[a] ?? 0))
    .slice(0, 8)
    .map((k) => `${k.slice(9)} ${spent[k]}`);
  const read = `${((spent['io:bytes'] ?? 0) / 1e6).toFixed(1)} MB in ${spent['io:calls'] ?? 0} reads`;
  return `CPU ${total} ms: ${kinds.map((k) => `${k} ${spent[k]}${k === 'browser' || k === 'renderer' ? kernel(k) : ''}`).join(', ')} (browser threads: ${threads.join(', ')}; renderer threads: ${rendererThreads.join(', ')}); the browser read ${read}`;
}

/** The IndexedDB LevelDB's info log of the browser using `profile` (LOG beside the tables). */
function levelDbLog(profile: string): string {
  const root = `${profile}/Default/IndexedDB`;
  try {
    const dir = readdirSync(root).find((name) => name.endsWith('.indexeddb.leveldb'));
    return dir ? readFileSync(`${root}/${dir}/LOG`, 'utf8') : '';
  } catch {
    // No archive written yet.
    return '';
  }
}

/** Where the LevelDB log ends now, to read what it says after. */
export function levelDbLogMark(profile: string): number {
  return levelDbLog(profile).length;
}

/** LevelDB's own log lines since `mark` (compactions say which levels and files they merged). */
export function levelDbLinesSince(profile: string, mark: number): string[] {
  return levelDbLog(profile).slice(mark).split('\n').filter(Boolean);
}

/**
 * What LevelDB did since `mark` (from its log): memtable flushes to level 0 and compactions,
 * with the bytes each wrote, and the level-file counts the last compaction left.
 */
export function levelDbWorkSince(profile: string, mark: number): string {
  const lines = levelDbLog(profile).slice(mark).split('\n');
  let flushes = 0;
  let flushed = 0;
  let compactions = 0;
  let compacted = 0;
  let levels = '';
  for (const line of lines) {
    const flush = /Level-0 table #\d+: (\d+) bytes OK/.exec(line);
    if (flush) {
      flushes++;
      flushed += Number(flush[1]);
    }
    const compaction = /Compacted .* => (\d+) bytes/.exec(line);
    if (compaction) {
      compactions++;
      compacted += Number(compaction[1]);
    }
    levels = /files\[ ([\d ]+) \]/.exec(line)?.[1] ?? levels;
  }
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  return `LevelDB: ${flushes} flushes ${mb(flushed)} MB, ${compactions} compactions wrote ${mb(compacted)} MB; files by level ${levels || '?'}`;
}
