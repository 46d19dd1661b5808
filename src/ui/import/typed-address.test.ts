import { describe, expect, it } from 'vitest';
import { readTypedAddress } from './typed-address';

describe('readTypedAddress', () => {
  it('takes an address typed without a scheme as https, as a browser does', () => {
    expect(readTypedAddress('www.bbc.co.uk/news/uk-123')).toEqual({
      kind: 'page',
      url: 'https://www.bbc.co.uk/news/uk-123',
    });
    expect(readTypedAddress(' example.org ')).toEqual({
      kind: 'page',
      url: 'https://example.org/',
    });
    expect(readTypedAddress('localhost:8080/a')).toMatchObject({ kind: 'refused' });
  });

  it('keeps an http(s) address as typed', () => {
    expect(readTypedAddress(' https://x.org/a?b=1 ')).toEqual({
      kind: 'page',
      url: 'https://x.org/a?b=1',
    });
    expect(readTypedAddress('http://localhost:5000/a')).toEqual({
      kind: 'page',
      url: 'http://localhost:5000/a',
    });
  });

  it('says in words why anything else is refused', () => {
    expect(readTypedAddress('')).toEqual({ kind: 'empty' });
    expect(readTypedAddress('ftp://example.com/x')).toEqual({
      kind: 'refused',
      reason: 'Verso imports web pages: the address must start with https:// or http://.',
    });
    expect(readTypedAddress('javascript:alert(1)')).toMatchObject({ kind: 'refused' });
    expect(readTypedAddress('not a url')).toEqual({
      kind: 'refused',
      reason: 'A web address has no spaces in it.',
    });
    expect(readTypedAddress('hello')).toMatchObject({ kind: 'refused' });
  });

  it('does not tell a person whose address starts with https:// to start it with https://', () => {
    // Cut short, or with a port no address can have: the scheme is right, the rest is not.
    for (const typed of ['https://', 'http://', 'https://example.com:99999/story']) {
      expect(readTypedAddress(typed), typed).toEqual({
        kind: 'refused',
        reason: 'This is not a complete web address: give one like https://www.example.com/story.',
      });
    }
  });

  it('refuses an e-mail address pasted in, rather than fetch a page with a user name in it', () => {
    expect(readTypedAddress('editor@news.example.org')).toEqual({
      kind: 'refused',
      reason: 'This is an e-mail address: give a web address like https://www.example.com/story.',
    });
    // An @ further on is part of the page's address.
    expect(readTypedAddress('news.example.org/@editor/story')).toEqual({
      kind: 'page',
      url: 'https://news.example.org/@editor/story',
    });
  });
});
