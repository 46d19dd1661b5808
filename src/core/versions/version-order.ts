import { undated } from '../extract/parse-instant';

/** What places a version in its story's order (epoch ms; `undated`, 0, or absent when unknown). */
export interface VersionDates {
  readonly publishedAt: number;
  /** The page's stated last change, else its file's last-modified time. */
  readonly modifiedAt?: number | undefined;
  /** True when `modifiedAt` is only its file's date (when it was saved, not when it was written). */
  readonly modifiedByFile?: boolean | undefined;
  readonly importedAt: number;
}

/** Which date a version is placed by, and that date. */
export interface VersionPlace {
  readonly by: 'published' | 'modified' | 'imported';
  readonly at: number;
}

const known = (at: number | undefined): at is number =>
  at !== undefined && at !== undated && Number.isFinite(at);

/**
 * When a version was written, as well as the archive knows: its publication date, else when it
 * was last changed (the page's word, or its file's date), else when it was imported. Import
 * order alone is the order files were listed in, not the order the story was written in.
 */
export function versionPlace(v: VersionDates): VersionPlace {
  if (known(v.publishedAt)) return { by: 'published', at: v.publishedAt };
  if (known(v.modifiedAt)) return { by: 'modified', at: v.modifiedAt };
  return { by: 'imported', at: v.importedAt };
}

/**
 * Oldest first: by versionPlace; versions of a page edited in place share a publication date, so
 * a tie goes to the later change the page states (a page stating none is as it was published),
 * then to its file's date, then to the import. A file's date says when a copy was saved: the
 * first printing saved today must not follow an update that says it changed in March.
 */
export function compareVersions(a: VersionDates, b: VersionDates): number {
  const modified = (v: VersionDates): number => (known(v.modifiedAt) ? v.modifiedAt : v.importedAt);
  const stated = (v: VersionDates): number =>
    known(v.modifiedAt) && !v.modifiedByFile
      ? v.modifiedAt
      : known(v.publishedAt)
        ? v.publishedAt
        : modified(v);
  return (
    versionPlace(a).at - versionPlace(b).at ||
    stated(a) - stated(b) ||
    modified(a) - modified(b) ||
    a.importedAt - b.importedAt
  );
}
