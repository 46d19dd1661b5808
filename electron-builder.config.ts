import type { Configuration } from 'electron-builder';

/**
 * Installers (`npm run dist`, for the platform it runs on): AppImage and deb on Linux, dmg on
 * macOS, NSIS on Windows. Only the built app (out/) goes in: main and preload are bundled by
 * electron-vite and import no package at run time, so node_modules stays out of the archive.
 * Validated against electron-builder's own schema by scripts/electron-builder-config.test.ts.
 */
const config: Configuration = {
  appId: 'app.verso.desktop',
  productName: 'Verso',
  copyright: 'Copyright © Verso contributors',
  electronVersion: '45.4.1',
  directories: { output: 'dist', buildResources: 'resources' },
  files: ['out/**/*', 'package.json', '!node_modules/**/*'],
  asar: true,
  // "Open with Verso" for what Verso imports; the files arrive through the open-file and
  // second-instance events (electron/main/index.ts) and are imported like picked files.
  fileAssociations: [
    { ext: ['html', 'htm'], name: 'HTML document', mimeType: 'text/html', role: 'Viewer' },
    { ext: 'txt', name: 'Plain text', mimeType: 'text/plain', role: 'Viewer' },
    { ext: 'md', name: 'Markdown document', mimeType: 'text/markdown', role: 'Viewer' },
  ],
  // Electron's security checklist, flipped in the packaged binary (@electron/fuses).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    // One PNG per size (16…1024) named WxH.png: the hicolor theme sizes desktops ask for.
    icon: 'resources/icons',
    category: 'Office',
    synopsis: 'Archive news articles offline and find what repeats in them',
    maintainer: 'Verso contributors',
  },
  mac: {
    target: 'dmg',
    icon: 'resources/icon.icns',
    category: 'public.app-category.news',
  },
  win: {
    target: 'nsis',
    icon: 'resources/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  publish: null,
};

export default config;
