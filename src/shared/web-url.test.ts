import { describe, expect, it } from 'vitest';
import { parseWebUrl } from './web-url';

describe('parseWebUrl', () => {
  it('accepts http and https links and normalises them', () => {
    expect(parseWebUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(parseWebUrl(' http://news.example/story?id=1 ')).toBe('http://news.example/story?id=1');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>1</script>',
    'vbscript:msgbox',
    'https://user:pass@evil.example/',
    'not a url',
    '',
  ])('refuses %s', (raw) => {
    expect(parseWebUrl(raw)).toBeNull();
  });

  it('refuses non-strings and absurdly long input', () => {
    expect(parseWebUrl(42)).toBeNull();
    expect(parseWebUrl({ href: 'https://x' })).toBeNull();
    expect(parseWebUrl(`https://x.example/${'a'.repeat(9000)}`)).toBeNull();
  });
});
