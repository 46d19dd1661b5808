import type { EchoSettings } from '../../workers/echo-protocol';

/** What made a stored derived result: the build, the engine and fingerprints, the thresholds. */
export interface ResultMaker {
  readonly app: string;
  readonly engine: number;
  readonly fingerprints: number;
  readonly settings: EchoSettings;
}

/**
 * The version a stored cluster scan or cached echo result carries; any other is a miss. The app
 * version alone kept results an engine change made wrong for as long as the version number
 * stayed (every build between releases), so the engine's revision and the thresholds are in it
 * too. The archive's echo revision comes last (`/rev7`): readers of the reuse rows test for it.
 */
export function resultVersion(maker: ResultMaker, revision: number): string {
  const { app, engine, fingerprints, settings } = maker;
  return `${app}/engine${engine}/fp${fingerprints}/w${settings.minWords}s${settings.minSimilarity}/rev${revision}`;
}
