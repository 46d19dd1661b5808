import { Readability } from '@mozilla/readability';
import type { DocumentLike, ElementLike } from './dom-like';
import {
  canonicalUrlOf,
  fallbackPublishedTime,
  modifiedTimeOf,
  publisherOf,
} from './html-metadata';
import { htmlToText } from './html-to-text';
import { capDepth } from './cap-depth';
import { deriveTitle } from './derive-title';
import { collectEmbeddedPosts, restoreEmbeddedPosts } from './embedded-posts';
import { dedupeSourceName, dropClasses, removeFurniture } from './furniture';
import { bylineBesides, chooseTitle, topHeadings } from './title-choice';
import { removeLeadingTitle } from './leading-title';
import { keepMathJax } from './keep-mathjax';
import { failed, type ExtractOutcome } from './types';
import { dropEventHandlers } from './drop-handlers';

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** Fewer words than this and the "article" Readability found is a fragment or a nav block. */
const minimumWords = 25;

/**
 * Extracts the article from a parsed page with Mozilla Readability. The document is consumed
 * (Readability rewrites it). `fetchedFrom` resolves a relative canonical URL. `cleanUp` (on
 * unless a bench wants Readability's bare output) keeps embedded posts as quotes and removes the
 * page furniture Readability keeps.
 */
export function extractHtmlArticle(
  doc: DocumentLike,
  fetchedFrom = '',
  cleanUp = true,
): ExtractOutcome {
  const url = canonicalUrlOf(doc, fetchedFrom);
  const metaTime = fallbackPublishedTime(doc);
  const modifiedAt = modifiedTimeOf(doc);
  const publisher = publisherOf(doc);
  const headings = cleanUp ? topHeadings(doc) : [];
  const posts = cleanUp ? collectEmbeddedPosts(doc) : [];
  if (cleanUp) keepMathJax(doc);
  let parsed;
  try {
    if (doc.body) capDepth(doc.body);
    parsed = new Readability<ElementLike>(doc as unknown as ReadabilityDocument, {
      serializer: (node) => node as unknown as ElementLike,
      // Kept so that furniture can be told by its classes; dropped below as Readability would.
      keepClasses: true,
    }).parse();
  } catch {
    // Readability's own messages ("First argument to Readability constructor…", a stack
    // overflow) mean nothing to the person importing.
    return failed('The page could not be read: its HTML is malformed or too deeply nested.');
  }
  const content = parsed?.content;
  if (content && cleanUp) {
    restoreEmbeddedPosts(content, posts);
    removeFurniture(content);
  }
  if (content) {
    dropClasses(content);
    dropEventHandlers(content);
  }
  const siteName = dedupeSourceName(parsed?.siteName ?? '');
  const byline = parsed?.byline?.trim() ?? '';
  const title = cleanUp
    ? chooseTitle(parsed?.title ?? '', headings, [siteName, byline, publisher])
    : (parsed?.title?.trim() ?? '');
  if (content && cleanUp) removeLeadingTitle(content, title);
  const text = content ? htmlToText(content) : '';
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (!parsed || !content || words < minimumWords)
    return failed('No article found in this page (it may be an index, a form or an empty page).');
  return {
    kind: 'ok',
    article: {
      format: 'html',
      title: title || deriveTitle(text),
      titleDerived: !title,
      byline: cleanUp ? bylineBesides(byline, [siteName, publisher]) : byline,
      siteName,
      publishedAt: parsed.publishedTime?.trim() || metaTime,
      ...(modifiedAt ? { modifiedAt } : {}),
      url,
      text,
      html: content.innerHTML,
    },
  };
}
