/**
 * What the CLI passes the clusters about each document, as the app passes an article's facts:
 * its date, its source and the story it is a version of (the one version rule, core's).
 */
import type { DocMeta } from '../core/echoes/clusters/cluster-result';
import { parseInstant, undated } from '../core/extract/parse-instant';
import type { VersionIndex } from '../core/versions/version-rule';
import type { DocumentFile } from './read-document';

/** A document's date, source and story as the clusters' provenance. */
// The file's publication date as the clusters' provenance: a cluster's origin is its earliest
// dated copy (without it the origin was simply the first file named).
// Its site too, as the app passes an article's source: several articles of one source sharing a
// passage make it boilerplate (without it the CLI flagged none, and counted what the app hides).
// And the file's modified time, as the app's import keeps a picked file's: an undated copy's date
// is then when it was last saved (published → modified → imported, core's dateOf), not its place
// among the files named. A page's own modified date comes before the file's, as in the app's
// import (build-record.ts). Beside a publication date a file's time says only when a copy was
// saved: kept there, it put a first printing saved today after its update stating an evening
// change, and the update was the origin (as the app's facts drop it, db/cluster-store.ts).
export function metaOf(
  doc: {
    readonly published?: string | undefined;
    readonly modified?: string | undefined;
    readonly site?: string | undefined;
    readonly modifiedAt?: number | undefined;
  },
  story?: string,
): DocMeta | undefined {
  const publishedAt = parseInstant(doc.published);
  const modifiedAt =
    parseInstant(doc.modified) || (publishedAt === undated ? doc.modifiedAt : undefined);
  const meta: DocMeta = {
    ...(publishedAt === undated ? {} : { publishedAt }),
    ...(modifiedAt !== undefined && Number.isFinite(modifiedAt) && modifiedAt > 0
      ? { modifiedAt }
      : {}),
    ...(doc.site ? { source: doc.site } : {}),
    ...(story ? { story } : {}),
  };
  return Object.keys(meta).length === 0 ? undefined : meta;
}

/** The story of a plain text named by its header lines, when they name enough to match by. */
// The story of a plain text whose header lines gave its address (a `URL:` line, once normalised),
// or its paper and headline (its title is then given, not made up from its first sentence, as the
// app's import reads it); undefined when they name neither.
export function headerStory(
  header: {
    readonly site?: string | undefined;
    readonly title?: string | undefined;
    readonly urlKey?: string | undefined;
  },
  id: string,
  versions: VersionIndex,
): string | undefined {
  const urlKey = header.urlKey ?? '';
  if (!urlKey && !(header.site && header.title)) return undefined;
  const facts = { urlKey, source: header.site ?? '', title: header.title ?? '' };
  return versions.storyOf({ ...facts, titleDerived: !header.title }, id);
}

/** The story a document belongs to, when it can have versions. */
// The story a page, Markdown file or decoded text belongs to (the id of the first file of it),
// when it can have versions: an address or a source to match by (a text's from its header lines;
// a text without them names neither, as in the app).
export function storyOf(doc: DocumentFile, id: string, versions: VersionIndex): string | undefined {
  if (!doc.urlKey && !doc.site) return undefined;
  const facts = {
    urlKey: doc.urlKey ?? '',
    source: doc.site ?? '',
    title: doc.title,
    titleDerived: doc.titleDerived ?? true,
  };
  return versions.storyOf(facts, id);
}
