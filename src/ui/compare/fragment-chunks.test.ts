import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../core/diff/align-texts';
import { randomProse } from '../../core/echoes/test-texts';
import { chunkChars, chunkFragments } from './fragment-chunks';
import { differenceCount, sideFragments, type Fragment } from './fragments';

const joined = (chunks: readonly (readonly Fragment[])[]): string =>
  chunks.map((c) => c.map((f) => f.text).join('')).join('');

describe('chunkFragments', () => {
  // Paragraphs of about 60 words, as an article has.
  const a = randomProse(6_000, 3).replace(/((?:\S+ ){60})/g, '$1\n\n');
  const b = a.replace(a.slice(20_000, 20_030), 'words only the second one has');

  it('keeps the text, every difference and its kind, and cuts after line breaks', () => {
    const alignment = alignTexts(a, b);
    const fragments = sideFragments(alignment, b, 'b', false);
    const chunks = chunkFragments(fragments, 2_000);
    expect(chunks.length).toBeGreaterThan(10);
    expect(joined(chunks)).toBe(b);
    const differences = new Set(chunks.flat().map((f) => f.difference));
    expect(differences.size - 1).toBe(differenceCount(fragments));
    const inserted = chunks.flat().filter((f) => f.kind === 'inserted');
    expect(inserted.map((f) => f.text).join('')).toContain('second one has');
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.at(-1)?.text.endsWith('\n')).toBe(true);
      expect(chunkChars(chunk)).toBeGreaterThanOrEqual(2_000);
    }
  });

  it('cuts a text without line breaks after spaces, and one without spaces anywhere', () => {
    const flat = a.replace(/\n/g, ' ');
    const chunks = chunkFragments([{ kind: 'same', text: flat, difference: -1 }], 1_000);
    expect(joined(chunks)).toBe(flat);
    expect(chunks.every((c) => chunkChars(c) < 2_100)).toBe(true);
    const solid = '𝒜'.repeat(5_000);
    const pieces = chunkFragments([{ kind: 'same', text: solid, difference: -1 }], 999);
    expect(joined(pieces)).toBe(solid);
    // No piece starts inside a surrogate pair.
    expect(pieces.every((c) => !/^[\udc00-\udfff]/.test(c[0]?.text ?? ''))).toBe(true);
  });

  it('keeps an empty gap fragment, and gives nothing for nothing', () => {
    const gap: Fragment = { kind: 'deleted', text: '', difference: 0 };
    expect(chunkFragments([gap])).toEqual([[gap]]);
    expect(chunkFragments([])).toEqual([]);
  });
});
