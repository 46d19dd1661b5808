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
