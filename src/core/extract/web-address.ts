/**
 * The URL when `raw` (trimmed, resolved against `base` when given) is a web address: http or
 * https, with no white space inside. The one rule for "is this a link we can import or keep".
 */
export function webAddress(raw: string, base?: string): URL | undefined {
  const trimmed = raw.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  return parsedWebAddress(trimmed, base || undefined);
}

/**
 * The URL when `raw` parses as it is (resolved against `base` when given) with an http or https
 * scheme; the URL parser's own leniency, for addresses read back from files and feeds.
 */
export function parsedWebAddress(raw: string, base?: string): URL | undefined {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
