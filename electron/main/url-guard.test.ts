import { describe, expect, it } from 'vitest';
import { isTrustedSenderUrl } from './url-guard';

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
