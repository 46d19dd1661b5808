/** The key the library sorts titles by: case- and accent-insensitive, leading quotes ignored. */
export function sortKeyOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^[\s\p{P}]+/u, '')
    .toLowerCase();
}

/** Counts words the way a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}
