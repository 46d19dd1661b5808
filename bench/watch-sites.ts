/**
 * The watch bench's news sites: `sites` sites on 127.0.0.1, each its own host (port), each with a
 * feed of `items` items and their article pages, ETags on. `edit` changes some pages and adds an
 * item to every feed, as a busy news hour would.
 */
import { articleHtml, rssFeed, WatchSite } from '../tests/support/watch-site';

const sentence = (site: number, item: number, n: number): string =>
  `Reporters for site ${site} followed story ${item} through its ${n}th development today, speaking to residents, officials and experts about what the decision will mean for the town and the people who live there.`;

/** The bench's sites, their feed addresses, and ways to change them. */
export interface BenchSites {
  readonly sites: readonly WatchSite[];
  readonly feeds: readonly string[];
  /** Edits one paragraph of every `every`-th page and adds one item to each feed. */
  edit(every: number): void;
  close(): Promise<void>;
}

function serve(site: WatchSite, s: number, items: number, edited: ReadonlySet<number>): void {
  const list = Array.from({ length: items }, (_, i) => i);
  for (const i of list) {
    const paragraphs = [1, 2, 3, 4, 5].map((n) => sentence(s, i, n));
    if (edited.has(i)) paragraphs[2] = `${paragraphs[2]} An update added this sentence later.`;
    site.page(`/story/${i}`, articleHtml(`Site ${s} story ${i}`, paragraphs));
  }
  site.page(
    '/feed.xml',
    rssFeed(
      `Site ${s}`,
      [...list].reverse().map((i) => ({
        link: `${site.base}/story/${i}`,
        title: `Site ${s} story ${i}`,
        guid: `s${s}-${i}`,
        date: 'Mon, 30 Nov 2026 05:00:00 GMT',
      })),
    ),
    'application/rss+xml',
  );
}

/** Starts `count` sites of `items` items each (CORS on, so a browser page can read them). */
export async function startBenchSites(count: number, items: number): Promise<BenchSites> {
  const sites: WatchSite[] = [];
  for (let s = 0; s < count; s++) {
    const site = new WatchSite({ cors: true });
    await site.start();
    serve(site, s, items, new Set());
    sites.push(site);
  }
  return {
    sites,
    feeds: sites.map((site) => `${site.base}/feed.xml`),
    edit(every) {
      sites.forEach((site, s) => {
        const edited = new Set(
          Array.from({ length: items }, (_, i) => i).filter((i) => i % every === 0),
        );
        serve(site, s, items + 1, edited);
      });
    },
    close: async () => {
      await Promise.all(sites.map((site) => site.close()));
    },
  };
}

/** Requests the sites answered, and how many with 304 or with a body. */
export function siteCounts(sites: readonly WatchSite[]): {
  requests: number;
  notModified: number;
  bytes: number;
  preflights: number;
} {
  let requests = 0;
  let preflights = 0;
  let notModified = 0;
  let bytes = 0;
  for (const site of sites) {
    preflights += site.preflights;
    for (const r of site.requests) {
      requests++;
      if (r.status === 304) notModified++;
      bytes += r.bytes;
    }
  }
  return { requests, notModified, bytes, preflights };
}

/** Forgets the request logs (between rounds). */
export function clearCounts(sites: readonly WatchSite[]): void {
  for (const site of sites) {
    site.requests.length = 0;
    site.preflights = 0;
  }
}
