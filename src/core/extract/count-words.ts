/**
 * Counts words the way a reader would: runs of letters or digits, an apostrophe inside a word
 * ("we’re", "don't") not splitting it. The archive's word count and `verso extract` both use it,
 * so the app and the command give one figure for one text.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}
