/** At most this many words of a selection are searched: a longer phrase is no more telling. */
export const maxPassageWords = 40;

// Marks that open or close a quote in a search (search's phrases.ts); an apostrophe is not one.
const quoteMarks = /["“”„«»]/g;

/**
 * The library search that finds where else a selected passage appears: its words as one quoted
 * phrase (side by side, in order, folded as search folds them: case, accents, quote styles,
 * "we're"/"we are", "£200m"/"£200 million"), cut to its first `maxPassageWords` words. Empty
 * when the selection holds no word.
 */
export function passageQuery(selected: string): string {
  const words = selected.replace(quoteMarks, ' ').split(/\s+/).filter(Boolean);
  return words.length === 0 ? '' : `"${words.slice(0, maxPassageWords).join(' ')}"`;
}
