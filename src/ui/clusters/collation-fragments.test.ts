import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../core/diff/align-texts';
import { collationFragments } from './collation-fragments';

describe('collationFragments', () => {
  it('shows a copy in its own words, with what it lacks of the representative struck through', () => {
    const rep = 'The council agreed a £200m plan for new schools on Monday.';
    const copy = 'The council agreed a £200 million plan for schools late on Monday.';
    const fragments = collationFragments(alignTexts(rep, copy), rep, copy);
    const marked = fragments.filter((f) => f.kind !== 'same').map((f) => [f.kind, f.text.trim()]);
    expect(marked).toEqual([
      ['equivalent', '£200 million'],
      ['deleted', 'new'],
      ['inserted', 'late'],
    ]);
    // Unmarked and inserted text rebuilds the copy exactly.
    const own = fragments.filter((f) => f.kind !== 'deleted').map((f) => f.text);
    expect(own.join('')).toBe(copy);
  });
});
