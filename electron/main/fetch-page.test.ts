import { describe, expect, it } from 'vitest';
import { fetchPage, type NetFetch } from './fetch-page';

/** A fake net whose page is an endless body with no Content-Length; counts the chunks sent. */
function endlessNet(): { net: NetFetch; sent: () => number } {
  let sent = 0;
  const net: NetFetch = async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          sent++;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x3c));
        },
      }),
      { headers: { 'content-type': 'text/html' } },
    );
  return { net, sent: () => sent };
}

describe('fetchPage (Electron main)', () => {
  it('stops an endless body without Content-Length at the limit', async () => {
    const { net, sent } = endlessNet();
    const outcome = await fetchPage(net, 'https://example.org/', 1024 * 1024);
    expect(outcome).toEqual({
      kind: 'failed',
      url: 'https://example.org/',
      reason: 'The page is larger than 1 MB, so it was not downloaded.',
    });
    // 1 MB is 16 chunks; the stream may have queued one or two more, never the whole body.
    expect(sent()).toBeLessThanOrEqual(20);
  });

  it('returns a page under the limit with its final address and type', async () => {
    const net: NetFetch = async () =>
      new Response('<p>hello</p>', { headers: { 'content-type': 'text/html' } });
    const outcome = await fetchPage(net, 'https://example.org/a');
    expect(outcome.kind === 'ok' && new TextDecoder().decode(outcome.bytes)).toBe('<p>hello</p>');
    expect(outcome.kind === 'ok' && outcome.contentType).toBe('text/html');
  });

  it('says the status of a failed answer and a refused connection in words', async () => {
    const notFound: NetFetch = async () =>
      new Response('gone', { status: 404, statusText: 'Not Found' });
    expect(await fetchPage(notFound, 'https://example.org/')).toMatchObject({
      reason: 'The site answered 404 Not Found',
    });
    const refused: NetFetch = async () => {
      throw new TypeError('net::ERR_CONNECTION_REFUSED');
    };
    const outcome = await fetchPage(refused, 'https://example.org/');
    expect(outcome.kind === 'failed' && outcome.reason).not.toContain('ERR_');
  });
});
