// The one gate for a link leaving the app (opened outside, fetched by the desktop): Electron's
// main process and the web host both apply it, so the two builds refuse the same links.

/** Returns the normalised URL when it parses as http(s) and carries no credentials, else null. */
export function parseWebUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // user:pass@host URLs are a classic phishing disguise; a news link never needs them.
  if (url.username || url.password || !url.hostname) return null;
  return url.toString();
}
