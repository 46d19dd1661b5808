import { readCappedBody } from '../shared/capped-body';
import { watchFetchWith, type WatchResponse, type WatchRequest } from '../shared/watch-fetch';

const blockedWords = {
  reason:
    'A browser page may not read this site (it does not allow cross-origin requests, CORS), or it could not be reached. The desktop app can watch it.',
  blocked: true,
};

/**
 * The web build's watch fetch: what CORS allows. Conditional headers make a cross-origin request
 * "non-simple" (a preflight the site may refuse), so a refusal is retried once as a plain request
 * before the subscription is said to be out of the browser's reach. Redirects are followed by
 * the browser (a page cannot see them), and the browser's own cache is bypassed so our
 * validators decide.
 */
export async function watchFetchInBrowser(request: WatchRequest): Promise<WatchResponse> {
  const run = (validators: WatchRequest['validators']) =>
    watchFetchWith(
      fetch,
      { ...request, validators },
      {
        redirect: 'follow',
        credentials: 'omit',
        cache: 'no-store',
        unreachable: blockedWords,
        readBody: readCappedBody,
      },
    );
  const first = await run(request.validators);
  const conditional = request.validators.etag !== '' || request.validators.lastModified !== '';
  if (first.kind === 'failed' && first.blocked && conditional)
    return run({ etag: '', lastModified: '' });
  return first;
}
