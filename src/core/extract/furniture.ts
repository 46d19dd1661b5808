import type { ElementLike, NodeLike } from './dom-like';

/**
 * Class, id or aria-label words that mark page furniture: share bars, "related" and teaser lists,
 * newsletter and promo boxes, navigation, photo credits, ads. Matched as whole words of the
 * attribute (split on -, _ and spaces), so "shared-history" or "creditcard" do not count.
 */
const furnitureWords = new Set(
  (
    'share sharing sharebar social socials related recommended recirculation newsletter promo ' +
    'promotion teaser teasers breadcrumb breadcrumbs subscribe signup advert advertisement ad ads ' +
    'sponsored outbrain taboola credit credits byline-credit photocredit readmore nav navigation ' +
    'menu toolbar pagination paywall more-stories trending popular'
  ).split(' '),
);
const furnitureTags = new Set(['NAV', 'BUTTON', 'FORM', 'INPUT', 'SELECT']);

/** Whole text of a paragraph that is furniture on its own: a lone number, a price, a credit. */
const furnitureLine = [
  /^\d{1,4}$/, // a counter or a gallery index ("14")
  /^(from |ab |à partir de |desde )?[$€£¥]\s?\d[\d.,]*( ?[$€£¥])?$/i, // "from $610.00"
  /^(photo|photograph|image|picture|credit|foto|bild|photo credit)s?\s*[:：©]/i,
  /^(©|\(c\))?\s*[\w .'-]{0,40}\/\s*(getty images|ap|afp|reuters|epa|shutterstock|pa)$/i,
  /^(advertisement|anzeige|publicité|publicidad|share this( article| story)?|read more|skip advert)$/i,
];

function wordsOf(attribute: string | null): string[] {
  return (attribute ?? '').toLowerCase().split(/[\s_]+|-(?=[a-z])/);
}

function isFurnitureElement(el: ElementLike): boolean {
  if (furnitureTags.has(el.nodeName.toUpperCase())) return true;
  if ((el.getAttribute('role') ?? '') === 'navigation') return true;
  const names = [
    ...wordsOf(el.getAttribute('class')),
    ...wordsOf(el.getAttribute('id')),
    ...wordsOf(el.getAttribute('aria-label')),
  ];
  return names.some((w) => furnitureWords.has(w));
}

function wordCount(text: string | null): number {
  return text?.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function elementsBelow(root: ElementLike): ElementLike[] {
  const out: ElementLike[] = [];
  const stack: NodeLike[] = [];
  for (let c = root.firstChild; c; c = c.nextSibling) stack.push(c);
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== 1) continue;
    out.push(node as ElementLike);
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return out;
}

/** Embedded posts' own markup: kept as quotes even where Readability keeps them. */
const embedClass =
  /\b(twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|reddit-embed-bq|fb-xfbml-parse-ignore)\b/;

function insideEmbed(el: ElementLike): boolean {
  for (let n: NodeLike | null = el; n; n = n.parentNode)
    if (n.nodeType === 1 && embedClass.test((n as ElementLike).getAttribute('class') ?? ''))
      return true;
  return false;
}

/**
 * Removes page furniture Readability keeps inside the article it found: elements marked as share
 * bars, related or teaser lists, newsletter boxes, navigation, credits or ads by their class, id,
 * role or aria-label, and paragraphs that are only a number, a price, a photo credit or an
 * "Advertisement" label. Headings, lists and quotes stay unless so marked; an element holding
 * over a third of the article's words is never taken (a wrapper whose class says "share" too).
 * Returns how many elements went. Runs on Readability's output, in the page or a worker alike.
 */
export function removeFurniture(content: ElementLike): number {
  const total = Math.max(1, wordCount(content.textContent));
  let removed = 0;
  for (const el of elementsBelow(content)) {
    if (!el.parentNode || insideEmbed(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const marked = isFurnitureElement(el) && wordCount(text) <= total / 3;
    const lone =
      /^(P|LI|SPAN|DIV|FIGCAPTION|SMALL|STRONG|B|EM)$/i.test(el.nodeName) &&
      text.length < 80 &&
      furnitureLine.some((rule) => rule.test(text));
    if (marked || lone) {
      el.parentNode.removeChild(el);
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
