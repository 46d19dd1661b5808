import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one path of the test site answers. */
export type SiteRoute =
  | {
      readonly kind: 'content';
      readonly body: string | Uint8Array;
      readonly type: string;
      /** Send an ETag (and honour If-None-Match); on by default. */
      readonly etag?: boolean;
    }
  | { readonly kind: 'redirect'; readonly to: string }
  | { readonly kind: 'status'; readonly status: number };

/** One request the site answered. */
export interface SiteRequest {
  readonly path: string;
  readonly status: number;
  readonly conditional: boolean;
  readonly bytes: number;
}

/**
 * A news site on 127.0.0.1 for tests and the bench: feeds and pages whose content the test changes
 * between checks, ETags from the content (304 when If-None-Match matches), redirects and error
 * statuses, every request logged. `cors` lets a browser page read it (the web build's case).
 */
export class WatchSite {
  readonly requests: SiteRequest[] = [];
  /** CORS preflights (OPTIONS) answered, which `requests` does not log. */
  preflights = 0;
  private readonly routes = new Map<string, SiteRoute>();
  private server: Server | undefined;
  base = '';

  constructor(private readonly options: { readonly cors?: boolean } = {}) {}

  /** Serves `route` at `path` from now on. */
  set(path: string, route: SiteRoute): void {
    this.routes.set(path, route);
  }

  /** Serves text content (HTML by default) at `path`. */
  page(path: string, body: string, type = 'text/html; charset=utf-8', etag = true): void {
    this.set(path, { kind: 'content', body, type, etag });
  }

  /** Stops serving `path` (it answers 404). */
  remove(path: string): void {
    this.routes.delete(path);
  }

  /** The requests made for `path`. */
  requestsFor(path: string): SiteRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  /** Starts listening on `host` (any 127.x address is loopback on Linux); returns the base URL. */
  async start(host = '127.0.0.1', port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const route = this.routes.get(path);
      const conditional = typeof req.headers['if-none-match'] === 'string';
      const log = (status: number, bytes = 0): void => {
        this.requests.push({ path, status, conditional, bytes });
      };
      if (this.options.cors) {
        res.setHeader('access-control-allow-origin', '*');
        res.setHeader('access-control-allow-headers', 'if-none-match, if-modified-since');
        res.setHeader('access-control-expose-headers', 'etag, last-modified');
        if (req.method === 'OPTIONS') {
          this.preflights++;
          res.writeHead(204).end();
          return;
        }
      }
      if (!route) return void (log(404), res.writeHead(404, 'Not Found').end('not found'));
      if (route.kind === 'status')
        return void (log(route.status), res.writeHead(route.status).end());
      if (route.kind === 'redirect')
        return void (log(302), res.writeHead(302, { location: route.to }).end());
      const body = typeof route.body === 'string' ? Buffer.from(route.body) : route.body;
      const headers: Record<string, string> = { 'content-type': route.type };
      if (route.etag !== false) {
        const tag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
        headers.etag = tag;
        if (req.headers['if-none-match'] === tag) {
          log(304);
          res.writeHead(304, headers).end();
          return;
        }
      }
      log(200, body.byteLength);
      res.writeHead(200, { ...headers, 'content-length': String(body.byteLength) }).end(body);
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    const address = server.address() as AddressInfo;
    this.base = `http://${host}:${address.port}`;
    return this.base;
  }

  /** Stops the server. */
  async close(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** An article page with a headline, a byline and paragraphs, long enough for Readability. */
export function articleHtml(
  headline: string,
  paragraphs: readonly string[],
  options: { readonly byline?: string; readonly published?: string } = {},
): string {
  const meta = options.published
    ? `<meta property="article:published_time" content="${options.published}">`
    : '';
  const byline = options.byline ? `<p class="byline">By ${options.byline}</p>` : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title>${meta}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${headline}</h1>${byline}
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>© The Test Gazette</footer></body></html>`;
}

/** An RSS 2.0 feed of items (each a link, a title, optionally a GUID, author and date). */
export function rssFeed(
  title: string,
  items: readonly {
    readonly link?: string;
    readonly title: string;
    readonly guid?: string;
    readonly author?: string;
    readonly date?: string;
  }[],
): string {
  const entry = (i: (typeof items)[number]): string =>
    `<item><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}${
      i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''
    }${i.author ? `<dc:creator>${i.author}</dc:creator>` : ''}${
      i.date ? `<pubDate>${i.date}</pubDate>` : ''
    }</item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${title}</title>
<link>http://example.invalid/</link><description>test</description>
${items.map(entry).join('\n')}
</channel></rss>`;
}
