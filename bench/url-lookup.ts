/**
 * The v20 addresses at scale (h25b): on a copy of a seeded profile (SCALE_SEEDED=DIR, its
 * DIR/<SCALE_UPGRADE_SIZE> as the scale bench keeps them, default 100,000), served at SCALE_PORT
 * like the scale bench, times the first open at v20, one URL import's "already archived" check
 * before and after the background fill, and the fill. Run: SCALE_SEEDED=DIR npm run bench --
 * url-lookup. Nothing of the app's UI runs: the page calls the app's modules itself.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../scripts/chromium';
import { serveStatic } from '../scripts/static-server';
import { buildPages, callInPage, chromiumPath } from './browser/run-in-browser';

const size = Number(process.env.SCALE_UPGRADE_SIZE ?? 100_000);
const seeded = process.env.SCALE_SEEDED;
const runs = Number(process.env.URL_LOOKUP_RUNS ?? 5);

/** Prints the figures of one probe run. */
export async function runUrlLookupBench(): Promise<Record<string, number | string>> {
  if (!seeded) throw new Error('Set SCALE_SEEDED (see bench/url-lookup.ts).');
  execSync('npx electron-vite build', { stdio: 'ignore' });
  const rendererDir = resolve('out/renderer');
  await buildPages(['url-lookup'], join(rendererDir, 'bench-url'));
  const { server, url } = await serveStatic(rendererDir, Number(process.env.SCALE_PORT ?? 5288));
  const profile = mkdtempSync(join(tmpdir(), 'verso-url-lookup-'));
  cpSync(join(seeded, String(size)), profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  });
  try {
    const page = await context.newPage();
    await page.goto(`${url}bench-url/url-lookup.html`);
    const figures = await callInPage<Record<string, number | string>>(page, 'probeUrlLookup', runs);
    for (const [name, value] of Object.entries(figures))
      console.log(`  ${name}: ${typeof value === 'number' ? value.toFixed(1) : value}`);
    return figures;
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
