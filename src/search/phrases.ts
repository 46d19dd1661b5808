import { currencySignChars, isBareAmount, printsAs } from './amount-forms';
import { cjkCharsOf, hasCjk, unspacedScripts } from './cjk-terms';
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
    if (!printsAs(first ?? '', terms[i])) continue;
    let j = 1;
    while (j < phrase.length && printsAs(phrase[j] ?? '', terms[i + j])) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

// The index's separators (index-terms.ts), as a class to build patterns with; a word character
// here is one of a word the index splits at separators only (not a CJK one, see cjk-terms.ts).
const separator = String.raw`[\n\r\p{Z}\p{P}]`;
const word = String.raw`[^\n\r\p{Z}\p{P}${unspacedScripts}]`;
const wordNotSign = String.raw`[^\n\r\p{Z}\p{P}${unspacedScripts}${currencySignChars}]`;
const sign = `[${currencySignChars}]`;
const syntax = /[\^$\\.*+?()[\]{}|/]/g;
const patterns = new WeakMap<Phrase, RegExp>();
const escaped = (term: string): string => term.replace(syntax, String.raw`\$&`);
// A bare amount in a phrase stands in a field with or without a sign ("200m" as "£200m").
const printed = (term: string): string => (isBareAmount(term) ? `${sign}?` : '') + escaped(term);

/** What joins `next` to `prev` in a field that holds both side by side as index terms. */
function joinOf(prev: string, next: string): string {
  const [a, b] = [hasCjk(prev), hasCjk(next)];
  if (!a && !b) return `${separator}+${printed(next)}`;
  // A CJK run and a word of another script are split without a separator ("iphone手机").
  if (a !== b) return `${separator}*${printed(next)}`;
  const [first, second] = cjkCharsOf(next);
  // Two bigrams of one run overlap ("中国", "国政" from "中国政"); a run that ends in "中国" and one
  // that starts "国政" give the same two terms.
  if (second !== undefined && cjkCharsOf(prev).at(-1) === first)
    return `(?:${separator}+${escaped(first ?? '')})?${escaped(second)}`;
  return `${separator}+${escaped(next)}`;
}

/**
 * The phrase's terms as they stand in a folded field: a quick test that every field holding the
 * phrase passes (a field folded whole folds each word as the index does, and its separators stay
 * separators), while most that do not hold it fail it without being split into words. A pass is
 * then checked on the terms: folding a whole text can make a separator inside a word the index
 * kept whole (a backtick becomes an apostrophe).
 */
function patternOf(phrase: Phrase): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const [first = '', ...rest] = phrase;
    const lead = escaped(first);
    const joins = rest.map((term, i) => joinOf(phrase[i] ?? '', term)).join('');
    // The first term leads, so the engine can scan for it; the word boundaries are lookarounds,
    // and a CJK term has none (a bigram sits anywhere in its run).
    // A bare amount may have a sign before it, itself with no word before it.
    const before = hasCjk(first)
      ? ''
      : isBareAmount(first)
        ? `(?<!(?:${word}${sign}|${wordNotSign})${lead})`
        : `(?<!${word}${lead})`;
    const after = hasCjk(phrase.at(-1) ?? '') ? '' : `(?!${word})`;
    pattern = new RegExp(`${lead}${before}${joins}${after}`, 'u');
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
