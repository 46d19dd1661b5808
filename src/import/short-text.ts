// A file of a word or two ("Hi", a test note, a file name pasted alone) decodes and extracts
// fine and becomes an "article" nobody would call one. It is kept (the person chose the file);
// the summary says how short it is, as it does for a page saved behind a cookie banner.

/** Fewer words than this, a text is too short to be an article (a news brief runs longer). */
const fewestWords = 5;

/** A note when a text has too few words to be an article; undefined for any longer text. */
export function shortTextWarning(wordCount: number): string | undefined {
  if (wordCount <= 0 || wordCount >= fewestWords) return undefined;
  const words = wordCount === 1 ? '1 word' : `${wordCount} words`;
  return `Only ${words} — kept, but it may not be an article.`;
}
