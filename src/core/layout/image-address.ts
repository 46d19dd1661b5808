/**
 * Where an article's image may be fetched from, given the address its page recorded: an absolute
 * http(s) address, or a protocol-relative one ("//cdn.example/x.png") read as https. Anything else
 * is undefined: an address relative to a file's folder ("img/x.png", "/media/x.png") left by a page
 * imported without an address of its own (no <base>, no canonical) names no place the app can
 * reach, and fetched as it stands it would ask the app's own host for the file.
 */
export function fetchableImageAddress(recorded: string): string | undefined {
  const trimmed = recorded.trim();
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (!/^https?:\/\//i.test(absolute)) return undefined;
  try {
    return new URL(absolute).href;
  } catch {
    return undefined;
  }
}
