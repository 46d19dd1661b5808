import type { EchoIndex } from '../core/echoes/echo-index';
import { fingerprintText, type Fingerprints } from '../core/echoes/fingerprint';
import type { DocToIndex } from './echo-protocol';
import { fingerprintsLookSound, type SkippedArticle } from './skipped-articles';

/** What the echo worker holds besides its index: each article's fingerprints, and who was left out. */
export interface WorkerHoldings {
  readonly index: EchoIndex;
  /** The same fingerprints the index holds, by id: reuse shares count words with them. */
  readonly held: Map<string, Fingerprints>;
  /** Articles left out of the index, and why (kept until the article is sent again or removed). */
  readonly skipped: Map<string, SkippedArticle>;
}

/**
 * Adds one article to the worker's index, or records why it was left out: stored fingerprints
 * that are damaged, or a text that cannot be fingerprinted. One such article must not take the
 * archive's scan down with it, and the person is told which one it was. A skipped article's
 * earlier copy in the index (if any) is dropped too: it no longer matches the article.
 */
export function indexOrSkip(holdings: WorkerHoldings, doc: DocToIndex | undefined): void {
  if (!doc || typeof doc.id !== 'string') return;
  const { index, held, skipped } = holdings;
  const skip = (reason: SkippedArticle['reason'], error?: unknown): void => {
    console.error(`Verso: article ${doc.id} left out of echo scans (${reason})`, error ?? '');
    index.remove(doc.id);
    held.delete(doc.id);
    skipped.set(doc.id, { id: doc.id, reason });
  };
  if (!('text' in doc) && !fingerprintsLookSound(doc.fingerprints)) return skip('damaged');
  try {
    const fingerprints = 'text' in doc ? fingerprintText(doc.text) : doc.fingerprints;
    index.add(doc.id, fingerprints);
    held.set(doc.id, fingerprints);
    skipped.delete(doc.id);
  } catch (error) {
    skip('text' in doc ? 'unreadable' : 'damaged', error);
  }
}

/** Forgets an article the archive no longer has. */
export function forget(holdings: WorkerHoldings, id: string): void {
  holdings.index.remove(id);
  holdings.held.delete(id);
  holdings.skipped.delete(id);
}
