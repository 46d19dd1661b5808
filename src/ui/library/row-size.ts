// A library row's lines, in rem, as library.css sets them: the list places rows by arithmetic
// (FixedList), so every row is exactly this tall and its lines must fill it, not leave it half
// blank. In rem, so rows grow with the reader's chosen font size rather than clip their lines.
const paddingRem = 1.0; // 0.5rem above and below
const titleRem = 1.4;
const gapRem = 0.1; // above the meta line and above the text under it
const lineRem = 1.25; // the meta line, the lede, each line of a snippet
const borderRem = 0.1; // the 1px rule under each row, inside its height

/**
 * A row's height in rem: title, meta line, and one line of the article's opening words, or two
 * of a search hit's snippet.
 */
export function rowRems(snippet: boolean): number {
  const textLines = snippet ? 2 : 1;
  return paddingRem + titleRem + 2 * gapRem + lineRem * (1 + textLines) + borderRem;
}

let rootPx: number | undefined;

/** The page's rem in pixels, read once (a style read, no layout). */
export function rootFontPx(): number {
  rootPx ??= parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return rootPx;
}
