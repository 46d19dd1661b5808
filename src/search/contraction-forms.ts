import { normaliseToken } from '../core/text/normalise-token';

/**
 * The other ways a contraction may be printed, by the echo engine's rules (core's
 * normalise-token.ts): "we're" is "we are", "don't" "do not", "can't" "can not" and "cannot".
 * The index splits "we're" at its apostrophe into "we" and "re", so search asks each form
 * (query-variants.ts) rather than re-index every archive with contractions expanded.
 */

// Only words people write contracted are contracted ("we are" → "we're", never "prices are"
// → "prices're"): each other form is one more search, and "re" alone matches noise.
const pronouns = new Set(
  'i you we they he she it that there here who what where how this let'.split(' '),
);
const auxiliaries = new Set(
  'do does did is are was were has have had could would should must need might will can shall'.split(
    ' ',
  ),
);
const irregularNot: Readonly<Record<string, readonly string[]>> = {
  will: ["won't"],
  can: ["can't", 'cannot'],
  shall: ["shan't"],
};
const suffixes = ["'re", "'ve", "'ll", "'m", "'d", "'s"];

const apostrophes = /[’ʼ＇]/g;

/** The terms the echo engine reads a word as ("we’re" → we, are). */
function normalised(word: string): string[] {
  const out: string[] = [];
  normaliseToken(word, out);
  return out;
}

const sameTerms = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((term, i) => term === b[i]);

/** How `first second` is printed contracted ("we are" → ["we're"]), if people write it so. */
export function contractedForms(first: string, second: string): string[] {
  const [a, b] = [first.toLowerCase(), second.toLowerCase()];
  const candidates =
    b === 'not'
      ? auxiliaries.has(a)
        ? (irregularNot[a] ?? [`${a}n't`])
        : []
      : pronouns.has(a)
        ? suffixes.map((suffix) => `${a}${suffix}`)
        : [];
  return candidates.filter((c) => sameTerms(normalised(c), [a, b]));
}

/**
 * The other forms of one word that is a contraction ("we're" → ["we are"], "can't" →
 * ["can not", "cannot"]); none for any other word (a possessive "Ukraine's" included).
 */
export function expandedForms(word: string): string[] {
  const lower = word.toLowerCase().replace(apostrophes, "'");
  if (!lower.includes("'") && lower !== 'cannot') return [];
  const terms = normalised(lower);
  const [a, b] = terms;
  if (terms.length !== 2 || a === undefined || b === undefined || !/^\p{L}+$/u.test(a + b))
    return [];
  const others = [`${a} ${b}`, ...contractedForms(a, b)];
  return others.filter((form) => form !== lower);
}
