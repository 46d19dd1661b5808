/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** The app version from package.json, injected at build time. */
declare const __APP_VERSION__: string;
