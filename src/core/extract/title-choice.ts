import type { DocumentLike } from './dom-like';

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const bare = (text: string): string =>
  text
    .toLowerCase()
    .replace(/^(by|von|par|por|di)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
// Words, each Chinese or Japanese character counted as one: how much a part of a title says.
const weight = (text: string): number =>
  wordCount(text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' x '));

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

// A date in what follows the heading: "| DW | 10.06.2013", "- 2019-05-08".
const datedSuffix = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/;
// A site's name after a separator: " - CNN.com", " | Slate", " : 뉴스 : 동아닷컴", " • Dustin Curtis".
const separatedSuffix = /^\s+[-|:•·–—»/]\s+\S/;
// Chinese and Japanese headings have no spaces to count words by.
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4,}/u;

/**
 * The article's title from what Readability chose and the page's level-1 headings. A title that
 * is the heading plus a dated suffix ("Uncork the mystery … | DW | 10.06.2013", an og:title,
 * which Readability does not trim) or plus a shorter part after a separator ("… - CNN.com",
 * "… | Slate", kept by Readability when the rest is short or has no spaces) becomes the heading; a title that only names the site or its
 * publisher ("100% Noticias", from a Dublin Core title) gives way to the page's one heading.
 * Anything else stays as Readability chose it, whitespace and all.
 */
export function chooseTitle(
  title: string,
  headings: readonly string[],
  names: readonly string[],
): string {
  const kept = title.trim();
  const flat = squash(title);
  const candidates = headings.filter((h) => wordCount(h) >= 2 || cjkRun.test(h));
  // The heading plus a suffix shorter than itself: the site's name or a date, not a subtitle.
  const inside = candidates.find((h) => {
    const rest = flat.slice(h.length);
    return (
      h.length < flat.length &&
      flat.startsWith(h) &&
      (datedSuffix.test(rest) || (separatedSuffix.test(rest) && weight(rest) < weight(h)))
    );
  });
  if (inside) return inside;
  const namesSite = names.some((n) => n && bare(n) === bare(flat));
  if (flat && namesSite && candidates.length === 1) return candidates[0] ?? kept;
  return kept;
}

/** The byline unless it only names the site or publisher again ("BBC News" by "BBC News"). */
export function bylineBesides(byline: string, names: readonly string[]): string {
  const kept = byline.trim();
  return kept && names.some((n) => n && bare(n) === bare(kept)) ? '' : kept;
}
