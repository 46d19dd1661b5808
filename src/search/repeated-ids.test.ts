import { describe, expect, it } from 'vitest';
import { repeatsAnId } from './repeated-ids';
import { packArticleStrings } from './segment-strings';

// A segment of these ids (sources and tags left empty), with the articles at `deleted` tombstoned.
function segment(ids: string[], deleted: number[] = []) {
  const columns = packArticleStrings({ ids, sources: ids.map(() => ''), tags: ids.map(() => []) });
  const tombstones = new Uint8Array(ids.length);
  for (const d of deleted) tombstones[d] = 1;
  return { ...columns, deleted: tombstones };
}

describe('repeatsAnId', () => {
  it('is false when every live id is held once, whatever order the segments hold them in', () => {
    expect(repeatsAnId([segment(['c', 'a', 'e']), segment(['d', 'b']), segment([])])).toBe(false);
  });

  it('finds an id live in two segments, or twice in one', () => {
    expect(repeatsAnId([segment(['c', 'a', 'e']), segment(['d', 'a'])])).toBe(true);
    expect(repeatsAnId([segment(['b', 'x', 'b'])])).toBe(true);
  });

  it('ignores tombstoned copies (an edited article is tombstoned where it was)', () => {
    expect(repeatsAnId([segment(['c', 'a', 'e'], [1]), segment(['d', 'a'])])).toBe(false);
    expect(repeatsAnId([segment(['b', 'x', 'b'], [0])])).toBe(false);
  });

  it('compares whole ids, not their starts ("a1" and "a10" differ)', () => {
    expect(repeatsAnId([segment(['a1', 'a10']), segment(['a100', 'a2'])])).toBe(false);
    expect(repeatsAnId([segment(['a1', 'a10']), segment(['a100', 'a10'])])).toBe(true);
  });
});
