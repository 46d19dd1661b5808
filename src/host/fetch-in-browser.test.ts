import { describe, expect, it } from 'vitest';
import { fetchInBrowser, type PageFetch } from './fetch-in-browser';

describe('fetchInBrowser (web host)', () => {
  it('stops an endless body without Content-Length at the limit', async () => {
    let sent = 0;
    const endless: PageFetch = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            sent++;
            controller.enqueue(new Uint8Array(64 * 1024));
          },
        }),
      );
    const outcome = await fetchInBrowser('https://example.org/', endless, 1024 * 1024);
    expect(outcome).toMatchObject({
      kind: 'failed',
      reason: 'The page is larger than 1 MB, so it was not downloaded.',
    });
    expect(sent).toBeLessThanOrEqual(20);
  });

  it('fetches without cookies and returns the page', async () => {
    let credentials: RequestCredentials | undefined;
    const page: PageFetch = async (_url, init) => {
      credentials = init.credentials;
      return new Response('text');
    };
    const outcome = await fetchInBrowser('https://example.org/', page);
    expect(outcome.kind === 'ok' && outcome.bytes.length).toBe(4);
    expect(credentials).toBe('omit');
  });
});
