import { describe, expect, it } from 'vitest';
import { findEchoes } from './find-echoes';
import { seededRandom } from './test-texts';

/**
 * Half the text is distinct nine-word sentences, the other half the same sentences shuffled, so
 * every sentence is an echo of its own: one document pair yields one echo per sentence (over
 * 100,000 at 5 MB), more than any call can take as spread arguments.
 */
function shuffledRepeats(chars: number, seed: number): string {
  const next = seededRandom(seed);
  const consonants = 'bcdfghjklmnprstvwz';
  const word = (): string =>
    (consonants[Math.floor(next() * consonants.length)] ?? 'b') +
    ('aeiou'[Math.floor(next() * 5)] ?? 'a');
  const sentences: string[] = [];
  for (let length = 0; length < chars / 2;) {
    const sentence = `${Array.from({ length: 9 }, word).join(' ')}.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  const order = sentences.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return `${sentences.join(' ')}\n\n${order.map((i) => sentences[i]).join(' ')}`;
}

describe('input-sized work in the engine', () => {
  it('scans a 10 MB text without error, finding each repeated sentence', () => {
    const text = shuffledRepeats(10_000_000, 5);
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const echoes = findEchoes([{ id: 'big', text }]);
    expect(echoes.length).toBeGreaterThan(150_000);
    expect(echoes.every((e) => e.kind === 'within')).toBe(true);
  }, 600_000);

  it('scans two copies of a 5 MB text without error', () => {
    const text = shuffledRepeats(5_000_000, 6);
    const echoes = findEchoes([
      { id: 'a', text },
      { id: 'b', text },
    ]);
    const across = echoes.filter((e) => e.kind === 'across');
    expect(across.length).toBeGreaterThan(100_000);
    // The whole text is one passage on the main diagonal.
    expect(across.some((e) => e.a.start === 0 && e.b.start === 0 && e.a.end > 4_000_000)).toBe(
      true,
    );
  }, 600_000);
});
