import { webAddress } from '../extract/web-address';

// A site's other doors: the same paper's pages under www., a mobile host or an AMP host.
const doors = /^(?:www\d*|m|amp|mobile)\./;

/**
 * The host an address names as a source: lower-cased, without a `www.`/`m.`/`amp.`/`mobile.`
 * door (so one paper's mobile and AMP pages are filed under one name); '' for no web address.
 */
export function hostSource(url: string): string {
  let host = webAddress(url)?.hostname.toLowerCase().replace(/\.$/, '') ?? '';
  while (doors.test(host) && host.replace(doors, '').includes('.')) host = host.replace(doors, '');
  return host;
}

/**
 * The one rule for an article's source, which the app's import and the CLI both apply: the site
 * name it gives (a page's og:site_name, a text's `Source:` line), else the host of its address.
 */
export function sourceOf(siteName: string | undefined, url: string | undefined): string {
  return siteName?.trim() || hostSource(url ?? '');
}
