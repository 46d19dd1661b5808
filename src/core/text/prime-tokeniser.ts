import { tokenise } from './tokenise';

// Every branch of the tokeniser: words, clause and sentence edges, line and paragraph breaks,
// closing quotes, apostrophes and contractions, money, magnitudes, numbers with separators,
// per cent, accented and non-Latin letters, ideographs, astral characters, a one-byte and a
// two-byte string, and texts that end in a digit and in punctuation.
const TEXTS = [
  'Plain words, a clause; a sentence. Another! A question? (Brackets) and: more.\nLine\n\nNext',
  '“Quoted,” ‘single’ "straight" it’s we’re can\'t won\'t cannot percent £200m $5bn €3 10% 1,000 2.5 3,14 x… 。！？、， — – 25.',
  'Ünïcödé naïve 中文字 ひらがな カタカナ 😀 𝒜bc\r\nend 42',
];

let primed = false;

/**
 * Run the tokeniser once over texts that take each of its branches, before an archive's worth
 * of texts. V8 compiles the tokeniser after a few texts from what it has seen so far; a branch
 * first taken later (a digit at a text's end, a contraction, an ideograph) throws the compiled
 * code away and the tokeniser runs in the interpreter again until it is recompiled — at 10,000
 * articles that cost as much as tokenising half of them. Seeing every branch first, it is
 * compiled once. Cheap (three short texts) and done once per process.
 */
export function primeTokeniser(): void {
  if (primed) return;
  primed = true;
  for (let round = 0; round < 2; round++)
    for (const text of TEXTS) {
      tokenise(text);
      tokenise(text, undefined, false);
      tokenise(text, []);
    }
}
