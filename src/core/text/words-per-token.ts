/**
 * How many words a run of tokens is. A text written with spaces has a token a word, but Thai,
 * Lao, Khmer and Myanmar are tokenised a letter at a time (with its marks) and Chinese and
 * Japanese a character at a time, so a minimum of "8 words" counted in tokens would be under
 * three Thai words. Each text gets one figure, its tokens per word, from how many of its tokens
 * are of those scripts (the tokenisers count them as they go: nothing is segmented); a passage's
 * words are its tokens divided by it. Segmenting each passage by dictionary (Intl.Segmenter)
 * would be exact but costs ~1 µs a character and more in long texts (search/cjk-terms.ts).
 */

/**
 * Thai (Lao, Khmer, Myanmar) letters a word: Intl.Segmenter('th') on tests/fixtures/thai gives
 * 3.3, on news text ~3.1; the lower figure, so a passage is never held to more letters than usual.
 */
export const LETTERS_PER_UNSPACED_WORD = 3.1;

/**
 * Chinese and Japanese characters a word: Intl.Segmenter gives 1.5–1.9 on the encoding fixtures'
 * texts (tests/fixtures/encodings: Shift_JIS 1.53, EUC-JP 1.91, GBK 1.63, Big5 1.67).
 */
export const CHARACTERS_PER_CJK_WORD = 1.6;

/**
 * Tokens a word in a text of `count` tokens, `ideographs` of them Chinese or Japanese characters
 * and `letters` Thai (Lao, Khmer, Myanmar) letters: 1 for a text written with spaces, ~3.1 for
 * one all in Thai.
 */
export function tokensPerWord(count: number, ideographs: number, letters: number): number {
  if (ideographs === 0 && letters === 0) return 1;
  const words =
    count -
    ideographs -
    letters +
    ideographs / CHARACTERS_PER_CJK_WORD +
    letters / LETTERS_PER_UNSPACED_WORD;
  return words > 0 ? count / words : 1;
}

/**
 * Words in `tokens` tokens of a text with `perWord` tokens a word (tokensPerWord). Anything but a
 * figure over 1 (absent, or damaged in a stored fingerprint: NaN would pass every minimum) counts
 * a token a word, as before.
 */
export function wordsIn(tokens: number, perWord = 1): number {
  return perWord > 1 ? tokens / perWord : tokens;
}

/** Anything that knows its text's tokens per word (Fingerprints); undefined: written with spaces. */
export interface HasTokensPerWord {
  readonly tokensPerWord?: number;
}

/**
 * Words in `tokens` tokens aligned between two texts: counted at the lower of their tokens per
 * word, since a passage matched between a Japanese and an English text is in English.
 */
export function matchedWords(tokens: number, a?: HasTokensPerWord, b?: HasTokensPerWord): number {
  return wordsIn(tokens, Math.min(a?.tokensPerWord ?? 1, b?.tokensPerWord ?? 1));
}

/** Tokens that make `words` words in a text with `perWord` tokens a word (whole, rounded up). */
export function tokensIn(words: number, perWord = 1): number {
  return perWord > 1 ? Math.ceil(words * perWord) : words;
}
