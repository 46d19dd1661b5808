import { contentHashOf } from '../core/extract/content-hash';
import { countWords } from '../db/sort-keys';

/** What a record says about its text beyond the text: worth computing apart for a big one. */
export interface TextFacts {
  readonly contentHash: string;
  readonly wordCount: number;
}

/** The content hash (dedupe) and word count of an article's text. */
export function textFactsOf(text: string): TextFacts {
  return { contentHash: contentHashOf(text), wordCount: countWords(text) };
}
