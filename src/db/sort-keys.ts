/** The key the library sorts titles by: case- and accent-insensitive, leading quotes ignored. */
export function sortKeyOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^[\s\p{P}]+/u, '')
    .toLowerCase();
}

/** Counts words the way a reader would (core's rule, shared with `verso extract`). */
export { countWords } from '../core/extract/count-words';
