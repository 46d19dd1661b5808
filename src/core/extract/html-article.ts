import { Readability } from '@mozilla/readability';
import type { DocumentLike, ElementLike } from './dom-like';
import { canonicalUrlOf, fallbackPublishedTime } from './html-metadata';
import { htmlToText } from './html-to-text';
import { capDepth } from './cap-depth';
import { deriveTitle } from './derive-title';
import { failed, type ExtractOutcome } from './types';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** Fewer words than this and the "article" Readability found is a fragment or a nav block. */
const minimumWords = 25;

/**
 * Extracts the article from a parsed page with Mozilla Readability. The document is consumed
 * (Readability rewrites it). `fetchedFrom` resolves a relative canonical URL.
 */
export function extractHtmlArticle(doc: DocumentLike, fetchedFrom = ''): ExtractOutcome {
  const url = canonicalUrlOf(doc, fetchedFrom);
  const metaTime = fallbackPublishedTime(doc);
  let parsed;
  try {
    if (doc.body) capDepth(doc.body);
    parsed = new Readability<ElementLike>(doc as unknown as ReadabilityDocument, {
      serializer: (node) => node as unknown as ElementLike,
    }).parse();
  } catch {
    // Readability's own messages ("First argument to Readability constructor…", a stack
    // overflow) mean nothing to the person importing.
    return failed('The page could not be read: its HTML is malformed or too deeply nested.');
  }
  const content = parsed?.content;
  const text = content ? htmlToText(content) : '';
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (!parsed || !content || words < minimumWords)
    return failed('No article found in this page (it may be an index, a form or an empty page).');
  const title = parsed.title?.trim() ?? '';
  return {
    kind: 'ok',
    article: {
      format: 'html',
      title: title || deriveTitle(text),
      titleDerived: !title,
      byline: parsed.byline?.trim() ?? '',
      siteName: parsed.siteName?.trim() ?? '',
      publishedAt: parsed.publishedTime?.trim() || metaTime,
      url,
      text,
      html: content.innerHTML,
    },
  };
}
