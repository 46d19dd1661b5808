import normalizeUrl from 'normalize-url';

// Parameters that say who sent the reader, never which article: dropping them joins one story's
// copies shared through newsletters, social sites and ad campaigns.
const trackingParameters = [
  /^utm_\w+/i,
  /^(fbclid|gclid|dclid|gclsrc|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i,
  /^(ref|ref_src|ref_url|referrer|source|src|cmpid|cmp|ocid|smid|smtyp|taid|sr_share|share|at_medium|at_campaign|at_custom\d*|ito|guccounter|guce_\w+|__twitter_impression|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|rss|xtor|wt_mc|wt\.mc_id)$/i,
  /^(amp|outputtype|output)$/i,
];

// AMP copies of an article: /amp/ path segments, a trailing /amp or .amp, amp.example.com hosts
// and Google's AMP cache (https://example-com.cdn.ampproject.org/c/s/example.com/story).
function withoutAmp(url: URL): URL {
  const cache = /\.cdn\.ampproject\.org$/i.test(url.hostname)
    ? /^\/[a-z]\/(s\/)?(.+)$/i.exec(url.pathname)
    : null;
  if (cache?.[2]) {
    try {
      return withoutAmp(new URL(`${cache[1] ? 'https' : 'http'}://${cache[2]}${url.search}`));
    } catch {
      return url;
    }
  }
  const next = new URL(url.href);
  next.hostname = next.hostname.replace(/^amp\./i, '');
  next.pathname = next.pathname
    .replace(/\/amp(?=\/|$)/gi, '')
    .replace(/[.-]amp(?=\.html?$|\/?$)/i, '')
    .replace(/\.amp$/i, '');
  if (next.pathname === '') next.pathname = '/';
  return next;
}

/**
 * The key two addresses of one article share: scheme, `www.`, default port, fragment, trailing
 * slash, tracking parameters, parameter order and AMP variants do not count. Used to match
 * versions, never shown (the article keeps the address it came with). '' for non-web addresses.
 */
export function urlKeyOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  try {
    return normalizeUrl(withoutAmp(parsed).href, {
      forceHttps: true,
      stripHash: true,
      stripWWW: true,
      removeQueryParameters: trackingParameters,
      removeTrailingSlash: true,
      removeSingleSlash: true,
      removeDirectoryIndex: [/^index\.(html?|php|aspx?)$/i],
      // Default ports are already gone (URL drops them); another port may be another site.
      removeExplicitPort: false,
      sortQueryParameters: true,
      stripAuthentication: true,
    }).toLowerCase();
  } catch {
    return '';
  }
}
