import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClusters } from '../echoes/find-clusters';
import { withQuoteMarks } from './quote-marks';

const seed = readFileSync(
  new URL('../../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
);

/** The passage `words` of `text` (first occurrence), as the engine would give it. */
const spanOf = (text: string, words: string, from = 0) => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length };
};
const shown = (text: string, words: string, from = 0): string => {
  const span = withQuoteMarks(text, spanOf(text, words, from));
  return text.slice(span.start, span.end);
};

describe('withQuoteMarks', () => {
  it('gives the seed’s Healey quote, as the engine finds it, its opening mark', () => {
    const clusters = findClusters([{ id: 'seed', text: seed }]);
    const quote = clusters.find((c) =>
      c.passages.some((p) => seed.slice(p.start, p.end).startsWith('I am proud that the UK')),
    );
    expect(quote).toBeDefined();
    for (const p of quote?.passages ?? []) {
      // The engine's passage: from the first word, to the sentence's closing mark.
      expect(seed.slice(p.start, p.end)).toMatch(/^I am proud.*year\.’$/);
      const widened = withQuoteMarks(seed, p);
      expect(seed.slice(widened.start, widened.end)).toMatch(/^‘I am proud.*year\.’$/);
    }
  });

  it('takes a closing mark the passage owes, with the stop before it', () => {
    const text = 'He said: “We will build it” and left. She said “Never.” Then: “Soon”, he said.';
    expect(shown(text, 'We will build it')).toBe('“We will build it”');
    expect(shown(text, 'Never')).toBe('“Never.”');
    expect(shown(text, 'Soon')).toBe('“Soon”');
  });

  it('leaves apostrophes and unquoted passages as they were', () => {
    const text = "It's the workers’ money we’re owed, rock'n'roll says 'no'.";
    expect(shown(text, 'the workers’ money we’re owed')).toBe('the workers’ money we’re owed');
    expect(shown(text, 'n')).toBe('n');
    expect(shown(text, 'no')).toBe("'no'");
    const plain = { start: 3, end: 10 };
    expect(withQuoteMarks(text, plain)).toBe(plain);
  });

  it('keeps a quote that runs on past the passage open', () => {
    const text = 'He added: ‘Among the measures is £200m of funding.\n\n‘The money will be spent.’';
    expect(shown(text, 'Among the measures is £200m of funding.')).toBe(
      '‘Among the measures is £200m of funding.',
    );
  });

  it('reads a mark inside a word as an apostrophe, not a closing quote', () => {
    const text = 'He continued: ‘I am proud of the support we’re providing.’ Then he left.';
    expect(shown(text, 'I am proud of the support we’re providing')).toBe(
      '‘I am proud of the support we’re providing.’',
    );
  });
});
