import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicyHeader } from './csp';

/** Our custom scheme: the renderer is served from app://verso/ instead of file://. */
export const appScheme = 'app';

/** The origin the renderer runs at in a built app. */
export const appOrigin = `${appScheme}://verso`;

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under `root` an app:// request asks for, or null for another host, a path that
 * escapes the folder, or anything that is not a plain GET-able path.
 */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== 'verso') return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const base = normalize(root);
  const file = normalize(join(base, path === '/' ? 'index.html' : path));
  return file.startsWith(`${base}${sep}`) ? file : null;
}

/** Response headers for a file served over app://: its type, no sniffing, and the CSP. */
export function appResponseHeaders(file: string): Record<string, string> {
  return {
    'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'content-security-policy': contentSecurityPolicyHeader,
  };
}
