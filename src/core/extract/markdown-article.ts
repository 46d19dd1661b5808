import type { HtmlParser } from './dom-like';
import { bylineLineOf } from './byline-line';
import { deriveTitle } from './derive-title';
import { markdownHtmlOffPage } from './markdown-dom';
import { splitFrontMatter } from './front-matter';
import { firstHeading, markdownToHtml, markdownToText } from './markdown-text';
import { tidyText } from './text-article';
import { takeTextHeader } from './text-header';
import { refuseWordless, type ExtractOutcome } from './types';

/**
 * An article from Markdown (markdown-it, CommonMark): title, date, author, source, url and tags
 * from YAML front matter, else from header lines as a .txt has them (`Source: …`, `date
 * YYYY-MM-DD`: text-header.ts) and the title from the first level-1 heading. The structure (headings, lists, quotes, code) is kept as HTML for
 * the reader; the text is what that HTML reads as. Given a parser (the extractor's own DOM, off the
 * page), raw HTML in the Markdown loses its event handlers and `<base>` there (markdown-dom.ts).
 */
export function extractMarkdown(raw: string, parseHtml?: HtmlParser): ExtractOutcome {
  const { fields, body: afterFront } = splitFrontMatter(tidyText(raw));
  const { header, rest: body } = takeTextHeader(afterFront);
  const text = tidyText(markdownToText(body));
  const refused = refuseWordless(text);
  if (refused) return refused;
  const title = fields.title || header.title || firstHeading(body);
  const url = fields.url || header.url;
  const rendered = markdownToHtml(body);
  return {
    kind: 'ok',
    article: {
      format: 'md',
      title: title || deriveTitle(text),
      titleDerived: !title,
      byline: fields.author || header.author || bylineLineOf(text),
      siteName: fields.source || header.source,
      publishedAt: fields.date || header.date,
      url: /^https?:\/\//i.test(url) ? url : '',
      tags: fields.tags,
      text,
      html:
        rendered.activeHtml && parseHtml
          ? markdownHtmlOffPage(rendered.html, parseHtml)
          : rendered.html,
    },
  };
}
