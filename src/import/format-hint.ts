import { formatOf } from '../core/extract/read-input';

/** Where the app takes files of a kind Import refuses, by extension. */
const hints: readonly (readonly [RegExp, string])[] = [
  [
    /\.(xml|rss|atom|rdf)$/i,
    'To follow a news feed, add its address under Sources; its new articles are then imported as they appear.',
  ],
  [/\.opml$/i, 'A feed reader’s list of feeds is read by Sources › Import OPML…'],
  [/\.json$/i, 'A Verso backup is read by Archive › Restore from backup…'],
];

/**
 * The reason a file was refused, with where the app does take it: people drop a feed, an OPML export
 * or a backup on Import, and "not .xml" alone leaves them guessing. The app's words only (the CLI
 * has no Sources or Archive), so this is added here rather than in the shared input check.
 */
export function withFormatHint(
  reason: string,
  input: { readonly name: string; readonly contentType?: string },
): string {
  // A page fetched from an address is judged by its content type, not named by the person.
  if (input.contentType || formatOf(input.name)) return reason;
  const hint = hints.find(([pattern]) => pattern.test(input.name))?.[1];
  return hint ? `${reason} ${hint}` : reason;
}
