import type { Span } from '../core/model';
import { printsAs } from './amount-forms';
import { hasCjk } from './cjk-terms';
import { plainAscii } from './fold-term';
import { indexTerms } from './index-terms';
import { queryPhrases, type Phrase } from './phrases';
import { queryVariants } from './query-variants';

/** What a hit marks: the words matched on their own, and the phrases marked only where whole. */
export interface QueryMarks {
  readonly terms: ReadonlySet<string>;
  readonly phrases: readonly Phrase[];
}

// The index's words (index-terms.ts splits at these separators), each with where it stands.
const indexWord = /[^\n\r\p{Z}\p{P}]+/gu;

/** A query's unquoted words, and its quoted parts of one word (which are not phrases). */
function looseTerms(form: string): string[] {
  const parts = form.split(/["“”„«»]/);
  return parts.flatMap((part, i) => {
    const terms = indexTerms(part);
    return i % 2 === 0 || terms.length < 2 ? terms : [];
  });
}

/**
 * How a hit of `query` is marked, given the terms it `matched`: every form's phrases (the
 * query's "we are" is also "we’re") are marked where they stand whole, and a word that is only
 * in a phrase is not marked elsewhere (the phrase's "the" is not every "the" nearby). A phrase of
 * CJK terms is left to its terms, which mark each pair as it stands (a whole run would be a
 * clause).
 */
export function queryMarks(query: string, matched: readonly string[]): QueryMarks {
  const forms = queryVariants(query);
  const phrases = forms.flatMap(queryPhrases).filter((phrase) => !phrase.some(hasCjk));
  if (phrases.length === 0) return { terms: new Set(matched), phrases };
  const inPhrase = new Set(phrases.flat());
  const loose = new Set(forms.flatMap(looseTerms));
  const terms = new Set(matched.filter((term) => !inPhrase.has(term) || loose.has(term)));
  return { terms, phrases };
}

/** The spans of `text` where one of `phrases` stands, its words side by side as indexed. */
export function phraseSpans(text: string, phrases: readonly Phrase[]): Span[] {
  if (phrases.length === 0) return [];
  const terms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(indexWord)) {
    const word = m[0];
    for (const term of plainAscii.test(word) ? [word.toLowerCase()] : indexTerms(word)) {
      terms.push(term);
      starts.push(m.index);
      ends.push(m.index + word.length);
    }
  }
  const spans: Span[] = [];
  for (let i = 0; i < terms.length; i++) {
    let longest = 0;
    for (const phrase of phrases)
      if (phrase.length > longest && phrase.every((term, k) => printsAs(term, terms[i + k])))
        longest = phrase.length;
    if (longest === 0) continue;
    spans.push({ start: starts[i] ?? 0, end: ends[i + longest - 1] ?? 0 });
    i += longest - 1;
  }
  return spans;
}
