import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'electron-builder';
import { DebugLogger } from 'builder-util';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../electron-builder.config';

const validate = (c: Configuration): Promise<void> =>
  validateConfiguration(c, new DebugLogger(false));

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer): [number, number] => [
  bytes.readUInt32BE(16),
  bytes.readUInt32BE(20),
];

/** The square sizes stored in a Windows .ico (0 in the directory means 256). */
const icoSizes = (bytes: Buffer): number[] =>
  Array.from({ length: bytes.readUInt16LE(4) }, (_, i) => bytes[6 + i * 16] || 256);

/** The element types in a macOS .icns (is32, ic08, ic10…). */
function icnsTypes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < bytes.length; at += bytes.readUInt32BE(at + 4))
    types.push(bytes.toString('latin1', at, at + 4));
  return types;
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('is really validated: a misspelt key or a wrong type is refused', async () => {
    await expect(validate({ ...config, fileAssociation: [] } as Configuration)).rejects.toThrow(
      /fileAssociation/,
    );
    await expect(validate({ ...config, asar: 'yes' } as unknown as Configuration)).rejects.toThrow(
      /asar/,
    );
  });

  it('names the app and builds AppImage + deb, dmg and NSIS', () => {
    expect(config.appId).toBe('app.verso.desktop');
    expect(config.productName).toBe('Verso');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
  });

  it('associates .html, .htm, .txt and .md', () => {
    const exts = [config.fileAssociations ?? []].flat().flatMap((a) => [a.ext].flat());
    expect(exts.sort()).toEqual(['htm', 'html', 'md', 'txt']);
  });

  it('flips the fuses of Electron’s security checklist', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });

  it('has Linux PNGs at every hicolor size, each really that size', () => {
    const dir = String(config.linux?.icon);
    const sizes = readdirSync(dir).map((name) => {
      const [w, h] = pngSize(readFileSync(join(dir, name)));
      expect(name).toBe(`${w}x${h}.png`);
      return w;
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
  });

  it('has a Windows .ico from 16 to 256 and a macOS .icns up to 1024', () => {
    const ico = readFileSync(String(config.win?.icon));
    expect(icoSizes(ico)).toEqual([16, 24, 32, 48, 64, 256]);
    const icns = readFileSync(String(config.mac?.icon));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icnsTypes(icns)).toEqual(
      expect.arrayContaining(['is32', 'il32', 'ic08', 'ic09', 'ic10']),
    );
  });

  it('packs only the built app, and npm run dist builds it first and never publishes', () => {
    expect(config.files).toEqual(['out/**/*', 'package.json', '!node_modules/**/*']);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dist).toBe(
      'npm run build && electron-builder --config electron-builder.config.ts --publish never',
    );
    expect(existsSync('electron-builder.config.ts')).toBe(true);
  });
});
