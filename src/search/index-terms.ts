import { ignorableChars } from '../core/text/char-class';
import { hasCjk, pushCjkTerms } from './cjk-terms';
import { foldUnicode, plainAscii } from './fold-term';

// MiniSearch's tokenizer, kept so words split where they did before the compact index.
const spaceOrPunctuation = /[\n\r\p{Z}\p{P}]+/u;
const edgeApostrophes = /^'+|'+$/g;

/**
 * What version of these rules built a saved index (the manifest says; search-engine.ts). 2: soft
 * hyphens and zero-width characters are folded away, CJK runs are bigrams (cjk-terms.ts); an
 * index of version 1 (none stamped) still holds its terms as version 2 would when none of them
 * has such a character. 3: the same terms, postings saved packed (postings.ts); rows of version
 * 2 are read and saved again packed, and a build of version 2 rebuilds an index of 3, which it
 * cannot read.
 */
export const indexTermsVersion = 3;

const version1Only = new RegExp(
  `[${ignorableChars}\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}]`,
  'u',
);

/**
 * True when an index of version 1 could hold `term` only from a word version 2 splits or folds
 * otherwise: one with an unprinted or a CJK character (the only words the two treat apart).
 */
export function changedSinceVersion1(term: string): boolean {
  return version1Only.test(term);
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
