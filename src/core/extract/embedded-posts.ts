import type { DocumentLike, ElementLike, NodeLike } from './dom-like';
import { htmlToText } from './html-to-text';

/** The markup social networks' embed codes give a post before their script replaces it. */
const embedSelector = [
  'blockquote.twitter-tweet',
  'blockquote.instagram-media',
  'blockquote.tiktok-embed',
  'blockquote.bluesky-embed',
  'blockquote.mastodon-embed',
  'blockquote.reddit-embed-bq',
].join(', ');

/** An embedded post's text and the text just before it in the page, to put it back in place. */
export interface EmbeddedPost {
  readonly text: string;
  readonly before: string;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function textBefore(el: ElementLike): string {
  for (let n: NodeLike | null = el; n; n = n.parentNode) {
    const parent: NodeLike | null = n.parentNode;
    // Nothing before it in the body: the post opens the page (the head's title is not text).
    if (!parent || n.nodeName.toUpperCase() === 'BODY') break;
    let previous: ElementLike | undefined;
    for (let c: NodeLike | null = parent.firstChild; c && c !== n; c = c.nextSibling)
      if (c.nodeType === 1 && squash((c as ElementLike).textContent ?? ''))
        previous = c as ElementLike;
    if (previous) return squash(htmlToText(previous)).slice(-80);
  }
  return '';
}

/**
 * The embedded posts (tweets and the like) of a page, read before Readability runs: it drops
 * most of them with the links and scripts around them, and their words are part of the story.
 */
export function collectEmbeddedPosts(doc: DocumentLike): EmbeddedPost[] {
  const found = doc.querySelectorAll(embedSelector);
  const posts: EmbeddedPost[] = [];
  for (let i = 0; i < found.length && i < 50; i++) {
    const el = found[i];
    const text = el ? htmlToText(el) : '';
    if (el && squash(text)) posts.push({ text, before: textBefore(el) });
  }
  return posts;
}

function blocksBelow(root: ElementLike): ElementLike[] {
  const out: ElementLike[] = [];
  const stack: NodeLike[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== 1) continue;
    if (/^(P|H[1-6]|LI|BLOCKQUOTE|PRE|FIGCAPTION|DD)$/i.test(node.nodeName))
      out.push(node as ElementLike);
    const children: NodeLike[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as NodeLike);
  }
  return out;
}

/**
 * Puts back, as quotes, the embedded posts Readability left out of the article: each after the
 * paragraph that came before it in the page (first when nothing came before). A post whose place
 * cannot be found is left out rather than put somewhere wrong. Returns how many were put back.
 */
export function restoreEmbeddedPosts(content: ElementLike, posts: readonly EmbeddedPost[]): number {
  if (posts.length === 0) return 0;
  const make = content.ownerDocument;
  if (!make) return 0;
  const have = squash(content.textContent ?? '');
  let restored = 0;
  for (const post of posts) {
    if (have.includes(squash(post.text).slice(0, 60))) continue;
    // A post with nothing before it opens the article; otherwise it follows the block that
    // ended with the text it followed in the page, and is left out if no block does.
    const anchor = post.before
      ? blocksBelow(content).find((b) => squash(b.textContent ?? '').endsWith(post.before))
      : undefined;
    const parent = post.before ? anchor?.parentNode : content;
    if (!parent) continue;
    const quote = make.createElement('blockquote');
    for (const paragraph of post.text.split(/\n{2,}/)) {
      const p = make.createElement('p');
      p.appendChild(make.createTextNode(paragraph));
      quote.appendChild(p);
    }
    parent.insertBefore(quote, anchor ? anchor.nextSibling : content.firstChild);
    restored++;
  }
  return restored;
}
