import type { EchoSettings } from '../../workers/echo-protocol';

/** The key an archive-wide scan at these thresholds is stored under ("12:0.8"). */
export const scanKeyOf = (settings: EchoSettings): string =>
  `${settings.minWords}:${settings.minSimilarity}`;
