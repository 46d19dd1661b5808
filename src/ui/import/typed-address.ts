import { webAddress } from '../../core/extract/web-address';

/** What an address typed into the URL dialog comes to: the page to fetch, or why there is none. */
export type TypedAddress =
  | { readonly kind: 'empty' }
  | { readonly kind: 'page'; readonly url: string }
  | { readonly kind: 'refused'; readonly reason: string };

/**
 * Reads an address as a person types it. One without a scheme ("www.bbc.co.uk/news/…", as typed
 * by hand or copied from a printed page) is taken as https, as a browser's address bar takes it;
 * anything else that is not http(s) is refused with the reason in words.
 */
export function readTypedAddress(typed: string): TypedAddress {
  const trimmed = typed.trim();
  if (!trimmed) return { kind: 'empty' };
  const direct = webAddress(trimmed);
  if (direct) return { kind: 'page', url: trimmed };
  const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed) && !/^[^:/]+:\d/.test(trimmed);
  const assumed = hasScheme ? undefined : webAddress(`https://${trimmed}`);
  // "editor@news.example.org" parses as a user name at a host: with no scheme typed, that is an
  // e-mail address, not a page (and a browser's fetch refuses a URL with a user name in it).
  if (assumed && (assumed.username || assumed.password))
    return {
      kind: 'refused',
      reason: 'This is an e-mail address: give a web address like https://www.example.com/story.',
    };
  if (assumed?.hostname.includes('.')) return { kind: 'page', url: assumed.href };
  if (/\s/.test(trimmed)) return { kind: 'refused', reason: 'A web address has no spaces in it.' };
  // "https://" alone, or with a port past 65535, has the right scheme: saying it must start with
  // https:// would send the person looking for a mistake that is not there.
  if (/^https?:/i.test(trimmed))
    return {
      kind: 'refused',
      reason: 'This is not a complete web address: give one like https://www.example.com/story.',
    };
  return {
    kind: 'refused',
    reason: hasScheme
      ? 'Verso imports web pages: the address must start with https:// or http://.'
      : 'This is not a web address: give one like https://www.example.com/story.',
  };
}
