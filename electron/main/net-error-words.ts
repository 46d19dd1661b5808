/**
 * Chromium's network errors (net.fetch rejects with "net::ERR_…") in words a person can act on.
 * Main follows redirects itself through Chromium (net.fetch's manual mode rejects every redirect
 * with "Redirect was cancelled"), so a loop arrives here as ERR_TOO_MANY_REDIRECTS.
 */
const words: readonly (readonly [RegExp, string])[] = [
  [/ERR_TOO_MANY_REDIRECTS/, 'The address redirects in a loop (or more than 20 times).'],
  [/ERR_NAME_NOT_RESOLVED/, 'No site answers at this address (its name is not known).'],
  [/ERR_CONNECTION_REFUSED/, 'The site refused the connection.'],
  [/ERR_INTERNET_DISCONNECTED/, 'This computer is offline.'],
  [/ERR_CERT_|ERR_SSL_/, "The site's security certificate is not valid, so it was not read."],
  [/ERR_CONNECTION_(RESET|CLOSED)|ERR_EMPTY_RESPONSE/, 'The site closed the connection.'],
];

/** Words for a net.fetch failure, or undefined when the error names nothing known. */
export function netErrorWords(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return words.find(([pattern]) => pattern.test(message))?.[1];
}
