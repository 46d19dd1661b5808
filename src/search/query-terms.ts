import { signedForms } from './amount-forms';
import { isCjkChar } from './cjk-terms';
import { indexTerms } from './index-terms';
import { quotedParts } from './phrases';
import type { TermDictionary } from './term-dictionary';

/** An index term a query word stands for, and how much a match on it counts. */
export interface Expansion {
  readonly term: string;
  readonly weight: number;
}

// MiniSearch's weights and rules, kept so ranking does not change with the index's format.
const prefixWeight = 0.375;
const fuzzyWeight = 0.45;

/**
 * The query's words (distinct, folded as the index folds them), each expanded to the terms it
 * matches: itself; if it is the last word and 3+ letters, longer terms it begins; if it has 6+
 * letters, or 5 and no article holds it, terms within 15% edits, at least one (a typo). Prefix matches weigh less than exact ones, typos less
 * still, both less the further they are. A word in quotes ("Healey") is matched exactly: someone
 * who quotes a name does not want its near spellings ("Haley"). A CJK run is its bigrams, a lone CJK
 * character every term holding it (cjk-terms.ts). A bare amount ("200m") also matches it after each
 * currency sign ("£200m", amount-forms.ts), as a prefix too when last.
 */
export function expandQuery(text: string, dictionary: TermDictionary): Expansion[][] {
  // Match counts are bytes: a query past 64 distinct words is cut there.
  const exact = quotedTerms(text);
  const words = [...new Set(indexTerms(text))].slice(0, 64);
  return words.map((word, i) => {
    // One CJK character is a term only where it stands alone; elsewhere it is inside bigrams
    // (cjk-terms.ts), each of which holds it as typed, so each counts as much.
    if (word.length <= 2 && [...word].length === 1 && isCjkChar(word))
      return [word, ...dictionary.cjkHolding(word).filter((t) => t !== word)].map((term) => ({
        term,
        weight: 1,
      }));
    const found: Expansion[] = [{ term: word, weight: 1 }];
    // A bare amount is the same amount in each currency, quoted or not: a way of printing it, as
    // "£200m" is "£200 million" (query-variants.ts), and a lookup here rather than a search each.
    const signed = signedForms(word);
    for (const term of signed) if (dictionary.has(term)) found.push({ term, weight: 1 });
    if (exact.has(word)) return found;
    const seen = new Set([word, ...signed]);
    if (i === words.length - 1 && word.length >= 3)
      for (const prefix of [word, ...signed])
        for (const [term, extra] of dictionary.longerWithPrefix(prefix)) {
          seen.add(term);
          found.push({ term, weight: (prefixWeight * term.length) / (term.length + 0.3 * extra) });
        }
    // Five letters allow a typo only when no article holds the word as typed: a misspelt short
    // surname ("Healy" for Healey) is found, while a real word is not widened to its neighbours
    // ("court" to count, "water" to later). Four letters and under stay exact.
    const typo = word.length >= 6 || (word.length === 5 && !dictionary.has(word));
    const edits = typo ? Math.min(6, Math.max(1, Math.round(word.length * 0.15))) : 0;
    if (edits > 0)
      for (const [term, distance] of dictionary.near(word, edits)) {
        if (seen.has(term)) continue;
        seen.add(term);
        found.push({ term, weight: (fuzzyWeight * term.length) / (term.length + distance) });
      }
    return found;
  });
}

/** The index terms of the query's quoted parts (an unclosed quote runs to the end). */
function quotedTerms(text: string): Set<string> {
  return new Set(quotedParts(text).flatMap((part) => indexTerms(part)));
}
