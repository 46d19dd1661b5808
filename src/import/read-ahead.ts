import type { ImportFile, ImportItem } from './import-types';
import { notAnArticle } from './not-articles';

/**
 * Files read ahead of the one an import is at. A browser's picked file is read by a round trip
 * to the browser process; one file at a time, the page's thread waited on each trip (and went
 * idle between files). A few at once overlap the trips with the work on the file before. Few, so
 * what is held read and not yet imported stays small (at most this many files of up to 10 MB).
 */
export const readAheadFiles = 4;

type Read = Awaited<ReturnType<NonNullable<ImportFile['read']>>>;

/**
 * The items as given, except that a file's `read` also begins reading the next `depth` files and
 * answers from a read already begun; items that are not files, or come read, are as they were.
 */
export function readingAhead(
  items: readonly ImportItem[],
  depth: number = readAheadFiles,
): ImportItem[] {
  const begun = new Map<number, Promise<Read>>();
  const begin = (at: number): void => {
    const item = items[at];
    if (begun.has(at) || item?.kind !== 'file' || !item.file.read) return;
    // Passed over unread by the import (an image may be megabytes).
    if (notAnArticle(item.file.relativePath)) return;
    const read = item.file.read();
    // A read begun and never asked for (the import cancelled) must not be an unhandled rejection.
    read.catch(() => undefined);
    begun.set(at, read);
  };
  return items.map((item, at) => {
    const { read } = item.kind === 'file' ? item.file : {};
    if (item.kind !== 'file' || !read) return item;
    const ahead = (): Promise<Read> => {
      for (let next = at; next <= at + depth && next < items.length; next++) begin(next);
      const answer = begun.get(at) ?? read();
      // Asked again (nothing here does), the file is read again.
      begun.delete(at);
      return answer;
    };
    return { ...item, file: { ...item.file, read: ahead } };
  });
}
