import { foldTerm } from './fold-term';
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

// The index's separators (index-terms.ts), as a class to build patterns with.
const separator = String.raw`[\n\r\p{Z}\p{P}]`;
const word = String.raw`[^\n\r\p{Z}\p{P}]`;
const syntax = /[\^$\\.*+?()[\]{}|/]/g;
const patterns = new WeakMap<Phrase, RegExp>();

/**
 * The phrase's terms with separators between them, to look for in a folded field: a quick test
 * that every field holding the phrase passes (a field folded whole folds each word as the index
 * does, and its separators stay separators), while most that do not hold it fail it without being
 * split into words. A pass is then checked on the terms: folding a whole text can make a separator
 * inside a word the index kept whole (a backtick becomes an apostrophe).
 */
function patternOf(phrase: Phrase): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const terms = phrase.map((term) => term.replace(syntax, String.raw`\$&`));
    const [first = '', ...rest] = terms;
    // The first term leads, so the engine can scan for it; the word boundaries are lookarounds.
    const after = rest.map((term) => `${separator}+${term}`).join('');
    pattern = new RegExp(`${first}(?<!${word}${first})${after}(?!${word})`, 'u');
    patterns.set(phrase, pattern);
  }
  return pattern;
}

/** A whole field folded as foldTerm folds one word (plain ASCII lines only lower-cased). */
function foldText(text: string): string {
  return /^[\t\n\r\x20-\x5f\x61-\x7e]*$/.test(text) ? text.toLowerCase() : foldTerm(text);
}

/**
 * Whether the article holds every phrase, each inside one searched field (a phrase does not run
 * from the title into the text). The text is split as the index splits it, so a phrase runs over
 * line breaks and punctuation ("step.\nDown" holds "step down"), as the words' postings would.
 */
export function holdsPhrases(doc: SearchDocument, phrases: readonly Phrase[]): boolean {
  if (phrases.length === 0) return true;
  const folded = searchedFields.map(() => undefined as string | undefined);
  const split = searchedFields.map(() => undefined as readonly string[] | undefined);
  return phrases.every((phrase) =>
    searchedFields.some((field, f) => {
      if (!patternOf(phrase).test((folded[f] ??= foldText(doc[field])))) return false;
      return containsPhrase((split[f] ??= indexTerms(doc[field])), phrase);
    }),
  );
}
