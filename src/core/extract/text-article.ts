import { bylineLineOf } from './byline-line';
import { deriveTitle } from './derive-title';
import { refuseWordless, type ExtractOutcome } from './types';

const datePrefix = /^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s)/i;

/** Splits a leading `date YYYY-MM-DD` (the sample's convention) from the text, if it is a real date. */
export function takeLeadingDate(text: string): { readonly date: string; readonly rest: string } {
  const match = datePrefix.exec(text);
  if (!match) return { date: '', rest: text };
  const [whole, y, m, d] = match;
  const date = `${y}-${m}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
    return { date: '', rest: text };
  return { date, rest: text.slice(whole.length) };
}

/** Line endings made `\n`, a stray BOM dropped, trailing spaces on lines removed. */
export function tidyText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/**
 * An article from plain text: a leading date becomes `publishedAt`, a "By …" line near the top
 * the byline, a title is derived if none.
 */
export function extractPlainText(
  raw: string,
  given: { readonly title?: string } = {},
): ExtractOutcome {
  const { date, rest } = takeLeadingDate(raw);
  const text = tidyText(rest);
  const refused = refuseWordless(text);
  if (refused) return refused;
  const title = given.title?.trim();
  return {
    kind: 'ok',
    article: {
      format: 'txt',
      title: title || deriveTitle(text),
      titleDerived: !title,
      byline: bylineLineOf(text),
      siteName: '',
      publishedAt: date,
      url: '',
      text,
      html: '',
    },
  };
}
