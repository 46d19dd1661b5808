/**
 * The address to open outside the app, or undefined unless it parses as http(s): the same rule
 * the desktop applies, so a javascript:, file: or custom-scheme link opens nothing.
 */
export function externalWebUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
