import { lowerTerm } from './char-class';

/** Words whose "’s" means "is" rather than a possessive. */
const IS_BEFORE_S = new Set([
  'it',
  'he',
  'she',
  'that',
  'what',
  'there',
  'here',
  'who',
  'where',
  'how',
  'this',
]);
const IRREGULAR_NOT: Readonly<Record<string, readonly string[]>> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'],
};
const SUFFIXES: Readonly<Record<string, string>> = {
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'m": 'am',
  "'d": 'would',
};
const WHOLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  cannot: ['can', 'not'],
  percent: ['per', 'cent'],
  "let's": ['let', 'us'],
};
/** Magnitude suffixes that are unambiguous after any number. */
const MAGNITUDES: Readonly<Record<string, string>> = {
  thousand: 'thousand',
  million: 'million',
  mn: 'million',
  billion: 'billion',
  bn: 'billion',
  trillion: 'trillion',
  tn: 'trillion',
  trn: 'trillion',
};
/** One-letter suffixes that mean a magnitude only after a currency sign ("£200m", not "200m race"). */
const MONEY_MAGNITUDES: Readonly<Record<string, string>> = {
  k: 'thousand',
  m: 'million',
  b: 'billion',
};

const NUMBER_RE = /^(\d+(?:[.,]\d+)*)([\p{L}\p{M}]*)(%?)$/u;
const THOUSANDS_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Normalise one raw token into 0..n terms, pushed onto `out`: lower case, one apostrophe, expanded
 * contractions ("we’re" → we, are), numbers without thousands commas, money and magnitudes split
 * into sign, amount and word ("£200m" → £, 200, million), and "%"/"percent" → per, cent.
 */
export function normaliseToken(raw: string, out: string[]): void {
  const word = lowerTerm(raw).replace(/[’ʼ＇]/g, "'");
  const whole = WHOLE_WORDS[word];
  if (whole) {
    for (const term of whole) out.push(term);
    return;
  }
  let rest = word;
  let money = false;
  const first = rest.codePointAt(0) ?? 0;
  if (first > 0 && /\p{Sc}/u.test(String.fromCodePoint(first))) {
    const sign = String.fromCodePoint(first);
    out.push(sign);
    rest = rest.slice(sign.length);
    money = true;
    if (rest === '') return;
  }
  const number = NUMBER_RE.exec(rest);
  if (number) {
    pushNumber(number[1] ?? '', number[2] ?? '', number[3] === '%', money, out);
    return;
  }
  pushWord(rest, out);
}

function pushNumber(
  digits: string,
  suffix: string,
  percent: boolean,
  money: boolean,
  out: string[],
) {
  const amount = THOUSANDS_RE.test(digits) ? digits.replace(/,/g, '') : digits;
  const magnitude = MAGNITUDES[suffix] ?? (money ? MONEY_MAGNITUDES[suffix] : undefined);
  if (suffix === '' || magnitude !== undefined) {
    out.push(amount);
    if (magnitude !== undefined) out.push(magnitude);
  } else {
    out.push(amount + suffix);
  }
  if (percent) out.push('per', 'cent');
}

function pushWord(word: string, out: string[]) {
  const irregular = IRREGULAR_NOT[word];
  if (irregular) {
    for (const term of irregular) out.push(term);
    return;
  }
  if (word.endsWith("n't") && word.length > 3) {
    out.push(word.slice(0, -3), 'not');
    return;
  }
  const apostrophe = word.lastIndexOf("'");
  if (apostrophe > 0) {
    const stem = word.slice(0, apostrophe);
    const tail = word.slice(apostrophe);
    const expanded = SUFFIXES[tail];
    if (expanded !== undefined) {
      out.push(stem, expanded);
      return;
    }
    if (tail === "'s" && IS_BEFORE_S.has(stem)) {
      out.push(stem, 'is');
      return;
    }
  }
  out.push(word);
}
