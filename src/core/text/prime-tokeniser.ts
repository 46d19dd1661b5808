import { tokenise, tokeniseShared } from './tokenise';
import { tokeniseUtf8 } from './tokenise-utf8';
import { TokenBuilder } from './token-stream';

// Every branch of the tokenisers: words, clause and sentence edges, line and paragraph breaks,
// closing quotes, apostrophes and contractions, money, magnitudes, numbers with separators,
// per cent, accented and non-Latin letters, ideographs, Thai, astral characters (a letter, an emoji, a
// currency sign), combining marks, control characters, a one-byte and a two-byte string, and
// texts that end in a digit, in punctuation and in a multi-byte closer, and unprinted characters
// inside and after words.
const TEXTS = [
  'Plain words, a clause; a sentence. Another! A question? (Brackets) and: more.\nLine\n\nNext',
  '“Quoted,” ‘single’ "straight" it’s we’re can\'t won\'t cannot percent £200m $5bn €3 10% 1% 1,000 2.5 3,14 x… 。！？、， — – 25.',
  'Ünïcödé naïve İstanbul e\u0301 中文字 ภาษาไทย ひらがな カタカナ 😀 𝒜bc \u{1E2FF}5 ab’😀\r\nend\u2029x\u0001y 42',
  'He said “no.”’ Then 12',
  '中文。字，ひ、カ！ (英) x.😀',
  'gov\u00ADern\u200Bment can\u00ADnot end\u00AD \uFEFFx',
];

let primed = false;

/**
 * Run the tokenisers once over texts that take each of their branches, before an archive's worth
 * of texts. V8 compiles a tokeniser after a few texts from what it has seen so far; a branch
 * first taken later (a digit at a text's end, a contraction, an ideograph, a full token array)
 * throws the compiled code away and the tokeniser runs in the interpreter again until it is
 * recompiled — at 10,000 articles that cost as much as tokenising half of them, and each
 * compilation of a tokeniser costs tens of milliseconds of CPU. Seeing every branch first, each
 * is compiled once. A one-token builder makes every token push grow its arrays once. Cheap (a
 * few short texts) and done once per process.
 */
export function primeTokeniser(): void {
  if (primed) return;
  primed = true;
  const encoder = new TextEncoder();
  for (let round = 0; round < 3; round++)
    for (const text of TEXTS) {
      tokenise(text);
      tokenise(text, undefined, false);
      tokenise(text, []);
      tokeniseShared(text, undefined, new TokenBuilder(1));
      const bytes = encoder.encode(text);
      tokeniseUtf8(bytes);
      tokeniseUtf8(bytes, bytes.length, new TokenBuilder(1));
    }
}
