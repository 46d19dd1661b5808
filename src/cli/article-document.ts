import { urlKeyOf } from '../core/extract/normalise-url';
import type { ExtractedArticle } from '../core/extract/types';
import type { DocumentFile } from './read-document';
import { sourceOf } from '../core/sources/source-of';

/**
 * An extracted page or Markdown file as a document: its text and what provenance and the version
 * rule read (date, site, address once normalised, whether the title was made up).
 */
export function articleDocument(path: string, article: ExtractedArticle): DocumentFile {
  const { title, text, publishedAt, modifiedAt, siteName, url, titleDerived } = article;
  const urlKey = url ? urlKeyOf(url) : '';
  return {
    path,
    title,
    text,
    published: publishedAt,
    ...(modifiedAt ? { modified: modifiedAt } : {}),
    // Its source as the app's import files it (the host when the page names no site).
    site: sourceOf(siteName, url),
    ...(urlKey ? { urlKey } : {}),
    titleDerived,
  };
}
