import SearchableMap from 'minisearch/SearchableMap';
import type { Segment } from './segment';

/**
 * Every term of every loaded segment, once, for expanding a query word to the terms it may
 * stand for (a prefix, a typo). MiniSearch's radix tree does the prefix and bounded-edit-distance
 * walks; each term counts the segment fields holding it, so merged-away segments can leave.
 */
export class TermDictionary {
  private readonly tree = new SearchableMap<number>();

  /** Adds (`by` = 1) or removes (`by` = -1) a segment's terms. */
  count(segment: Segment, by: 1 | -1): void {
    for (const field of segment.fields)
      for (const term of field.terms) {
        const next = (this.tree.get(term) ?? 0) + by;
        if (next > 0) this.tree.set(term, next);
        else this.tree.delete(term);
      }
  }

  /** Terms that start with `prefix` and are longer, with how many letters longer. */
  longerWithPrefix(prefix: string): [string, number][] {
    const found: [string, number][] = [];
    for (const term of this.tree.atPrefix(prefix).keys())
      if (term.length > prefix.length) found.push([term, term.length - prefix.length]);
    return found;
  }

  /** Terms within `distance` edits of `term` (not the term itself), with their distance. */
  near(term: string, distance: number): [string, number][] {
    const found: [string, number][] = [];
    for (const [key, [, edits]] of this.tree.fuzzyGet(term, distance))
      if (edits > 0) found.push([key, edits]);
    return found;
  }

  /** True when some article holds `term` as it is. */
  has(term: string): boolean {
    return this.tree.has(term);
  }

  /** How many distinct terms the archive holds. */
  get size(): number {
    return this.tree.size;
  }
}
