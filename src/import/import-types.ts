import type { WindowLike } from 'dompurify';
import type { HtmlParser } from '../core/extract/dom-like';
import type { NearCopyFinder, NearCopyOf } from '../db/near-copies';
import type { DerivedFingerprints } from '../db/records';
import type { ExtractOutcome } from '../core/extract/types';
import type { ExtractFormat } from '../core/extract/extract-protocol';
import type { FileRead } from './read-file-off';
import type { ArticleStorer } from './store-off';
import type { NotAnArticle } from './not-articles';
import type { ArchivedMatch } from '../db/store-plan';
import type { FilledField } from '../db/fill-details';

/**
 * Reads a decoded HTML page into an article somewhere it cannot hang the caller (a worker with a
 * time limit); a page that takes too long fails with a reason. `url` resolves relative links.
 * `format` 'md' reads Markdown there instead, so its raw HTML is cleaned off the page.
 */
export type HtmlExtractor = (
  html: string,
  url: string,
  signal?: AbortSignal,
  format?: ExtractFormat,
) => Promise<ExtractOutcome>;

/** A file to import: its bytes, name and path relative to the folder it came from (or its name). */
export interface ImportFile {
  readonly name: string;
  readonly relativePath: string;
  readonly bytes: Uint8Array;
  /** Set when the host refused to read the file for its size: the size, `bytes` empty. */
  readonly size?: number;
  /** Its last-modified time (ms since 1970 UTC): an undated version's place in its story. */
  readonly lastModified?: number;
  /**
   * Reads the file when the import reaches it (a browser's picked or dropped file, handed over
   * unread); `bytes` is empty until then. Gives `size` instead of bytes for a file too large.
   */
  readonly read?: () => Promise<{
    readonly bytes: Uint8Array;
    readonly size?: number;
    readonly lastModified?: number;
  }>;
}

/** What fetching a URL gave: the page's bytes and where it ended up, or why it failed, in words. */
export type FetchedPage =
  | {
      readonly kind: 'ok';
      readonly finalUrl: string;
      readonly contentType: string;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: 'failed'; readonly reason: string };

/** One thing to import: a picked file (or a file from a folder), pasted text or HTML, or a URL. */
export type ImportItem =
  | { readonly kind: 'file'; readonly file: ImportFile }
  | {
      readonly kind: 'paste';
      readonly text: string;
      readonly html?: string;
      readonly title?: string;
    }
  | { readonly kind: 'url'; readonly url: string; readonly fallback?: UrlFallback };

/**
 * What a feed said about a URL item, used where the page itself says nothing: a title only when
 * the page has none of its own (not one made up from its first sentence), the byline, the date.
 */
export interface UrlFallback {
  readonly title?: string;
  readonly byline?: string;
  readonly publishedAt?: string;
  /** Who printed it, when the page names no site (else its source is its host). */
  readonly siteName?: string;
}

/** What happened to one item. `label` names it for messages (a relative path, a URL, "Pasted text"). */
export type ImportResult =
  | {
      readonly kind: 'added';
      readonly label: string;
      readonly articleId: string;
      /** The stored article's title: a file's name alone may not tell two copies apart. */
      readonly title?: string;
      readonly warning?: string;
      /** Stored, but nearly a copy of this archived article: the person chooses what to do. */
      readonly nearCopyOf?: NearCopyOf;
    }
  | {
      readonly kind: 'new-version';
      readonly label: string;
      readonly articleId: string;
      readonly storyId: string;
      readonly warning?: string;
    }
  | {
      readonly kind: 'already-archived';
      readonly label: string;
      readonly articleId: string;
      /** The archived article it repeats, named in the message (its title, source and date). */
      readonly existing: ArchivedMatch;
      /** The details that article lacked and this item gave it (its source, date…), if any. */
      readonly filled?: readonly FilledField[];
      readonly warning?: string;
    }
  | { readonly kind: 'failed'; readonly label: string; readonly reason: string }
  /** Not an article (an image, .DS_Store, a hidden file): passed over unread, said in one line. */
  | { readonly kind: 'skipped'; readonly label: string; readonly what: NotAnArticle }
  /** Not imported because the batch was cancelled first (nothing of it was written). */
  | { readonly kind: 'cancelled'; readonly label: string };

/** A batch's results with the near copies its checks found, and how many checks failed. */
export interface CheckedResults {
  readonly results: ImportResult[];
  /** Articles added whose near-copy check could not be made (the worker stopped, a read failed). */
  readonly unchecked: number;
}

/**
 * An import under way, as its parts end: the articles stored and safe, then the analysis that
 * follows (the near-copy checks, the search index applying the batch). Each rejects if the
 * import itself fails; a stage ended early by a failure or a cancel gives what `ended` gives.
 */
export interface ImportRun {
  /** Every item's result once all are written and committed; near copies are not in them yet. */
  readonly stored: Promise<ImportResult[]>;
  /** The results with each added article's near copy, once every check has answered. */
  readonly checked: Promise<CheckedResults>;
  /** The results once the batch has ended: the index has it, the write session is closed. */
  readonly ended: Promise<ImportResult[]>;
}

/** Progress after each item. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  /** The item just done, as stored: its near copy, if any, is only in the batch's results. */
  readonly last: ImportResult;
}

/** Options for `importItems`. */
export interface ImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Cancels the rest of the batch; items already written stay, the one in flight is rolled back. */
  readonly signal?: AbortSignal;
  /**
   * Told true when the batch waits for a backup being written in another window (before any
   * item is read), false when the wait is over; `signal` ends that wait too.
   */
  readonly onWaitingForBackup?: (waiting: boolean) => void;
  /** The URL fetcher (the host's `fetchUrl` fits); URL items fail with a message without it. */
  readonly fetchUrl?: (url: string) => Promise<FetchedPage>;
  /**
   * Reads HTML pages off the calling thread with a time limit (the app's extraction worker).
   * Without it pages are read in-process with `parseHtml`, as tests in Node do.
   */
  readonly extractHtml?: HtmlExtractor;
  /**
   * Reads a big file (see offThreadFileBytes) into its article and text facts off the calling
   * thread (the app's read-file worker); undefined from it (HTML) or a failure reads it here.
   * Asked to `hold` (when there is a `storeArticleOff`), it may keep the text where it read it
   * and answer with a ticket (FileRead.held), for storeArticleOff to take.
   */
  readonly readFileOff?: (file: {
    readonly name: string;
    readonly bytes: Uint8Array;
    readonly hold?: boolean;
  }) => Promise<FileRead | undefined>;
  /** Parses HTML into a Document when no `extractHtml` is given; defaults to the browser's DOMParser. */
  readonly parseHtml?: HtmlParser;
  /** Tags given to every article of the batch. */
  readonly tags?: readonly string[];
  /** Keep remote image addresses in the reader HTML (off: they are neutralised). */
  readonly allowRemoteImages?: boolean;
  /** How long to wait for a URL before giving up (default 30 s). */
  readonly urlTimeoutMs?: number;
  /**
   * Same text under a changed headline is a new version of its page (watched pages: a retitled
   * story), not "already archived". Off for every other import.
   */
  readonly retitledIsNewVersion?: boolean;
  /** The window DOMPurify works in; the page's own by default (Node tests pass jsdom's). */
  readonly sanitiseWindow?: WindowLike;
  /**
   * Derives an article's fingerprint row off the calling thread (the app's derive worker).
   * Without it fingerprints are computed in-process, as tests in Node do.
   */
  readonly deriveFingerprints?: (article: ArticleToDerive) => Promise<DerivedFingerprints>;
  /** Finds near copies off the calling thread (the app's derive worker); in-process without it. */
  readonly findNearCopies?: NearCopyFinder;
  /**
   * Writes a big article (see offThreadRecordChars) into the same archive off the calling thread
   * (the app's big-file worker), in the same one transaction; without it, or if it fails, the
   * article is written here.
   */
  readonly storeArticleOff?: ArticleStorer;
}

/** What deriving an article's fingerprints needs of it. */
export interface ArticleToDerive {
  readonly id: string;
  readonly contentHash: string;
  readonly text: string;
}
