import type { ElementLike, NodeLike } from './dom-like';

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

function firstText(root: NodeLike): NodeLike | undefined {
  const stack: NodeLike[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3 && squash(node.nodeValue)) return node;
    const children: NodeLike[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as NodeLike);
  }
  return undefined;
}

/**
 * Removes the article's headline when Readability left it as the first thing in the article
 * ("Voice interfaces" in an `h1` link, a headline in a styled `div`): it is the article's title,
 * shown as such, and reads twice otherwise. Only a block whose whole text is the title goes.
 * Returns whether one did.
 */
export function removeLeadingTitle(content: ElementLike, title: string): boolean {
  const wanted = squash(title);
  if (!wanted) return false;
  let node = firstText(content)?.parentNode ?? null;
  let match: NodeLike | null = null;
  for (; node && node !== content; node = node.parentNode) {
    if (squash((node as ElementLike).textContent) === wanted) match = node;
    else break;
  }
  if (!match?.parentNode) return false;
  match.parentNode.removeChild(match);
  return true;
}
