/** The formats Verso reads articles from. */
export type SourceFormat = 'txt' | 'md' | 'html';

/** An article as extracted from a file, a page or pasted text, before it is archived. */
export interface ExtractedArticle {
  readonly format: SourceFormat;
  readonly title: string;
  /** True when no title was given and it was derived from the first sentence. */
  readonly titleDerived: boolean;
  readonly byline: string;
  readonly siteName: string;
  /** ISO date or date-time; '' when unknown. */
  readonly publishedAt: string;
  /** When the page says it last changed, ISO; absent when it does not say (files, text). */
  readonly modifiedAt?: string;
  /** Canonical URL; '' when unknown. */
  readonly url: string;
  /** Tags the source gave (Markdown front matter); none for other formats. */
  readonly tags?: readonly string[];
  /** Plain text, paragraphs separated by a blank line. */
  readonly text: string;
  /** The article's HTML as extracted, NOT sanitised (the caller sanitises before keeping it). */
  readonly html: string;
}

/** An extraction that worked, or the reason it did not, in words for the person importing. */
export type ExtractOutcome =
  | {
      readonly kind: 'ok';
      readonly article: ExtractedArticle;
      /** Read, but with something the person importing should know (bad bytes replaced). */
      readonly warning?: string;
      /** The encoding the bytes were read with, and whether it was a guess the detector doubted. */
      readonly decoding?: { readonly encoding: string; readonly assumed: boolean };
    }
  | { readonly kind: 'failed'; readonly reason: string };

/** Fails with a reason; keeps call sites short. */
export function failed(reason: string): ExtractOutcome {
  return { kind: 'failed', reason };
}

/**
 * The refusal of a text with no words in it — empty, or only punctuation and symbols, which would
 * be archived as a 0-word article nobody can search or compare — else undefined.
 */
export function refuseWordless(text: string): ExtractOutcome | undefined {
  if (!text) return failed('There is no text in it.');
  // Stops at the first letter or digit, so a long text costs next to nothing.
  if (!/[\p{L}\p{N}]/u.test(text))
    return failed('There are no words in it, only punctuation or symbols.');
  return undefined;
}
