import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { appResponseHeaders, appScheme, resolveAppFile } from './app-scheme';

/** Declares app:// a standard, secure scheme; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      // standard: a real origin (IndexedDB, relative URLs); secure: like https (workers, storage).
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer at app://verso/ from `root`, with the CSP as a header. */
export function serveAppScheme(root: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = request.method === 'GET' ? resolveAppFile(request.url, root) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: appResponseHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
