import { describe, expect, it } from 'vitest';
import { netErrorWords } from './net-error-words';

describe('netErrorWords', () => {
  it('names the Chromium errors a watched site most often gives', () => {
    expect(netErrorWords(new Error('net::ERR_TOO_MANY_REDIRECTS'))).toBe(
      'The address redirects in a loop (or more than 20 times).',
    );
    expect(netErrorWords(new Error('net::ERR_NAME_NOT_RESOLVED'))).toMatch(/not known/);
    expect(netErrorWords(new Error('net::ERR_CERT_DATE_INVALID'))).toMatch(/certificate/);
    expect(netErrorWords(new Error('something else'))).toBeUndefined();
  });
});
