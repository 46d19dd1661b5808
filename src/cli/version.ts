import { readFileSync } from 'node:fs';

declare const __VERSO_VERSION__: string | undefined;

/**
 * The tool's version: written into the built command at build time (scripts/build-cli.ts);
 * read from package.json when the sources run through tsx.
 */
export function versoVersion(): string {
  if (typeof __VERSO_VERSION__ === 'string') return __VERSO_VERSION__;
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
