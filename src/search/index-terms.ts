import { ignorableChars } from '../core/text/char-class';
import { hasCjk, pushCjkTerms, unspacedScripts } from './cjk-terms';
import { foldUnicode, plainAscii } from './fold-term';

// MiniSearch's tokenizer, kept so words split where they did before the compact index.
const spaceOrPunctuation = /[\n\r\p{Z}\p{P}]+/u;
const edgeApostrophes = /^'+|'+$/g;

/**
 * What version of these rules built a saved index (the manifest says; search-engine.ts). 2: soft
 * hyphens and zero-width characters are folded away, CJK runs are bigrams (cjk-terms.ts). 3: the
 * same terms, postings saved packed (postings.ts); rows saved before are read and saved again
 * packed, and a build of version 2 rebuilds an index of 3, which it cannot read. 4: runs of Thai,
 * Lao, Khmer and Myanmar are bigrams too. 5: the same terms, each row's article ids, sources and
 * tags packed (core's SegmentColumns); older rows are read and saved again packed. 6: the tone
 * and vowel marks of Thai, Lao, Khmer and Myanmar are kept (fold-term.ts), each with its letter
 * as one character of a pair. An older index holds its terms as this version would when none of
 * them has a character the versions since treat otherwise (changedSince).
 */
export const indexTermsVersion = 6;

/** Letters of the scripts version 4 reads as pairs and 6 keeps the marks of. */
const unspacedLetters = /[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
const changedSince = new Map<number, RegExp>([
  [1, new RegExp(`[${ignorableChars}${unspacedScripts}]`, 'u')],
  [2, unspacedLetters],
  [3, unspacedLetters],
  [4, unspacedLetters],
  [5, unspacedLetters],
]);

/**
 * A test of whether an index of rules `version` could hold `term` only from a word this version
 * splits or folds otherwise (one with an unprinted character, or of a script without spaces).
 */
export function changedSinceVersion(version: number): (term: string) => boolean {
  const pattern = changedSince.get(version);
  return pattern ? (term) => pattern.test(term) : () => false;
}

/** The index terms of a text, in order: split at spaces and punctuation, folded. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of text.split(spaceOrPunctuation)) {
    if (!token) continue;
    // Plain ASCII (most words) is only lower-cased; only another word may hold a CJK character.
    if (plainAscii.test(token)) {
      keep(token.toLowerCase(), terms);
      continue;
    }
    const folded = foldUnicode(token);
    if (hasCjk(folded)) pushCjkTerms(folded, terms, keep);
    else keep(folded, terms);
  }
  return terms;
}

/** Adds a folded word to `terms`, without the apostrophes at its ends. */
function keep(folded: string, terms: string[]): void {
  const term = folded.replace(edgeApostrophes, '');
  if (term) terms.push(term);
}
