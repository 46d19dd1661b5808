import { describe, expect, it } from 'vitest';
import {
  countPublishers,
  onePublisher,
  publisherKeys,
  publisherNames,
  samePublisher,
} from './publisher';

// The papers of q18's wire story (81 files, one per paper, /work/notes/s18/wire36.json), as a
// site name, and as the address an import without a site name derives from a page on its host.
const papers = [
  ['Bath Chronicle', 'bathchronicle.example'],
  ['Western Daily', 'western-daily.co.uk'],
  ['Wiltshire Times', 'www.wiltshiretimes.example'],
  ['Bristol Post', 'https://www.bristolpost.example/'],
  ['Avon Echo', 'avonecho.example'],
  ['Farmers Weekly Digest', 'farmersweeklydigest.example'],
  ['The Valley News', 'thevalleynews.example'],
  ['Melksham Independent', 'melkshamindependent.example'],
  ['Agency Wire', 'agencywire.example'],
  ['Somerset Gazette', 'somersetgazette.example'],
] as const;

describe('samePublisher', () => {
  it('ties a site name to its own address, however the address is written', () => {
    for (const spelling of [
      'dailyledger.example',
      'www.dailyledger.example',
      'https://www.dailyledger.example/',
      'http://DailyLedger.example',
      'm.dailyledger.example',
      'daily-ledger.example',
    ])
      expect([spelling, samePublisher('Daily Ledger', spelling)]).toEqual([spelling, true]);
    expect(samePublisher('The Guardian', 'theguardian.com')).toBe(true);
    expect(samePublisher('Daily Ledger', 'dailyledger.co.uk')).toBe(true);
  });

  it('folds a name: case, spaces, punctuation and accents aside, & as and', () => {
    expect(samePublisher('Daily Ledger', '  daily  ledger ')).toBe(true);
    expect(samePublisher('Daily Ledger', 'Daily-Ledger.')).toBe(true);
    expect(samePublisher('Le Télégramme', 'LE TELEGRAMME')).toBe(true);
    expect(samePublisher('Mail & Guardian', 'Mail and Guardian')).toBe(true);
  });

  it('never ties two papers: other names, other hosts, a platform and its writers', () => {
    expect(samePublisher('Daily Ledger', 'Morning Post')).toBe(false);
    expect(samePublisher('Daily Ledger', 'morningpost.example')).toBe(false);
    // Two sites on one platform, and the platform itself.
    expect(samePublisher('alice.substack.com', 'bob.substack.com')).toBe(false);
    expect(samePublisher('Alice', 'alice.substack.com')).toBe(false);
    expect(samePublisher('Substack', 'alice.substack.com')).toBe(false);
    expect(samePublisher('medium.com/@alice', 'medium.com/@bob')).toBe(false);
    // One name in two countries: the hosts stay two papers.
    expect(samePublisher('independent.co.uk', 'independent.ie')).toBe(false);
    // A subdomain is not the paper its first label spells.
    expect(samePublisher('News', 'news.bbc.co.uk')).toBe(false);
    // "The" is part of a name.
    expect(samePublisher('The Sun', 'Sun')).toBe(false);
  });

  it('says an empty source is nobody (callers decide what it means)', () => {
    expect(samePublisher('', '')).toBe(false);
    expect(samePublisher('  ', 'Daily Ledger')).toBe(false);
  });
});

describe('countPublishers', () => {
  it('counts the wire story’s papers once however each is spelled', () => {
    const sources = papers.flatMap(([name, host]) => [name, host, name.toUpperCase()]);
    expect(countPublishers(sources)).toBe(papers.length);
    // Before this rule the same list counted 30 sources.
    expect(new Set(sources).size).toBe(30);
  });

  it('counts a copy of unknown source as its own, and an ambiguous name apart', () => {
    expect(countPublishers(['Daily Ledger', '', '', 'dailyledger.example'])).toBe(3);
    // Two hosts answer to one name: which paper the name is cannot be told, so nothing is tied.
    expect(countPublishers(['Daily Ledger', 'dailyledger.example', 'dailyledger.co.uk'])).toBe(3);
  });
});

describe('onePublisher', () => {
  it('is one paper spelled two ways, never with an unnamed copy', () => {
    expect(onePublisher(['Daily Ledger', 'dailyledger.example', 'DAILY LEDGER'])).toBe(true);
    expect(onePublisher(['Daily Ledger', 'Morning Post'])).toBe(false);
    expect(onePublisher(['Daily Ledger', ''])).toBe(false);
    expect(onePublisher([])).toBe(false);
  });
});

describe('publisherNames', () => {
  it('lists each publisher once, under its name rather than its address', () => {
    const { names, keyOf } = publisherNames([
      'dailyledger.example',
      'Daily Ledger',
      'morningpost.example',
      '',
    ]);
    expect(names).toEqual(['Daily Ledger', 'morningpost.example']);
    expect(keyOf('dailyledger.example')).toBe(keyOf('Daily Ledger'));
    expect(keyOf('')).toBe('');
    expect(publisherKeys(['x']).get('x')).toBe('n:x');
  });
});
