/** The parameters passim ran with, as its `conf` output says (values as written). */
export type PassimParams = Readonly<Record<string, string | number | boolean>>;

const keep = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * passim writes the parameters it ran with to `conf` (a JSON object; Spark may write it as a
 * folder of part files). Plain values are kept, at most 64 of them; anything else (nested
 * values, or a file that is not JSON) gives no parameters rather than a failed import.
 */
export function parsePassimConf(text: string): PassimParams | undefined {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    try {
      const value: unknown = JSON.parse(trimmed);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const entries = Object.entries(value)
        .filter((entry): entry is [string, string | number | boolean] => keep(entry[1]))
        .slice(0, 64);
      return Object.fromEntries(entries);
    } catch {
      continue;
    }
  }
  return undefined;
}

const isPart = (name: string): boolean =>
  name.startsWith('part-') && !name.endsWith('.crc') && !name.endsWith('.parquet');

/**
 * The part files of passim's passages among a folder's files (paths relative to it): those in
 * `out.json/` when there is one (passim's output folder was chosen), else every `part-*` file
 * outside `conf/` (`out.json` itself was chosen). Sorted by path, so reports are repeatable.
 */
export function passimPartPaths(paths: readonly string[]): string[] {
  const split = paths.map((path) => ({ path, parts: path.split(/[\\/]/) }));
  const parts = split.filter(({ parts: p }) => isPart(p[p.length - 1] ?? ''));
  const inOut = parts.filter(({ parts: p }) => p[p.length - 2] === 'out.json');
  const chosen =
    inOut.length > 0 ? inOut : parts.filter(({ parts: p }) => p[p.length - 2] !== 'conf');
  return chosen.map(({ path }) => path).sort();
}

/** Is this file passim's `conf` (the file, or a part of a `conf` folder)? */
export function isPassimConf(path: string): boolean {
  const parts = path.split(/[\\/]/);
  const name = parts.pop() ?? '';
  return name === 'conf' || (parts.pop() === 'conf' && /^part-/.test(name));
}
