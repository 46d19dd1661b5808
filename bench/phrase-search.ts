/**
 * Search at scale with quoted phrases: on a copy of a seeded profile, the first search, the
 * median of the 35 synthetic queries (no phrases; the scale bench's figure), then quoted phrases
 * at the library's limit and a plain query asked during a phrase's check (see benchPhrases).
 * Run: SCALE_SEEDED=DIR SCALE_PORT=P [PHRASE_SIZE=100000] [PHRASE_RUNS=1] npm run bench -- phrase-search,
 * DIR/<size> a profile the scale bench kept (its origin bound to port P). PHRASE_PLAIN=1 runs only
 * the 35 queries (for a build without phrases, to pair with).
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { buildPages, callInPage, chromiumPath } from './browser/run-in-browser';

const size = Number(process.env.PHRASE_SIZE ?? 100_000);
const runs = Number(process.env.PHRASE_RUNS ?? 1);
const plainOnly = process.env.PHRASE_PLAIN === '1';
const seeded = process.env.SCALE_SEEDED;

/** Measures and prints search with and without phrases on the seeded archive of `size`. */
export async function runPhraseSearchBench(): Promise<Record<string, number>> {
  if (!seeded) throw new Error('Set SCALE_SEEDED and SCALE_PORT (see bench/phrase-search.ts).');
  execSync('npx electron-vite build', { stdio: 'ignore' });
  const rendererDir = resolve('out/renderer');
  await buildPages(['seed-archive'], join(rendererDir, 'bench-seed'));
  const { server, url } = await serveStatic(rendererDir, Number(process.env.SCALE_PORT ?? 5288));
  let figures: Record<string, number> = {};
  try {
    for (let run = 1; run <= runs; run++) {
      const profile = mkdtempSync(join(tmpdir(), 'verso-phrase-profile-'));
      cpSync(join(seeded, String(size)), profile, { recursive: true });
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        args: [...chromiumArgs],
        viewport: { width: 1280, height: 900 },
        serviceWorkers: 'block',
      });
      try {
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error(`[page] ${e.message}`));
        await page.goto(`${url}bench-seed/seed-archive.html`);
        const plain = await callInPage<Record<string, number>>(page, 'benchSearch', null);
        const phrases = plainOnly
          ? {}
          : await callInPage<Record<string, number>>(page, 'benchPhrases', null);
        figures = { ...plain, ...phrases };
        const f = (key: string): string => (figures[key] ?? NaN).toFixed(0);
        console.log(
          `  run ${run}, ${size.toLocaleString('en')} articles: first search ${f('firstSearchMs')} ms; search median ${(figures.searchMedianMs ?? NaN).toFixed(1)} ms (${f('queries')} queries)` +
            (plainOnly
              ? ''
              : `; phrases at limit 1,000: common ${f('commonMs')} ms (${f('commonHits')} hits), rare ${f('rareMs')} ms (${f('rareHits')}), scattered ${f('scatteredMs')} ms (${f('scatteredHits')}); a plain query during the scattered check ${f('plainDuringCheckMs')} ms`),
        );
      } finally {
        await context.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    server.close();
  }
  return figures;
}
