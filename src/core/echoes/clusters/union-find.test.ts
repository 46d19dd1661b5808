import { describe, expect, it } from 'vitest';
import { UnionFind } from './union-find';

describe('UnionFind', () => {
  it('joins a chain of a million elements without recursion and keeps others apart', () => {
    const n = 1_000_000;
    const sets = new UnionFind(n + 1);
    for (let i = 1; i < n; i++) sets.union(i - 1, i);
    expect(sets.find(0)).toBe(sets.find(n - 1));
    expect(sets.find(n)).not.toBe(sets.find(0));
  });
});
