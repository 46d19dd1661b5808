import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl, parseWebUrl } from './url-guard';

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

describe('isTrustedSenderUrl', () => {
  const bundled = 'app://verso/index.html';

  it('trusts only our bundled page in production', () => {
    expect(isTrustedSenderUrl(bundled, bundled)).toBe(true);
    expect(isTrustedSenderUrl(`${bundled}#/article/1`, bundled)).toBe(true);
    expect(isTrustedSenderUrl('app://evil/index.html', bundled)).toBe(false);
    expect(isTrustedSenderUrl('app://verso/assets/other.html', bundled)).toBe(false);
    expect(isTrustedSenderUrl('file:///opt/Verso/out/renderer/index.html', bundled)).toBe(false);
    expect(isTrustedSenderUrl('https://evil.example/', bundled)).toBe(false);
  });

  it('trusts only the dev server origin in development', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedSenderUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedSenderUrl('garbage', dev)).toBe(false);
  });
});
