import { CONTINUES } from '../text/token-flags';
import { tokeniseShared } from '../text/tokenise';
import { TokenBuilder } from '../text/token-stream';
import { wordStarts } from '../text/unspaced-words';

// A builder of its own: the shared one may hold another caller's tokens until it copies them.
let counting = new TokenBuilder(1024);

/**
 * Counts words by the one rule the compare and the echoes use: the tokeniser's raw tokens. A
 * run of letters or digits is a word; an apostrophe inside a word ("we’re"), a comma or point
 * between digits ("1,000", "3.5") and a currency sign before a digit ("£1.2bn") do not split it;
 * a hyphen does ("well-known" is two); in Thai, Lao, Khmer, Myanmar, Chinese and Japanese a word
 * is what Intl.Segmenter calls one (text/unspaced-words.ts), not a letter. The archive's
 * word count, the reader, `verso extract` and `verso compare` all give this figure for one text.
 */
export function countWords(text: string): number {
  const tokens = tokeniseShared(text, undefined, counting);
  let words = 0;
  if (tokens.ideographs + tokens.unspacedLetters > 0)
    for (const start of wordStarts(text, tokens)) words += start;
  // "we’re" is two tokens (we, are); the second continues the first's raw token.
  else
    for (let i = 0; i < tokens.count; i++) if (((tokens.flags[i] ?? 0) & CONTINUES) === 0) words++;
  // Kept small between texts: one long article would otherwise hold its arrays for good.
  if (tokens.hashes.length > 1 << 16) counting = new TokenBuilder(1024);
  return words;
}
