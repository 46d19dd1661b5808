import { indexTerms } from './index-terms';
import { searchedFields } from './segment';
import type { SearchDocument } from '../core/search-store';

/** A quoted phrase as index terms, in order (two or more: one quoted word is just exact). */
export type Phrase = readonly string[];

// Straight, curly and low quotation marks, and guillemets, open or close a quote alike.
const quoteMark = /["“”„«»]/;

/** The query's quoted parts (an unclosed quote runs to the end), as typed. */
export function quotedParts(text: string): string[] {
  const parts = text.split(quoteMark);
  const quoted: string[] = [];
  for (let i = 1; i < parts.length; i += 2) quoted.push(parts[i] ?? '');
  return quoted;
}

/**
 * The query's phrases: each quoted part of two or more index terms, folded and split exactly as
 * the index splits an article ("step-down", "we’re" and "£200 million" are phrases of two).
 */
export function queryPhrases(text: string): Phrase[] {
  return quotedParts(text)
    .map((part) => indexTerms(part))
    .filter((terms) => terms.length >= 2);
}

/** Whether `phrase` occurs in `terms` as a run of consecutive terms. */
export function containsPhrase(terms: readonly string[], phrase: Phrase): boolean {
  const first = phrase[0];
  const last = terms.length - phrase.length;
  for (let i = 0; i <= last; i++) {
    if (terms[i] !== first) continue;
    let j = 1;
    while (j < phrase.length && terms[i + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

/**
 * Whether the article holds every phrase, each inside one searched field (a phrase does not run
 * from the title into the text). The text is split as the index splits it, so a phrase runs over
 * line breaks and punctuation ("step.\nDown" holds "step down"), as the words' postings would.
 */
export function holdsPhrases(doc: SearchDocument, phrases: readonly Phrase[]): boolean {
  if (phrases.length === 0) return true;
  // The short fields first: most phrases found in a title never split the text.
  const split = searchedFields.map(() => undefined as readonly string[] | undefined);
  return phrases.every((phrase) =>
    searchedFields.some((field, f) => {
      const terms = (split[f] ??= indexTerms(doc[field]));
      return containsPhrase(terms, phrase);
    }),
  );
}
