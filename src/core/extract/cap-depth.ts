import type { NodeLike } from './dom-like';

/** Deeper than this, a page's nesting is flattened before Readability (browsers cap it at 512). */
export const maxDomDepth = 256;

function childrenOf(node: NodeLike): NodeLike[] {
  const out: NodeLike[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) out.push(child);
  return out;
}

/** Text nodes and elements with no element inside, in document order, below `node`. */
function leavesBelow(node: NodeLike): NodeLike[] {
  const leaves: NodeLike[] = [];
  const stack = childrenOf(node).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    const children = childrenOf(next);
    if (next.nodeType !== 1 || !children.some((c) => c.nodeType === 1)) leaves.push(next);
    else for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as NodeLike);
  }
  return leaves;
}

/**
 * Flattens whatever sits deeper than `maxDepth` under `root` into a flat run of its text and
 * innermost elements, in order. Readability recurses over the tree, so 20,000 nested divs (which
 * linkedom builds as given, unlike a browser's parser) would overflow its stack.
 */
export function capDepth(root: NodeLike, maxDepth = maxDomDepth): void {
  const stack: [NodeLike, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (node.nodeType !== 1) continue;
    if (depth >= maxDepth) {
      const leaves = leavesBelow(node);
      for (const child of childrenOf(node)) node.removeChild(child);
      for (const leaf of leaves) node.appendChild(leaf);
      continue;
    }
    for (const child of childrenOf(node)) stack.push([child, depth + 1]);
  }
}
