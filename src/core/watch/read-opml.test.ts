import { describe, expect, it } from 'vitest';
import { readOpml } from './read-opml';

describe('readOpml', () => {
  it('lists the feeds of nested folders once each, with their titles', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>
      <outline text="Ledger" title="Daily Ledger" type="rss" xmlUrl="https://ledger.example/rss"/>
      <outline text="Local"><outline text="Post" xmlUrl="https://post.example/atom.xml"/>
        <outline text="Deeper"><outline text="Again" xmlUrl="https://ledger.example/rss"/></outline></outline>
      <outline text="Not a feed" htmlUrl="https://example.org/"/></body></opml>`;
    expect(readOpml(opml)).toEqual({
      kind: 'ok',
      feeds: [
        { url: 'https://ledger.example/rss', title: 'Daily Ledger' },
        { url: 'https://post.example/atom.xml', title: 'Post' },
      ],
    });
  });

  it('refuses what is not OPML, and OPML without feeds, in words', () => {
    expect(readOpml('<rss></rss>')).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/not an OPML file/),
    });
    expect(readOpml('<opml version="2.0"><head/><body><outline text="x"/></body></opml>')).toEqual({
      kind: 'failed',
      reason: 'The OPML file lists no feeds.',
    });
  });
});
