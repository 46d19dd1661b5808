import type { ArticleStrings, PackedStrings, SegmentColumns } from '../core/search-store';

/** A segment's per-article strings, packed (see SegmentColumns). */
export type StringColumns = Pick<
  SegmentColumns,
  'ids' | 'idOrder' | 'sourceNames' | 'sourceOf' | 'tagNames' | 'tagEnds' | 'tagRefs'
>;

/** `list` as one string and where each ends. */
export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let at = 0;
  list.forEach((s, i) => (ends[i] = at += s.length));
  return { text: list.join(''), ends };
}

/** String `i` of `packed`. */
export function stringAt(packed: PackedStrings, i: number): string {
  return packed.text.slice(packed.ends[i - 1] ?? 0, packed.ends[i] ?? 0);
}

/** How string `i` of `packed` sorts against `s` (as `<` on strings would), without a copy of it. */
function compareAt(packed: PackedStrings, i: number, s: string): number {
  const start = packed.ends[i - 1] ?? 0;
  const length = (packed.ends[i] ?? 0) - start;
  const shorter = Math.min(length, s.length);
  for (let c = 0; c < shorter; c++) {
    const diff = packed.text.charCodeAt(start + c) - s.charCodeAt(c);
    if (diff !== 0) return diff;
  }
  return length - s.length;
}

/** How many articles a segment holds. */
export function docCount(columns: Pick<SegmentColumns, 'ids'>): number {
  return columns.ids.ends.length;
}

/** Article `d`'s id. */
export function idAt(columns: Pick<SegmentColumns, 'ids'>, d: number): string {
  return stringAt(columns.ids, d);
}

/** Article `d`'s source. */
export function sourceAt(columns: Pick<SegmentColumns, 'sourceNames' | 'sourceOf'>, d: number) {
  return columns.sourceNames[columns.sourceOf[d] ?? 0] ?? '';
}

/** Article `d`'s tags. */
export function tagsAt(
  columns: Pick<SegmentColumns, 'tagNames' | 'tagEnds' | 'tagRefs'>,
  d: number,
): string[] {
  const tags: string[] = [];
  for (let t = columns.tagEnds[d - 1] ?? 0; t < (columns.tagEnds[d] ?? 0); t++)
    tags.push(columns.tagNames[columns.tagRefs[t] ?? 0] ?? '');
  return tags;
}

/**
 * The local numbers holding article `id` (more than one only when one segment was built from a
 * list naming it twice), found by halving `idOrder`: no map of every id is built at opening.
 */
export function localsOf(columns: Pick<SegmentColumns, 'ids' | 'idOrder'>, id: string): number[] {
  const { ids, idOrder } = columns;
  let lo = 0;
  let hi = idOrder.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAt(ids, idOrder[mid] ?? 0, id) < 0) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let i = lo; i < idOrder.length && compareAt(ids, idOrder[i] ?? 0, id) === 0; i++)
    found.push(idOrder[i] ?? 0);
  return found;
}

/** A number for each distinct string of `list`, and the distinct strings in first-seen order. */
function numbered(list: Iterable<string>, names: string[], known: Map<string, number>) {
  const numbers: number[] = [];
  for (const name of list) {
    let n = known.get(name);
    if (n === undefined) known.set(name, (n = names.push(name) - 1));
    numbers.push(n);
  }
  return numbers;
}

/** The packed columns of articles' strings given as arrays (a new segment, a merge, an old row). */
export function packArticleStrings({ ids, sources, tags }: ArticleStrings): StringColumns {
  const sourceNames: string[] = [];
  const sourceOf = Uint16Array.from(numbered(sources, sourceNames, new Map()));
  const tagNames: string[] = [];
  const tagNumbers = new Map<string, number>();
  const tagEnds = new Uint32Array(tags.length);
  const refs: number[] = [];
  tags.forEach((list, d) => {
    refs.push(...numbered(list, tagNames, tagNumbers));
    tagEnds[d] = refs.length;
  });
  // Stable: copies of one id keep their local order, so the newest is the last of its run.
  const idOrder = Uint16Array.from(
    ids
      .map((_, d) => d)
      .sort((a, b) => (ids[a] === ids[b] ? 0 : (ids[a] ?? '') < (ids[b] ?? '') ? -1 : 1)),
  );
  return {
    ids: packStrings(ids),
    idOrder,
    sourceNames,
    sourceOf,
    tagNames,
    tagEnds,
    tagRefs: Uint32Array.from(refs),
  };
}

/** The strings of articles `locals` of `columns`, as arrays (to pack again: a merge). */
export function articleStringsOf(
  columns: StringColumns,
  locals: readonly number[],
): ArticleStrings {
  return {
    ids: locals.map((d) => idAt(columns, d)),
    sources: locals.map((d) => sourceAt(columns, d)),
    tags: locals.map((d) => tagsAt(columns, d)),
  };
}
