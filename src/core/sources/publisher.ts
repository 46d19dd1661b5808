import { parsedWebAddress } from '../extract/web-address';

/**
 * "Who printed it": the one rule for whether two articles' sources name the same publisher.
 * An article's source is a site name ("Daily Ledger"), or the host of its address when the page
 * named no site ("dailyledger.example"), or what a file's front matter said ("https://www.
 * dailyledger.example/"), or '' when nothing said. The rule:
 * - a name is folded: case, accents, spaces and punctuation aside, "&" read as "and"
 *   ("Daily Ledger" = "daily-ledger" = "DAILY LEDGER.");
 * - an address or host is reduced to its host, lower-cased, without a scheme, a trailing slash or
 *   a `www.`/`m.`/`amp.` prefix ("https://www.DailyLedger.example/" = "dailyledger.example"); one
 *   with a path ("medium.com/@alice") keeps it, since a path can be a different site's;
 * - a name and a host meet when the host is the name's own address: one label before the
 *   top-level domain (or before `co.uk`-like pairs), equal to the folded name, hyphens aside
 *   ("Daily Ledger" meets "dailyledger.example" and "daily-ledger.co.uk"). A subdomain never
 *   meets a name ("alice.substack.com" is not "Alice" nor "Substack"), and two hosts meet only
 *   when equal, so two papers on one platform or under one name in two countries stay apart;
 *   when two hosts in one set both answer to a name, the name is ambiguous and meets neither;
 * - two different names never meet, whatever their hosts (syndication partners stay apart);
 * - an empty source names no publisher: it is never the same as another here, and callers say
 *   what it means to them (dedupe: maybe any paper's; counts: a source of its own).
 * The rule errs apart: a publisher spelled two ways it cannot tie ("BBC News" / "bbc.co.uk")
 * counts twice, which keeps a printing; joining two papers would lose one.
 *
 * Learning such pairs from the archive (an article named "BBC News" at a bbc.co.uk address) is
 * not done. An article's address is its canonical link first, and a syndication partner's page
 * often names itself (og:site_name) while its canonical link is the original paper's: two such
 * reprints, with neither paper's own pages archived, would pair one paper's name with the other's
 * host and dedupe would then drop a printing. The evidence that can be trusted is the address a
 * page was fetched from beside its site name (stored since session 22 as `origin.finalUrl` when
 * redirects moved the fetch, `origin.url` otherwise; a file import has none), seen in several articles and never
 * contradicted; using it needs those pairs kept by the writes (as the facet counts are) and
 * handed to every caller of this rule, the scan's workers included.
 */

/** What a source string says about its publisher. */
type Parsed =
  | { readonly kind: 'none' }
  | { readonly kind: 'name'; readonly key: string }
  | { readonly kind: 'host'; readonly host: string; readonly label?: string };

// Second-level labels under a two-letter country domain that are not the site (bbc.co.uk).
const secondLevel = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'nic']);
// Prefixes that are the same site's other door.
const samePrefix = /^(?:www\d*|m|amp|mobile)\./;
// A bare host or address without a scheme: labels of letters, digits and hyphens, a dot between.
const bareHost = /^(?:[a-z0-9-]+\.)+[a-z0-9-]+\.?(?::\d+)?(?:\/\S*)?$/;

const foldName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]/gu, '');

// The one label a name can be: dailyledger.example, dailyledger.co.uk; none for a subdomain,
// an IP address or a path.
function siteLabel(host: string): string | undefined {
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (!/^[a-z]{2,}$/.test(tld)) return undefined;
  const simple =
    labels.length === 2 ||
    (labels.length === 3 && tld.length === 2 && secondLevel.has(labels[1] ?? ''));
  const label = simple ? (labels[0] ?? '').replace(/-/g, '') : '';
  return label && !/^\d+$/.test(label) ? label : undefined;
}

function hostOf(text: string): { host: string; path: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    const url = parsedWebAddress(text);
    return url ? { host: url.host, path: url.pathname.replace(/\/+$/, '') } : undefined;
  }
  if (!bareHost.test(text)) return undefined;
  const slash = text.indexOf('/');
  return slash < 0
    ? { host: text, path: '' }
    : { host: text.slice(0, slash), path: text.slice(slash).replace(/\/+$/, '') };
}

// An archive has few sources and a scan asks about each in every cluster: remember the answers.
const parsedSources = new Map<string, Parsed>();
const maxRemembered = 10_000;

function parse(source: string): Parsed {
  let parsed = parsedSources.get(source);
  if (parsed) return parsed;
  if (parsedSources.size >= maxRemembered) parsedSources.clear();
  parsed = parseSource(source);
  parsedSources.set(source, parsed);
  return parsed;
}

function parseSource(source: string): Parsed {
  const text = source.trim().toLowerCase();
  if (!text) return { kind: 'none' };
  const address = hostOf(text);
  if (address) {
    let host = address.host.replace(/\.$/, '');
    while (samePrefix.test(host) && host.replace(samePrefix, '').includes('.'))
      host = host.replace(samePrefix, '');
    if (address.path) return { kind: 'host', host: `${host}${address.path}` };
    const label = siteLabel(host);
    return label ? { kind: 'host', host, label } : { kind: 'host', host };
  }
  // A name of punctuation alone folds to nothing: it is then only itself.
  return { kind: 'name', key: foldName(text) || `=${text}` };
}

/**
 * Keys for a set of sources, equal exactly when the rule above says the same publisher ('' for
 * a source that names none). A name absorbs a host only when that host is the only one in the set
 * answering to it, so the keys depend on the set: compare keys from one call.
 */
export function publisherKeys(sources: readonly string[]): Map<string, string> {
  const parsed = new Map<string, Parsed>();
  for (const source of sources) if (!parsed.has(source)) parsed.set(source, parse(source));
  const names = new Set<string>();
  const hostsByLabel = new Map<string, Set<string>>();
  for (const p of parsed.values())
    if (p.kind === 'name') names.add(p.key);
    else if (p.kind === 'host' && p.label)
      hostsByLabel.set(p.label, (hostsByLabel.get(p.label) ?? new Set()).add(p.host));
  const keys = new Map<string, string>();
  for (const [source, p] of parsed) {
    if (p.kind === 'none') keys.set(source, '');
    else if (p.kind === 'name') keys.set(source, `n:${p.key}`);
    else if (p.label && names.has(p.label) && hostsByLabel.get(p.label)?.size === 1)
      keys.set(source, `n:${p.label}`);
    else keys.set(source, `h:${p.host}`);
  }
  return keys;
}

/** Whether two sources name the same publisher; an empty source is never the same as any. */
export function samePublisher(a: string, b: string): boolean {
  const keys = publisherKeys([a, b]);
  const key = keys.get(a) ?? '';
  return key !== '' && key === keys.get(b);
}

/**
 * How many publishers printed these copies (a copy that names no source counting as its own), and
 * whether they are all one named publisher (a site's own furniture): both from one pass, which a
 * scan asks of every cluster.
 */
export function publisherTally(sources: readonly string[]): { count: number; one: boolean } {
  // Most clusters of a .txt corpus name no source at all: nothing to parse.
  if (sources.every((s) => !s)) return { count: sources.length, one: false };
  const keys = publisherKeys(sources);
  let unnamed = 0;
  const named = new Set<string>();
  for (const source of sources) {
    const key = keys.get(source) ?? '';
    if (key) named.add(key);
    else unnamed++;
  }
  return { count: named.size + unnamed, one: unnamed === 0 && named.size === 1 };
}

/** How many publishers printed these copies, a copy that names no source counting as its own. */
export function countPublishers(sources: readonly string[]): number {
  return publisherTally(sources).count;
}

/** Whether every source names one and the same publisher (none empty): a site's own furniture. */
export function onePublisher(sources: readonly string[]): boolean {
  return publisherTally(sources).one;
}

/**
 * The publishers among these sources, each under one of its spellings (a name before an
 * address, then the first alphabetically), in alphabetical order, with the key of each source:
 * what a source filter lists and matches by.
 */
export function publisherNames(sources: readonly string[]): {
  readonly names: string[];
  readonly keyOf: (source: string) => string;
} {
  const keys = publisherKeys(sources);
  const best = new Map<string, string>();
  const rank = (s: string): string => `${hostOf(s.trim().toLowerCase()) ? 1 : 0}${s}`;
  for (const [source, key] of keys) {
    if (!key) continue;
    const known = best.get(key);
    if (known === undefined || rank(source).localeCompare(rank(known)) < 0) best.set(key, source);
  }
  return {
    names: [...best.values()].sort((x, y) => x.localeCompare(y)),
    keyOf: (source) =>
      keys.get(source) ?? publisherKeys([...keys.keys(), source]).get(source) ?? '',
  };
}
