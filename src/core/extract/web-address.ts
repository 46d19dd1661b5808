/**
 * The URL when `raw` (trimmed, resolved against `base` when given) is a web address: http or
 * https, with no white space inside. The one rule for "is this a link we can import or keep".
 */
export function webAddress(raw: string, base?: string): URL | undefined {
  const trimmed = raw.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
