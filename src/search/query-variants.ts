import { contractedForms, expandedForms } from './contraction-forms';

/**
 * The other ways a query's numbers and contractions may be printed, so that a search finds an
 * article whichever way it wrote them: "£200m" and "£200 million", "$5bn" and "$5 billion", "per
 * cent", "percent" and "%", "£1,500,000" and "£1500000", "we're" and "we are" — the edits the
 * echo engine already treats as equivalent. The index keeps each article's words as printed (a
 * currency sign stays on its amount, "1,000" is two words, "%" is dropped, "we're" is "we" and
 * "re"), so rather than re-index every archive the query is asked in each form and the results
 * merged (search-engine.ts). An amount typed without its sign ("200m") finds it in any currency
 * without more forms: each word looks up its signed terms (query-terms.ts).
 */

/** At most this many forms of one query are searched (the query as typed is the first). */
export const maxVariants = 4;

const magnitudeWords: Readonly<Record<string, string>> = {
  k: 'thousand',
  m: 'million',
  mn: 'million',
  b: 'billion',
  bn: 'billion',
  tn: 'trillion',
  trn: 'trillion',
};
/** How a magnitude word is abbreviated after an amount. */
const abbreviations: Readonly<Record<string, string>> = {
  thousand: 'k',
  million: 'm',
  billion: 'bn',
  trillion: 'tn',
};

const wrapped = /^([^\p{L}\p{N}\p{Sc}]*)(.*?)([^\p{L}\p{N}%]*)$/u;
const abbreviated = /^(\p{Sc}?)(\d[\d.,]*?)(k|m|mn|b|bn|tn|trn)$/iu;
const amount = /^(\p{Sc}?)(\d[\d.,]*?)(%?)$/u;
const longNumber = /^(\p{Sc}?)(\d{5,})$/u;
const groupedNumber = /^(\p{Sc}?)(\d{1,3}(?:,\d{3})+)$/u;

interface Token {
  readonly before: string;
  readonly core: string;
  readonly after: string;
}

/** A run of the query's tokens that may be written another way (or ways: "can't"). */
interface Site {
  readonly from: number;
  readonly count: number;
  readonly other: string;
  readonly more?: readonly string[];
}

function split(word: string): Token {
  const [, before = '', core = '', after = ''] = wrapped.exec(word) ?? [];
  return { before, core, after };
}

/** The other form of the tokens at `i` (one or two of them), if they hold a number written one way. */
function siteAt(tokens: readonly Token[], i: number): Site | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const core = token.core.toLowerCase();
  const short = abbreviated.exec(core);
  if (short) {
    const [, sign = '', digits = '', suffix = ''] = short;
    // "200m" without a sign may be a distance, but it is more often an amount typed without its
    // sign: asked as "200 million" too, which costs one search and finds no race.
    return { from: i, count: 1, other: `${sign}${digits} ${magnitudeWords[suffix] ?? ''}` };
  }
  const next = tokens[i + 1];
  const number = amount.exec(core);
  if (number && next && number[3] === '') {
    const [, sign = '', digits = ''] = number;
    const word = next.core.toLowerCase();
    const suffix = abbreviations[word];
    if (suffix) return { from: i, count: 2, other: `${sign}${digits}${suffix}` };
    if (word === 'percent') return { from: i, count: 2, other: `${digits}%` };
    if (word === 'per' && next.after === '' && tokens[i + 2]?.core.toLowerCase() === 'cent')
      return { from: i, count: 3, other: `${digits}%` };
  }
  if (number?.[3] === '%') return { from: i, count: 1, other: `${number[2] ?? ''} per cent` };
  if (core === 'percent') return { from: i, count: 1, other: 'per cent' };
  const long = longNumber.exec(core);
  if (long) {
    const grouped = (long[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return { from: i, count: 1, other: `${long[1] ?? ''}${grouped}` };
  }
  const grouped = groupedNumber.exec(core);
  if (grouped)
    return {
      from: i,
      count: 1,
      other: `${grouped[1] ?? ''}${(grouped[2] ?? '').replace(/,/g, '')}`,
    };
  return contractionAt(tokens, i);
}

/** The other forms of a contraction at `i` ("we're"), or of two words that contract ("we are"). */
function contractionAt(tokens: readonly Token[], i: number): Site | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const [other, ...more] = expandedForms(token.core);
  if (other !== undefined) return { from: i, count: 1, other, more };
  const next = tokens[i + 1];
  // Punctuation between the words ("we, are") is not a contraction's place.
  if (!next || token.after !== '' || next.before !== '') return undefined;
  const [contracted, ...others] = contractedForms(token.core, next.core);
  return contracted === undefined
    ? undefined
    : { from: i, count: 2, other: contracted, more: others };
}

function rewrite(tokens: readonly Token[], sites: readonly Site[]): string {
  const words: string[] = [];
  let i = 0;
  for (const site of sites) {
    for (; i < site.from; i++) words.push(whole(tokens[i]));
    const first = tokens[site.from];
    const last = tokens[site.from + site.count - 1];
    words.push(`${first?.before ?? ''}${site.other}${last?.after ?? ''}`);
    i = site.from + site.count;
  }
  for (; i < tokens.length; i++) words.push(whole(tokens[i]));
  return words.join(' ');
}

const whole = (t: Token | undefined): string => (t ? t.before + t.core + t.after : '');

/**
 * The query as typed, then the same query with its numbers and contractions written the other
 * way: each swapped on its own (a contraction with more than one other form in each), then all
 * of them together; at most `maxVariants`, duplicates left out.
 */
export function queryVariants(text: string): string[] {
  const tokens = text.split(/\s+/).filter(Boolean).map(split);
  const sites: Site[] = [];
  for (let i = 0; i < tokens.length;) {
    const site = siteAt(tokens, i);
    if (site) sites.push(site);
    i += site?.count ?? 1;
  }
  const variants = new Set([text]);
  for (const site of sites)
    for (const other of [site.other, ...(site.more ?? [])])
      variants.add(rewrite(tokens, [{ ...site, other }]));
  if (sites.length > 1) variants.add(rewrite(tokens, sites));
  return [...variants].slice(0, maxVariants);
}
