import { describe, expect, it } from 'vitest';
import { namesAnArticle } from './article-address';
import { urlKeyOf } from '../extract/normalise-url';
import { VersionIndex } from './version-rule';

const names = (address: string): boolean => namesAnArticle(urlKeyOf(address));

describe('which addresses may link versions of one story', () => {
  it('takes article pages, and posts addressed by a query on the front page', () => {
    for (const address of [
      'https://www.paper.example/news/harbour-fees',
      'https://paper.example/2026/12/03/rail-fares-rise.html',
      'https://blog.example/?p=1234',
      'https://paper.example/accountability-review',
      'https://paper.example/news/why-we-subscribe-to-nothing',
    ])
      expect(names(address), address).toBe(true);
  });

  it('refuses front pages, consent walls, sign-in and subscription pages', () => {
    for (const address of [
      'https://www.paper.example/',
      'https://paper.example/index.html?utm_source=feed',
      'https://consent.yahoo.com/v2/collectConsent',
      'https://guce.paper.example/',
      'https://paper.example/account/login?return=%2Fnews',
      'https://paper.example/subscribe',
      'https://paper.example/paywall.html',
      'https://login.paper.co.uk/sign-in',
      'https://paper.example/auth/oauth2/authorize',
      '',
      'not an address',
    ])
      expect(names(address), address).toBe(false);
  });

  it('keeps two files that declare a front page as their address two stories (the CLI rule)', () => {
    const index = new VersionIndex();
    const front = urlKeyOf('https://paper.example/');
    const facts = (title: string) => ({ urlKey: front, source: '', title, titleDerived: false });
    expect(index.storyOf(facts('Rail fares rise'), 'a')).toBe('a');
    expect(index.storyOf(facts('Harbour fees rise'), 'b')).toBe('b');
    // An article's own address still links its versions.
    const story = urlKeyOf('https://paper.example/news/rail-fares');
    const at = (title: string) => ({ urlKey: story, source: '', title, titleDerived: false });
    expect(index.storyOf(at('Rail fares rise'), 'c')).toBe('c');
    expect(index.storyOf(at('Rail fares rise again'), 'd')).toBe('c');
  });
});
