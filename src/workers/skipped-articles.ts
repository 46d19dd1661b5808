import type { Fingerprints } from '../core/echoes/fingerprint';

/** An article an archive-wide scan left out, and why (the UI says it in words with its title). */
export interface SkippedArticle {
  readonly id: string;
  /**
   * `damaged`: its stored fingerprints are not usable; `unreadable`: its text could not be
   * fingerprinted; `pair`: comparing it with article `other` failed (the rest of it was scanned).
   */
  readonly reason: 'damaged' | 'unreadable' | 'pair';
  readonly other?: string;
}

const typed = (a: unknown, kind: typeof Uint32Array | typeof Uint8Array): boolean =>
  a instanceof kind;

/**
 * True when stored fingerprints have the shape the engine needs: every array present and typed,
 * per-token arrays of one length, and every mark pointing at a token. Stored data can be damaged
 * (a crash mid-write, an old bug, a hand-edited database); one such article must be skipped, not
 * take the archive's scan down with it.
 */
export function fingerprintsLookSound(fp: Fingerprints | undefined): boolean {
  if (!fp || typeof fp !== 'object') return false;
  if (!typed(fp.hashes, Uint32Array) || !typed(fp.starts, Uint32Array)) return false;
  if (!typed(fp.ends, Uint32Array) || !typed(fp.flags, Uint8Array)) return false;
  if (!typed(fp.marks, Uint32Array) || !typed(fp.markPositions, Uint32Array)) return false;
  const tokens = fp.hashes.length;
  if (fp.starts.length !== tokens || fp.ends.length !== tokens || fp.flags.length !== tokens)
    return false;
  if (fp.marks.length !== fp.markPositions.length) return false;
  for (const position of fp.markPositions) if (position >= tokens) return false;
  return true;
}

/**
 * The articles to name for document pairs a scan failed to compare. A pair does not say which of
 * its two articles is at fault; the one in more failed pairs is named (an article the engine
 * cannot handle fails with every partner), with its first partner, ties going to the pair's
 * first article. Each article is named once.
 */
export function pairSkips(failed: readonly (readonly [string, string])[]): SkippedArticle[] {
  const tally = new Map<string, number>();
  for (const [a, b] of failed) {
    tally.set(a, (tally.get(a) ?? 0) + 1);
    if (b !== a) tally.set(b, (tally.get(b) ?? 0) + 1);
  }
  const named = new Map<string, SkippedArticle>();
  for (const [a, b] of failed) {
    const [id, other] = (tally.get(b) ?? 0) > (tally.get(a) ?? 0) ? [b, a] : [a, b];
    if (named.has(id)) continue;
    named.set(id, id === other ? { id, reason: 'pair' } : { id, reason: 'pair', other });
  }
  return [...named.values()];
}
