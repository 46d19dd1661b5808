import type { ComponentVersion } from '../../src/shared/ipc';

/** The versions Help › About lists for the desktop app, from `process.versions`. */
export function runtimeComponents(versions: NodeJS.ProcessVersions): ComponentVersion[] {
  const named: [string, string | undefined][] = [
    ['Electron', versions.electron],
    ['Chromium', versions.chrome],
    ['Node.js', versions.node],
    ['V8', versions.v8],
  ];
  return named.map(([name, version]) => ({ name, version: version ?? 'unknown' }));
}
