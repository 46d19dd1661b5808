/**
 * A write asked for an article that is no longer in the archive (deleted in another window, or
 * between the click and the write). Typed, so the UI can say so rather than "an error inside".
 */
export class ArticleGoneError extends Error {
  override readonly name = 'ArticleGoneError';
}
