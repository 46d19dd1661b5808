/** Thresholds a caller may set for an echo search. */
export interface EchoOptions {
  /** Fewest words (normalised tokens) on each side of an echo. Default 8. */
  readonly minWords?: number;
  /** Lowest aligned-token similarity in [0, 1]. Default 0.5. */
  readonly minSimilarity?: number;
  /**
   * Pair scans of a whole set (findEchoes, scanAll) ignore k-grams found in more documents than
   * this. Clusters (findClusters, scanClusters) and query have no cap. Default 50.
   */
  readonly maxDocFrequency?: number;
  /** Look for echoes inside each document too. Default true. */
  readonly within?: boolean;
}

/** Options with every default filled in. */
export type ResolvedEchoOptions = Required<EchoOptions>;

/** Defaults for EchoOptions. */
export const DEFAULT_ECHO_OPTIONS: ResolvedEchoOptions = {
  minWords: 8,
  minSimilarity: 0.5,
  maxDocFrequency: 50,
  within: true,
};

/** Fill in defaults and reject values that make no sense, with a message that says why. */
export function resolveEchoOptions(options: EchoOptions = {}): ResolvedEchoOptions {
  const resolved = { ...DEFAULT_ECHO_OPTIONS, ...stripUndefined(options) };
  if (!Number.isInteger(resolved.minWords) || resolved.minWords < 1)
    throw new RangeError(`minWords must be a whole number of at least 1, not ${resolved.minWords}`);
  if (!(resolved.minSimilarity >= 0 && resolved.minSimilarity <= 1))
    throw new RangeError(`minSimilarity must be between 0 and 1, not ${resolved.minSimilarity}`);
  if (!Number.isInteger(resolved.maxDocFrequency) || resolved.maxDocFrequency < 2)
    throw new RangeError(`maxDocFrequency must be a whole number of at least 2`);
  return resolved;
}

function stripUndefined(options: EchoOptions): EchoOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
