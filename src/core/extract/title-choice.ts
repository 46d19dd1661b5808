import type { DocumentLike } from './dom-like';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const bare = (text: string): string =>
  text
    .toLowerCase()
    .replace(/^(by|von|par|por|di)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** The texts of a page's level-1 headings (at most five), read before Readability rewrites it. */
export function topHeadings(doc: DocumentLike): string[] {
  const found = doc.querySelectorAll('h1');
  const out: string[] = [];
  for (let i = 0; i < found.length && out.length < 5; i++) {
    const text = squash(found[i]?.textContent ?? '');
    if (text) out.push(text);
  }
  return out;
}

/**
 * The article's title from what Readability chose and the page's level-1 headings. A title that
 * carries the heading plus a suffix ("Uncork the mystery … | DW | 10.06.2013", from og:title,
 * which Readability does not trim) becomes the heading; a title that only names the site or its
 * publisher ("100% Noticias", from a Dublin Core title) gives way to the page's one heading.
 */
export function chooseTitle(
  title: string,
  headings: readonly string[],
  names: readonly string[],
): string {
  const clean = squash(title);
  const candidates = headings.filter((h) => wordCount(h) >= 2);
  const inside = candidates.find((h) => h.length < clean.length && clean.startsWith(h));
  if (inside) return inside;
  const namesSite = names.some((n) => n && bare(n) === bare(clean));
  if (clean && namesSite && candidates.length === 1) return candidates[0] ?? clean;
  return clean;
}

/** The byline unless it only names the site or publisher again ("BBC News" by "BBC News"). */
export function bylineBesides(byline: string, names: readonly string[]): string {
  const clean = squash(byline);
  return names.some((n) => n && bare(n) === bare(clean)) ? '' : clean;
}
