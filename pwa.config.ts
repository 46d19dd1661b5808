import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The web build's service worker and manifest (vite-plugin-pwa generating a Workbox service
 * worker). The whole app shell is precached, so after one visit the web build opens and reads the
 * archive (IndexedDB) with the network off. 'prompt': a new build waits until the person agrees
 * to reload, so an import or an unsaved note is never cut short by an update.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // Registered from the UI (src/ui/shell/use-service-worker.ts) and only by the web host:
  // Electron serves the same files from app://, where a service worker has no work to do.
  injectRegister: false,
  manifest: {
    name: 'Verso',
    short_name: 'Verso',
    description: 'Archive news articles offline and find what repeats in them.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f7f5f0',
    theme_color: '#8a3b12',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // Everything the renderer is made of, workers and lazily loaded screens included.
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    // Hash routes (#/article/…) all load index.html; any other navigation falls back to it too.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first visit's page is controlled at once, so it works offline without a second load.
    clientsClaim: true,
  },
};
