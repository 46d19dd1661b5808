import { describe, expect, it } from 'vitest';
import { urlKeyOf } from './normalise-url';

const story = 'https://news.example.com/2026/03/14/flood-defences';

describe('urlKeyOf', () => {
  it('gives one key to the copies of one story', () => {
    const copies = [
      story,
      'http://news.example.com/2026/03/14/flood-defences/',
      'https://www.news.example.com:443/2026/03/14/flood-defences#comments',
      'https://news.example.com/2026/03/14/flood-defences?utm_source=twitter&utm_medium=social',
      'https://news.example.com/2026/03/14/flood-defences?fbclid=IwAR0abc&ref=rss',
      'https://news.example.com/amp/2026/03/14/flood-defences',
      'https://news.example.com/2026/03/14/flood-defences/amp/',
      'https://news.example.com/2026/03/14/flood-defences.amp',
      'https://amp.news.example.com/2026/03/14/flood-defences?amp=1',
      'https://news-example-com.cdn.ampproject.org/c/s/news.example.com/2026/03/14/flood-defences/amp',
      'https://NEWS.example.com/2026/03/14/flood-defences/index.html',
    ];
    for (const copy of copies) expect(urlKeyOf(copy), copy).toBe(urlKeyOf(story));
    expect(urlKeyOf(story)).toBe('https://news.example.com/2026/03/14/flood-defences');
  });

  it('keeps what names another article: other paths, ids in the query, other ports', () => {
    const key = urlKeyOf(story);
    expect(urlKeyOf('https://news.example.com/2026/03/14/flood-defences-2')).not.toBe(key);
    expect(urlKeyOf('https://news.example.com/story?id=1')).not.toBe(
      urlKeyOf('https://news.example.com/story?id=2'),
    );
    expect(urlKeyOf('https://news.example.com/story?b=2&a=1')).toBe(
      urlKeyOf('https://news.example.com/story?a=1&b=2'),
    );
    expect(urlKeyOf('https://news.example.com:8443/x')).not.toBe(
      urlKeyOf('https://news.example.com/x'),
    );
    expect(urlKeyOf('https://example.com/examples/ample')).toBe(
      'https://example.com/examples/ample',
    );
  });

  it('has no key for what is not a web address', () => {
    for (const bad of ['', 'not a url', 'file:///etc/passwd', 'javascript:alert(1)'])
      expect(urlKeyOf(bad)).toBe('');
  });
});
