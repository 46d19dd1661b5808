import { bylineLineOf } from './byline-line';
import { deriveTitle } from './derive-title';
import { takeTextHeader } from './text-header';
import { refuseWordless, type ExtractOutcome } from './types';

/** Line endings made `\n`, a stray BOM dropped, trailing spaces on lines removed. */
export function tidyText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/**
 * An article from plain text: its header lines (text-header.ts: date, source, address, title,
 * author) fill the article's facts and leave the text, a "By …" line near the top of what
 * follows is the byline when the header named no author; a title is derived if none is given.
 */
export function extractPlainText(
  raw: string,
  given: { readonly title?: string } = {},
): ExtractOutcome {
  const { header, rest } = takeTextHeader(raw);
  const text = tidyText(rest);
  const refused = refuseWordless(text);
  if (refused) return refused;
  const title = given.title?.trim() || header.title;
  return {
    kind: 'ok',
    article: {
      format: 'txt',
      title: title || deriveTitle(text),
      titleDerived: !title,
      byline: header.author || bylineLineOf(text),
      siteName: header.source,
      publishedAt: header.date,
      url: header.url,
      text,
      html: '',
    },
  };
}
