import { describe, expect, it } from 'vitest';
import { hostSource, sourceOf } from './source-of';

describe('sourceOf', () => {
  it('is the site name given, else the host of the address', () => {
    expect(sourceOf('Daily Ledger', 'https://www.dailyledger.example/a')).toBe('Daily Ledger');
    expect(sourceOf('  ', 'https://www.dailyledger.example/a')).toBe('dailyledger.example');
    expect(sourceOf('', '')).toBe('');
    expect(sourceOf(undefined, 'mailto:desk@dailyledger.example')).toBe('');
  });

  it('files a paper’s www., mobile and AMP hosts under one name', () => {
    const hosts = [
      'https://www.dailyledger.example/a',
      'https://m.dailyledger.example/a',
      'https://amp.DailyLedger.example/a',
      'http://mobile.dailyledger.example./a',
      'https://dailyledger.example/a',
    ].map(hostSource);
    expect(new Set(hosts)).toEqual(new Set(['dailyledger.example']));
  });

  it('keeps a host that is only a door and a top-level domain, and other subdomains', () => {
    expect(hostSource('https://m.example/a')).toBe('m.example');
    expect(hostSource('https://news.dailyledger.example/a')).toBe('news.dailyledger.example');
  });
});
