import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { pwaOptions } from './pwa.config';
import { preloadApp } from './scripts/preload-app';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// Main is ESM (package.json "type": "module"); the preload runs sandboxed, where Electron only
// loads CommonJS, so it is bundled as one self-contained .cjs file.
export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src'),
    base: './',
    // Only what the page itself serves; packaging icons stay in resources/ out of the renderer.
    publicDir: resolve('resources/public'),
    plugins: [
      react(),
      VitePWA(pwaOptions),
      // The second part is not named in index.html: preloaded beside the first, it came ~40-60 ms
      // later to the library's first rows at 100,000 on a calm machine (session 28, two same-run
      // pairs). VERSO_PRELOAD_APP=1 names it again, for the library-open bench.
      ...(process.env.VERSO_PRELOAD_APP === '1' ? [preloadApp('/src/ui/start-app.tsx')] : []),
    ],
    define: { __APP_VERSION__: JSON.stringify(version) },
    worker: { format: 'es' },
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves output unminified; the renderer's start-up parse time is worth minifying.
      // VERSO_READABLE_BUILD=1 (the scale bench's profiled run) keeps names for the profiles.
      minify: process.env.VERSO_READABLE_BUILD !== '1',
      rolldownOptions: { input: { index: resolve('src/index.html') } },
    },
  },
});
