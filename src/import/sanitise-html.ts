import createDOMPurify, { type WindowLike } from 'dompurify';

/** Options for sanitising an article's HTML. */
export interface SanitiseOptions {
  /** Keep remote image addresses (the user consented); otherwise they are neutralised. */
  readonly allowRemoteImages?: boolean;
  /** The window whose DOM does the work; the page's own by default (tests pass jsdom's). */
  readonly window?: WindowLike;
}

const forbiddenTags = [
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'track',
  'svg',
  'math',
];
const forbiddenAttributes = [
  'style',
  'srcset',
  'background',
  'poster',
  'ping',
  'formaction',
  'action',
];

const isRemote = (url: string): boolean => !/^(data:|#|$)/i.test(url.trim());

/**
 * The article HTML made safe to show in the reader: no scripts, event handlers, frames, forms,
 * styles or embedded media; remote images keep their address in `data-remote-src` only, so
 * nothing loads from the network unless the user allows it.
 */
export function sanitiseArticleHtml(html: string, options: SanitiseOptions = {}): string {
  const purify = createDOMPurify(options.window ?? (globalThis as unknown as WindowLike));
  if (!purify.isSupported) throw new Error('HTML cannot be sanitised in this environment.');
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (isRemote(src) && !options.allowRemoteImages) {
        node.removeAttribute('src');
        node.setAttribute('data-remote-src', src);
      }
    } else if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('rel', 'noopener noreferrer');
      node.removeAttribute('target');
    }
  });
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['data-remote-src'],
  });
}
