import { describe, expect, it } from 'vitest';
import { webAddress } from './web-address';

describe('webAddress', () => {
  it('accepts http(s) links, trimmed, and resolves relative ones against a base', () => {
    expect(webAddress('  https://news.example/a?b=1 ')?.href).toBe('https://news.example/a?b=1');
    expect(webAddress('/story', 'http://news.example/x')?.href).toBe('http://news.example/story');
  });

  it('refuses other schemes, text with spaces, and what does not parse', () => {
    for (const raw of [
      'ftp://x.example/a',
      'javascript:alert(1)',
      'https://x.example/a b',
      'news',
      '',
    ])
      expect(webAddress(raw)).toBeUndefined();
  });
});
