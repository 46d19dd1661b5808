import { parseOpml } from 'feedsmith';
import { absoluteWebUrl, textOf } from './feed-values';

/** One feed an OPML file lists. */
export interface OpmlFeed {
  readonly url: string;
  readonly title: string;
}

/** The feeds an OPML file lists (folders flattened, duplicates once), or why it could not be read. */
export type OpmlReading =
  | { readonly kind: 'ok'; readonly feeds: readonly OpmlFeed[] }
  | { readonly kind: 'failed'; readonly reason: string };

const notOpml = 'This is not an OPML file (a list of feeds exported by a feed reader).';

/** Reads an OPML subscription list; nested folders are walked with a stack (no recursion depth). */
export function readOpml(text: string): OpmlReading {
  let parsed: ReturnType<typeof parseOpml>;
  try {
    parsed = parseOpml(text);
  } catch {
    return { kind: 'failed', reason: notOpml };
  }
  const stack: unknown[] = [...(parsed.body?.outlines ?? [])].reverse();
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const outline = stack.pop() as Record<string, unknown> | undefined;
    if (!outline) continue;
    const url = absoluteWebUrl(textOf(outline.xmlUrl), 'http://invalid/');
    if (url && !url.startsWith('http://invalid/') && !seen.has(url)) {
      seen.add(url);
      feeds.push({ url, title: textOf(outline.title) || textOf(outline.text) });
    }
    const children = Array.isArray(outline.outlines) ? (outline.outlines as unknown[]) : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  if (feeds.length === 0) return { kind: 'failed', reason: 'The OPML file lists no feeds.' };
  return { kind: 'ok', feeds };
}
