import type { ImportResult } from '../../import/import-types';

/**
 * The last import's failures, kept in localStorage so a reload does not lose which files could
 * not be read and why (q24: 100 files imported, a reload, and no trace of the two that failed).
 * Small by design: names and reasons, at most `keptMost` of them and a count of the rest.
 */
export interface KeptFailures {
  /** Which archive the import was into (db/archive-identity.ts): another archive never shows them. */
  readonly archive: string;
  /** When the import ended (ms since the epoch). */
  readonly at: number;
  readonly failures: readonly { readonly label: string; readonly reason: string }[];
  /** Failures beyond those kept. */
  readonly more: number;
}

/** The localStorage key they are kept under (a tab is told by a `storage` event when it changes). */
export const keptFailuresKey = 'verso.import-failures';
const storageKey = keptFailuresKey;

/** At most this many failures are kept by name; the rest are counted. */
export const keptMost = 50;

/**
 * Keeps a finished import's failures into `archive` (its identity) in place of the last one's
 * (none kept if it had none).
 */
export function keepFailures(
  results: readonly ImportResult[],
  archive: string,
  at = Date.now(),
): void {
  const failed = results.flatMap((r) =>
    r.kind === 'failed' ? [{ label: r.label.slice(0, 300), reason: r.reason.slice(0, 300) }] : [],
  );
  if (failed.length === 0) return dropKeptFailures();
  const kept: KeptFailures = {
    archive,
    at,
    failures: failed.slice(0, keptMost),
    more: Math.max(0, failed.length - keptMost),
  };
  try {
    localStorage.setItem(storageKey, JSON.stringify(kept));
  } catch {
    // Storage full or refused: the summary on screen still lists them; only the reload loses them.
  }
}

/** Forgets the kept failures (the person dismissed them). */
export function dropKeptFailures(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // Nothing to do: what cannot be removed could not have been kept either.
  }
}

/**
 * The kept failures of an import into `archive` (its identity), if any and well formed (anything
 * else in the key, and another archive's, is ignored).
 */
export function readKeptFailures(archive: string): KeptFailures | undefined {
  let value: unknown;
  try {
    value = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { at, failures, more, archive: into } = value as Record<string, unknown>;
  if (typeof at !== 'number' || typeof more !== 'number' || !Array.isArray(failures))
    return undefined;
  if (into !== archive) return undefined;
  const rows = failures.flatMap((f: unknown) => {
    const { label, reason } = (typeof f === 'object' && f !== null ? f : {}) as Record<
      string,
      unknown
    >;
    return typeof label === 'string' && typeof reason === 'string' ? [{ label, reason }] : [];
  });
  return rows.length > 0 ? { archive, at, failures: rows.slice(0, keptMost), more } : undefined;
}
