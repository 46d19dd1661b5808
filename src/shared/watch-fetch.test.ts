import { describe, expect, it } from 'vitest';
import { readCappedBody } from './capped-body';
import {
  conditionalHeaders,
  retryAfterMs,
  watchFetchWith,
  type FetchLike,
  type ResponseLike,
} from './watch-fetch';

interface Call {
  readonly url: string;
  readonly headers: Record<string, string>;
}

function fakeFetch(answers: Record<string, () => ResponseLike>): {
  fetch: FetchLike;
  calls: Call[];
} {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, headers: init.headers });
    const answer = answers[url];
    if (!answer) throw new TypeError('fetch failed');
    return answer();
  };
  return { fetch, calls };
}

const response = (
  status: number,
  headers: Record<string, string> = {},
  body = '',
): ResponseLike => ({
  status,
  statusText: status === 404 ? 'Not Found' : status === 503 ? 'Service Unavailable' : '',
  url: '',
  headers: { get: (name) => headers[name.toLowerCase()] ?? null },
  body: new Response(body).body,
});

const options = { redirect: 'manual', readBody: readCappedBody } as const;
const plain = { etag: '', lastModified: '' };

describe('watchFetchWith', () => {
  it('sends the validators it holds and answers not-modified on 304', async () => {
    const { fetch, calls } = fakeFetch({ 'https://a.example/f': () => response(304) });
    const outcome = await watchFetchWith(
      fetch,
      {
        url: 'https://a.example/f',
        validators: { etag: '"v1"', lastModified: 'Mon, 30 Nov 2026 05:00:00 GMT' },
        maxBytes: 100,
      },
      options,
    );
    expect(outcome).toEqual({ kind: 'not-modified' });
    expect(calls[0]?.headers).toEqual({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Mon, 30 Nov 2026 05:00:00 GMT',
    });
  });

  it('returns the body with the new validators, after following a redirect', async () => {
    const { fetch } = fakeFetch({
      'https://a.example/old': () => response(301, { location: '/new' }),
      'https://a.example/new': () =>
        response(200, { etag: '"v2"', 'content-type': 'application/rss+xml' }, '<rss/>'),
    });
    const outcome = await watchFetchWith(
      fetch,
      { url: 'https://a.example/old', validators: plain, maxBytes: 100 },
      options,
    );
    expect(outcome).toMatchObject({
      kind: 'ok',
      finalUrl: 'https://a.example/new',
      contentType: 'application/rss+xml',
      validators: { etag: '"v2"', lastModified: '' },
    });
    expect(outcome.kind === 'ok' && new TextDecoder().decode(outcome.bytes)).toBe('<rss/>');
  });

  it('names a redirect loop, a 404, an over-size body, Retry-After and an unreachable site', async () => {
    const { fetch } = fakeFetch({
      'https://a.example/a': () => response(302, { location: 'https://a.example/b' }),
      'https://a.example/b': () => response(302, { location: 'https://a.example/a' }),
      'https://a.example/gone': () => response(404),
      'https://a.example/big': () => response(200, {}, 'x'.repeat(500)),
      'https://a.example/busy': () => response(503, { 'retry-after': '120' }),
    });
    const get = (url: string) =>
      watchFetchWith(fetch, { url, validators: plain, maxBytes: 100 }, options);
    expect(await get('https://a.example/a')).toMatchObject({
      kind: 'failed',
      reason: 'The address redirects in a loop.',
    });
    expect(await get('https://a.example/gone')).toMatchObject({
      status: 404,
      reason: 'Nothing is at this address now (the site answered 404 Not Found).',
    });
    expect(await get('https://a.example/big')).toMatchObject({
      reason: 'It is larger than 100 bytes, so it was not downloaded.',
    });
    expect(await get('https://a.example/busy')).toMatchObject({
      status: 503,
      retryAfterMs: 120_000,
    });
    expect(await get('https://a.example/nowhere')).toMatchObject({
      status: 0,
      reason: 'The site could not be reached.',
      blocked: false,
    });
  });

  it('stops a redirect chain after the limit', async () => {
    const answers: Record<string, () => ResponseLike> = {};
    for (let i = 0; i < 20; i++)
      answers[`https://a.example/${i}`] = () => response(302, { location: `/${i + 1}` });
    const { fetch, calls } = fakeFetch(answers);
    expect(
      await watchFetchWith(
        fetch,
        { url: 'https://a.example/0', validators: plain, maxBytes: 100 },
        options,
      ),
    ).toMatchObject({ reason: 'The address redirects more than 10 times.' });
    expect(calls).toHaveLength(11);
  });
});

describe('conditional headers and Retry-After', () => {
  it('sends only the validators it has', () => {
    expect(conditionalHeaders(plain)).toEqual({});
    expect(conditionalHeaders({ etag: 'W/"x"', lastModified: '' })).toEqual({
      'If-None-Match': 'W/"x"',
    });
  });
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('30', 0)).toBe(30_000);
    expect(retryAfterMs('Mon, 30 Nov 2026 06:00:00 GMT', Date.UTC(2026, 10, 30, 5, 59))).toBe(
      60_000,
    );
    expect(retryAfterMs('soon', 0)).toBe(0);
    expect(retryAfterMs(null, 0)).toBe(0);
  });
});
