import type { ElementLike, NodeLike } from './dom-like';
import { isFurnitureLabel, isFurnitureLine, isMarkedFurniture } from './furniture-marks';

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
const wordCount = (text: string): number => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

// Blocks whose whole text can be a lone counter, price or credit; inline elements are judged by
// the block around them, so a number inside a sentence or a citation ("59", "401") stays.
const lineBlocks = /^(P|LI|DIV|FIGCAPTION|DD|DT|SECTION|FIGURE|ASIDE|HEADER|FOOTER)$/;
// Code keeps every token; an embedded post is kept whole as a quote.
const untouchable = /^(PRE|CODE|KBD|SAMP|MATH)$/;
const embedClass =
  /\b(twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|reddit-embed-bq|fb-xfbml-parse-ignore)\b/;

/** Share of an element's text that sits inside links. */
function linkDensity(el: ElementLike, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  const stack: NodeLike[] = [el];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== 1) continue;
    if (node.nodeName.toUpperCase() === 'A') {
      linked += squash((node as ElementLike).textContent).length;
      continue;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return linked / textLength;
}

/** The elements below `root` that may be judged, in document order, code and embeds left out. */
function candidatesBelow(root: ElementLike): ElementLike[] {
  const out: ElementLike[] = [];
  const stack: NodeLike[] = [];
  const pushChildren = (node: NodeLike): void => {
    const children: NodeLike[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as NodeLike);
  };
  pushChildren(root);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== 1) continue;
    const el = node as ElementLike;
    if (untouchable.test(el.nodeName.toUpperCase())) continue;
    if (embedClass.test(el.getAttribute('class') ?? '')) continue;
    out.push(el);
    pushChildren(el);
  }
  return out;
}

/**
 * Whether a marked element is small enough to be furniture: a share bar or credit is a few words,
 * a "related" list is mostly links. A section that happens to carry a furniture word in its class
 * but holds prose (over 50 words, under half of them links) stays, and so does anything holding
 * over a third of the article.
 */
function smallEnough(el: ElementLike, total: number): boolean {
  const text = squash(el.textContent);
  const words = wordCount(text);
  if (words > total / 3) return false;
  return words <= 50 || linkDensity(el, text.length) >= 0.5;
}

const headingTags = /^H[1-6]$/;
// A line that only points elsewhere: "A lire aussi : …", "Video: …", "Read more: …", mostly a link.
const pointer =
  /^\(?(à lire aussi|a lire aussi|lire aussi|read also|see also|read more|more|video|watch|listen|lea también|leer también|ver también|mehr zum thema)\s*:/i;

/** Whether a block is furniture by its text alone: a lone counter, label or credit, a pointer. */
function isLoneFurniture(el: ElementLike, name: string, text: string): boolean {
  if (headingTags.test(name)) return isFurnitureLabel(text);
  if (!lineBlocks.test(name)) return false;
  if (isFurnitureLine(text)) return true;
  return pointer.test(text) && wordCount(text) <= 25 && linkDensity(el, text.length) >= 0.5;
}

const inline = /^(A|SPAN|EM|STRONG|B|I|U|SMALL|ABBR|TIME|CITE|Q|SUB|SUP|FONT|LABEL|MARK)$/;

/**
 * Whether an inline element sits inside running text: a topic link or a dateline span in a
 * sentence ("advances in <a class=keyword>neuroscience</a>") is part of it, marked or not. One
 * that is all its parent holds, or that sits in a caption (a credit), can go.
 */
function inSentence(el: ElementLike): boolean {
  if (!inline.test(el.nodeName.toUpperCase())) return false;
  const parent = el.parentNode as ElementLike | null;
  if (!parent || parent.nodeType !== 1) return false;
  for (let n: NodeLike | null = parent; n; n = n.parentNode)
    if (n.nodeName.toUpperCase() === 'FIGCAPTION') return false;
  return squash(parent.textContent) !== squash(el.textContent);
}

function isGone(el: ElementLike, root: ElementLike): boolean {
  for (let n: NodeLike | null = el; n; n = n.parentNode) if (n === root) return false;
  return true;
}

/**
 * Removes page furniture Readability keeps inside the article it found: elements marked as share
 * bars, related or teaser lists, newsletter boxes, navigation, credits or ads by their tag, role,
 * class, id or aria-label (when small or mostly links), and blocks that are only a small number,
 * a price, a photo credit or an "Advertisement" label. Headings, lists, quotes and code stay unless
 * so marked. Returns how many elements went. Runs on Readability's output, in a page or a worker.
 */
export function removeFurniture(content: ElementLike): number {
  const total = Math.max(1, wordCount(squash(content.textContent)));
  let removed = 0;
  for (const el of candidatesBelow(content)) {
    const parent = el.parentNode;
    if (!parent || isGone(el, content)) continue;
    const name = el.nodeName.toUpperCase();
    const marked = isMarkedFurniture(el) && !inSentence(el) && smallEnough(el, total);
    const lone = !marked && isLoneFurniture(el, name, squash(el.textContent));
    if (marked || lone) {
      parent.removeChild(el);
      removed++;
    }
  }
  return removed;
}

/** "BBC News · BBC News", "BBC News | BBC News" or "BBC News - bbc news" named once. */
export function dedupeSourceName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  const parts = trimmed.split(/\s+[·|•–—-]\s+|\s*[|·•]\s*/).filter(Boolean);
  if (parts.length < 2) return trimmed;
  const first = parts[0]?.toLowerCase();
  return parts.every((p) => p.toLowerCase() === first) ? (parts[0] ?? trimmed) : trimmed;
}

/**
 * Drops every class attribute below `content` but Readability's own "page": Readability runs with
 * its classes kept so that furniture can be told by them, and this does afterwards what its
 * clean-up would have done, so the HTML kept for the reader is the same.
 */
export function dropClasses(content: ElementLike): void {
  const stack: NodeLike[] = [content];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== 1) continue;
    const el = node as ElementLike;
    const kept = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c === 'page');
    if (kept.length > 0) el.setAttribute('class', kept.join(' '));
    else if (el.getAttribute('class') !== null) el.removeAttribute('class');
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
}
