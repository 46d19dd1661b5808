import type { ArchiveDatabase } from '../../db/database';
import { readArticleTexts } from '../../db/article-texts';

/** How much of an article's opening a library row is given: more than its one line shows. */
const ledeChars = 240;

/**
 * An article's opening words for its library row: the start of its text, spaces run together,
 * without the title when the text starts by repeating it (as extracted pages often do), cut at a
 * word within `width` characters.
 */
export function ledeOf(text: string, title: string, width = ledeChars): string {
  const flat = (value: string): string => value.replace(/\s+/g, ' ').trim();
  let opening = flat(text.slice(0, width * 2 + title.length * 2));
  const heading = flat(title);
  if (heading && opening.toLowerCase().startsWith(heading.toLowerCase()))
    opening = opening.slice(heading.length).replace(/^[\s\p{P}]+/u, '');
  if (opening.length <= width) return opening;
  const cut = opening.lastIndexOf(' ', width);
  // No "…" of its own: the row clips the line with one.
  return opening.slice(0, cut > width / 2 ? cut : width);
}

/**
 * The ledes of these articles, by id (absent ones left out): read where it is called, so the
 * derive worker calls it and only these few hundred characters reach the page's thread.
 */
export async function readLedes(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const texts = await readArticleTexts(db, ids);
  const ledes = new Map<string, string>();
  for (const [id, article] of texts) ledes.set(id, ledeOf(article.text, article.title));
  return ledes;
}
