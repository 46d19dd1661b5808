// A page saved while a cookie banner or a paywall covered it: Readability finds the banner's
// words, the import stores them under the page's title and source, and the person believes the
// article is archived. The text is kept (nothing is thrown away); the summary says what it is.

/** Longer than this, a text is an article that may mention cookies, never a banner alone. */
const mostWords = 400;

// Phrases a consent banner or a paywall prints, not an article about privacy in passing: each
// one counts once however often it appears.
const wallPhrases: readonly RegExp[] = [
  /\bcookies?\b/i,
  /\bconsent(?:ing)?\b/i,
  /\bour (?:\d+ )?(?:partners|vendors)\b/i,
  /\bpersonali[sz]ed (?:ads|advertising|content)\b/i,
  /\b(?:accept|reject|allow|refuse) all\b/i,
  /\bmanage (?:preferences|options|settings|cookies|choices)\b/i,
  /\blegitimate interests?\b/i,
  /\bprivacy (?:policy|settings|choices|preferences|notice)\b/i,
  /\bstore and\/or access information\b/i,
  /\bsubscribe (?:to (?:read|continue)|now)\b/i,
  /\balready (?:a subscriber|have an account)\b/i,
  /\b(?:log|sign) in to (?:read|continue)\b/i,
];

// A banner speaks to the reader ("we and our partners", "your privacy"); a report about cookie
// banners, which can hold every phrase above, tells of them in the third person.
const addressing = /\b(?:you|your|we|our|us)\b/gi;

/**
 * A warning when an extracted text reads as a consent banner or paywall instead of an article:
 * short, at least three of the banner phrases, their paragraphs at least half its words, and
 * speaking to the reader (you, we: four in a hundred words or more).
 */
export function consentWallWarning(text: string): string | undefined {
  const words = wordCount(text);
  if (words === 0 || words > mostWords) return undefined;
  const found = wallPhrases.filter((p) => p.test(text)).length;
  if (found < 3) return undefined;
  const wallWords = text
    .split(/\n\s*\n/)
    .filter((paragraph) => wallPhrases.some((p) => p.test(paragraph)))
    .reduce((sum, paragraph) => sum + wordCount(paragraph), 0);
  if (wallWords * 2 < words) return undefined;
  if ((text.match(addressing)?.length ?? 0) * 25 < words) return undefined;
  return 'Its text reads as a cookie or subscription notice, not an article: the page was probably saved before the notice was answered. It is archived as it is; save the page again after accepting or logging in, or import its address.';
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
