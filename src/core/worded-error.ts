/**
 * An error whose message is written for the person using Verso ("That article is no longer in
 * the archive."), so the UI may show it as it is. Any other error's text stays out of the UI.
 */
export class WordedError extends Error {
  override readonly name = 'WordedError';
}
