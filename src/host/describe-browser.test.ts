import { describe, expect, it } from 'vitest';
import { describeBrowser } from './describe-browser';

describe('describeBrowser', () => {
  it('names the brands Client Hints report, without the GREASE entry', () => {
    const facts = {
      userAgent: 'Mozilla/5.0 …',
      userAgentData: {
        brands: [
          { brand: 'Chromium', version: '142' },
          { brand: 'Not_A Brand', version: '99' },
        ],
      },
    };
    expect(describeBrowser(facts)).toBe('Chromium 142');
  });

  it('falls back to the user-agent string as the browser sends it', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
    expect(describeBrowser({ userAgent: ua })).toBe(ua);
    expect(describeBrowser({ userAgent: ua, userAgentData: { brands: [] } })).toBe(ua);
  });
});
