import { describe, expect, it } from 'vitest';
import { feedSiteName } from './feed-site';

describe('feedSiteName', () => {
  it("gives the feed's title to pages on the feed's own host", () => {
    expect(
      feedSiteName(
        'https://www.dailyledger.example/feed.xml',
        'Daily Ledger',
        'https://dailyledger.example/2026/storm',
      ),
    ).toBe('Daily Ledger');
    expect(
      feedSiteName('http://127.0.0.1:5324/feed.xml', 'Harbour Gazette', 'http://127.0.0.1:5324/a'),
    ).toBe('Harbour Gazette');
  });

  it('takes the part of the title that names the host’s paper, else the whole title', () => {
    expect(
      feedSiteName(
        'https://www.theguardian.com/politics/rss',
        'Politics | The Guardian',
        'https://www.theguardian.com/politics/2026/mar/01/x',
      ),
    ).toBe('The Guardian');
    expect(
      feedSiteName(
        'https://feeds.bbc.co.uk/news/rss.xml',
        'BBC News - Home',
        'https://feeds.bbc.co.uk/news/a',
      ),
    ).toBe('BBC News - Home');
  });

  it('gives nothing to a page on another host (an aggregator’s feed), or without a title', () => {
    expect(
      feedSiteName(
        'https://aggregator.example/rss',
        'Best of the week',
        'https://dailyledger.example/2026/storm',
      ),
    ).toBe('');
    expect(
      feedSiteName('http://127.0.0.1:5324/feed.xml', 'Gazette', 'http://127.0.0.1:5400/a'),
    ).toBe('');
    expect(feedSiteName('https://x.example/feed', '  ', 'https://x.example/a')).toBe('');
  });
});
