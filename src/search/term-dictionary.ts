import SearchableMap from 'minisearch/SearchableMap';
import { hasCjk } from './cjk-terms';
import type { Segment } from './segment';

/**
 * Every term of every loaded segment, once, for expanding a query word to the terms it may
 * stand for (a prefix, a typo). MiniSearch's radix tree does the prefix and bounded-edit-distance
 * walks; each term counts the segment fields holding it, so merged-away segments can leave.
 */
export class TermDictionary {
  private readonly tree = new SearchableMap<number>();
  /** The CJK terms (bigrams, lone characters), apart: a character is looked for inside them. */
  private readonly cjk = new Set<string>();

  /** Adds (`by` = 1) or removes (`by` = -1) a segment's terms. */
  count(segment: Segment, by: 1 | -1): void {
    for (const field of segment.fields)
      for (const term of field.terms) {
        const next = by > 0 ? this.added(term) : this.removed(term);
        // No such character (Thai the first) sorts before U+0E00: most terms pass at one comparison.
        if (term.charCodeAt(0) >= 0x0e00 && hasCjk(term))
          if (next > 0) this.cjk.add(term);
          else this.cjk.delete(term);
      }
  }

  /** Counts one more field holding `term`, in one walk of the tree (update, not get then set). */
  private added(term: string): number {
    let next = 1;
    this.tree.update(term, (held: number | undefined) => (next = (held ?? 0) + 1));
    return next;
  }

  /** Counts one field fewer holding `term`; it leaves the tree at none. */
  private removed(term: string): number {
    const next = (this.tree.get(term) ?? 0) - 1;
    if (next > 0) this.tree.set(term, next);
    else this.tree.delete(term);
    return next;
  }

  /** The CJK terms holding `char` (one character): the bigrams it starts or ends, or itself. */
  cjkHolding(char: string): string[] {
    const found: string[] = [];
    for (const term of this.cjk) if (term.includes(char)) found.push(term);
    return found;
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
