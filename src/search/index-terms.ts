import { foldTerm } from './fold-term';

// MiniSearch's tokenizer, kept so words split where they did before the compact index.
const spaceOrPunctuation = /[\n\r\p{Z}\p{P}]+/u;

/** The index terms of a text, in order: split at spaces and punctuation, folded. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of text.split(spaceOrPunctuation)) {
    if (!token) continue;
    const term = foldTerm(token).replace(/^'+|'+$/g, '');
    if (term) terms.push(term);
  }
  return terms;
}
