import { describe, expect, it } from 'vitest';
import { readFeed } from './feed-reading';
import { feedText } from './feed-text';

const base = 'https://news.example/feeds/main.xml';

describe('readFeed', () => {
  it('reads RSS 2.0 with Dublin Core authors, relative links and permalink GUIDs', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Daily Ledger</title>
      <item><title>Flood defences</title><link>/2026/flood</link><guid isPermaLink="false">id-1</guid><dc:creator>Ann Reporter</dc:creator><pubDate>Mon, 30 Nov 2026 05:00:00 GMT</pubDate></item>
      <item><title>Only a guid</title><guid>https://news.example/2026/guid-only</guid></item></channel></rss>`;
    const reading = readFeed(rss, base);
    expect(reading).toEqual({
      kind: 'ok',
      format: 'rss',
      title: 'Daily Ledger',
      withoutLink: 0,
      duplicates: 0,
      items: [
        {
          key: 'id-1',
          url: 'https://news.example/2026/flood',
          title: 'Flood defences',
          author: 'Ann Reporter',
          published: 'Mon, 30 Nov 2026 05:00:00 GMT',
        },
        {
          key: 'https://news.example/2026/guid-only',
          url: 'https://news.example/2026/guid-only',
          title: 'Only a guid',
          author: '',
          published: '',
        },
      ],
    });
  });

  it('reads Atom (alternate link, author, published) and JSON Feed', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Morning Post</title>
      <entry><id>urn:post:1</id><title>Rail fares</title><link rel="self" href="https://news.example/self/1"/><link rel="alternate" href="https://news.example/rail"/><author><name>Bo Writer</name></author><published>2026-11-29T10:00:00Z</published><updated>2026-11-30T10:00:00Z</updated></entry></feed>`;
    expect(readFeed(atom, base)).toMatchObject({
      format: 'atom',
      title: 'Morning Post',
      items: [
        {
          key: 'urn:post:1',
          url: 'https://news.example/rail',
          title: 'Rail fares',
          author: 'Bo Writer',
          published: '2026-11-29T10:00:00Z',
        },
      ],
    });
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Evening Courier',
      items: [
        {
          id: '7',
          url: 'https://news.example/wind',
          title: 'Wind farms',
          authors: [{ name: 'Cy' }],
          date_published: '2026-11-28T08:00:00Z',
        },
      ],
    });
    expect(readFeed(json, base)).toMatchObject({
      format: 'json',
      items: [
        {
          key: '7',
          url: 'https://news.example/wind',
          title: 'Wind farms',
          author: 'Cy',
          published: '2026-11-28T08:00:00Z',
        },
      ],
    });
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://news.example/"><title>Old Gazette</title><link>https://news.example/</link><description>d</description></channel>
      <item rdf:about="https://news.example/r1"><title>Harbour</title><link>https://news.example/r1</link><dc:creator>Di</dc:creator><dc:date>2026-11-27</dc:date></item></rdf:RDF>`;
    expect(readFeed(rdf, base)).toMatchObject({
      format: 'rdf',
      items: [
        { url: 'https://news.example/r1', title: 'Harbour', author: 'Di', published: '2026-11-27' },
      ],
    });
  });

  it('counts items without an http(s) link and keeps a repeated GUID once', () => {
    const rss = `<rss version="2.0"><channel><title>T</title>
      <item><title>none</title></item>
      <item><title>mail</title><link>mailto:a@b.c</link></item>
      <item><title>first</title><link>https://news.example/1</link><guid isPermaLink="false">dup</guid></item>
      <item><title>second</title><link>https://news.example/2</link><guid isPermaLink="false">dup</guid></item>
      <item><title>same link</title><link>https://news.example/1</link></item></channel></rss>`;
    const reading = readFeed(rss, base);
    expect(reading).toMatchObject({ withoutLink: 2, duplicates: 2 });
    expect(reading.kind === 'ok' && reading.items.map((i) => i.title)).toEqual(['first']);
  });

  it('says in words what is not a feed', () => {
    expect(readFeed('', base)).toEqual({ kind: 'failed', reason: 'The feed is empty.' });
    expect(readFeed('<!DOCTYPE html><html><body>Hello</body></html>', base)).toMatchObject({
      reason: expect.stringMatching(/web page, not a feed/),
    });
    expect(readFeed('{"not": "a feed"}', base)).toMatchObject({
      reason: expect.stringMatching(/not a feed Verso can read/),
    });
    expect(readFeed('{ broken', base)).toMatchObject({ kind: 'failed' });
    expect(readFeed('plain words', base)).toMatchObject({ kind: 'failed' });
  });
});

describe('feedText', () => {
  it('decodes by the XML prolog when the header names no charset', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode(
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf',
      ),
      0xe9,
      ...new TextEncoder().encode('</title></channel></rss>'),
    ]);
    const text = feedText(latin1, 'application/xml');
    expect(text.kind === 'ok' && text.text).toContain('Café');
  });

  it('refuses binary bytes in words', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    expect(feedText(png, 'application/rss+xml')).toMatchObject({ kind: 'failed' });
  });
});
