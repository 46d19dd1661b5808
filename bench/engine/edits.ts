import { pick } from './random';

/** Rewrites the normaliser should see through: [form in the source, equivalent form]. */
const EQUIVALENTS: readonly (readonly [RegExp, string])[] = [
  [/\bwe are\b/, 'we’re'],
  [/\bwe're\b|\bwe’re\b/i, 'we are'],
  [/\bdo not\b/, 'don’t'],
  [/\bdon['’]t\b/, 'do not'],
  [/\bit is\b/, 'it’s'],
  [/\bit['’]s\b/, 'it is'],
  [/\bcannot\b/, 'can not'],
  [/(\d+) per ?cent\b/, '$1%'],
  [/(\d+)%/, '$1 per cent'],
  [/\b(\d{1,3}),(\d{3})\b/, '$1$2'],
  [/£(\d+) million\b/, '£$1m'],
  [/\$(\d+) billion\b/, '$$$1bn'],
  [/‘([^’]*)’/, '"$1"'],
  [/"([^"]*)"/, '‘$1’'],
  [/ - /, ' – '],
];

/** An edited copy of a passage and what was done to it. */
export interface EditedCopy {
  readonly text: string;
  readonly wordEdits: number;
  readonly equivalences: number;
}

/**
 * Copy a passage with a share `rate` of its words substituted, deleted or joined by an inserted
 * word (drawn from `vocabulary`), plus any normalisation-only rewrites that apply.
 */
export function editCopy(
  passage: string,
  rate: number,
  vocabulary: readonly string[],
  rand: () => number,
): EditedCopy {
  let text = passage;
  let equivalences = 0;
  for (const [pattern, replacement] of EQUIVALENTS) {
    if (pattern.test(text) && rand() < 0.7) {
      text = text.replace(pattern, replacement);
      equivalences++;
    }
  }
  const words = text.split(' ');
  const edits = Math.round(rate * words.length);
  for (let e = 0; e < edits && words.length > 2; e++) {
    const at = pick(rand, words.length);
    const word = vocabulary[pick(rand, vocabulary.length)] ?? 'the';
    const kind = pick(rand, 3);
    if (kind === 0) words[at] = word;
    else if (kind === 1) words.splice(at, 1);
    else words.splice(at, 0, word);
  }
  return { text: words.join(' '), wordEdits: edits, equivalences };
}
