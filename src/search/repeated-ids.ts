import type { PackedStrings, SegmentColumns } from '../core/search-store';

/** What the check reads of a segment: its packed ids, their sorted order and its tombstones. */
type IdColumns = Pick<SegmentColumns, 'ids' | 'idOrder'> & { readonly deleted: Uint8Array };

/**
 * True when an article is live in the index more than once. A saved index is trusted when the
 * number of articles it holds is the archive's; one holding an article twice and missing another
 * has that number too, and would never find the missing one. Each segment's ids are sorted
 * already (`idOrder`), so the live ids of all of them are walked in one merge, comparing ids
 * where they are packed: no string per article and no set of every id (which cost ~0.2 s at
 * each opening of 100,000, session 20).
 */
export function repeatsAnId(segments: readonly IdColumns[]): boolean {
  const heap: Cursor[] = [];
  for (const s of segments) {
    const cursor = { s, at: -1, local: 0 };
    if (advance(cursor)) push(heap, cursor);
  }
  let last: Cursor | undefined;
  let lastLocal = 0;
  while (heap.length > 0) {
    const top = heap[0] as Cursor;
    if (last && compareIds(last.s.ids, lastLocal, top.s.ids, top.local) === 0) return true;
    last = top;
    lastLocal = top.local;
    if (advance(top)) siftDown(heap, 0);
    else {
      const end = heap.pop() as Cursor;
      if (heap.length > 0) {
        heap[0] = end;
        siftDown(heap, 0);
      }
    }
  }
  return false;
}

// A segment's place in its sorted ids: `at` in idOrder, `local` the article there.
interface Cursor {
  readonly s: IdColumns;
  at: number;
  local: number;
}

// Moves to the segment's next live article in id order; false past its last.
function advance(c: Cursor): boolean {
  const order = c.s.idOrder;
  while (++c.at < order.length) {
    c.local = order[c.at] ?? 0;
    if (!c.s.deleted[c.local]) return true;
  }
  return false;
}

function before(x: Cursor, y: Cursor): boolean {
  return compareIds(x.s.ids, x.local, y.s.ids, y.local) < 0;
}

function push(heap: Cursor[], c: Cursor): void {
  let i = heap.push(c) - 1;
  while (i > 0) {
    const parent = (i - 1) >>> 1;
    if (!before(c, heap[parent] as Cursor)) break;
    heap[i] = heap[parent] as Cursor;
    i = parent;
  }
  heap[i] = c;
}

function siftDown(heap: Cursor[], from: number): void {
  const c = heap[from] as Cursor;
  let i = from;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= heap.length) break;
    const r = l + 1;
    const child = r < heap.length && before(heap[r] as Cursor, heap[l] as Cursor) ? r : l;
    if (!before(heap[child] as Cursor, c)) break;
    heap[i] = heap[child] as Cursor;
    i = child;
  }
  heap[i] = c;
}

// How id i of `a` sorts against id j of `b` (as `<` on the strings would), read in place.
function compareIds(a: PackedStrings, i: number, b: PackedStrings, j: number): number {
  const aStart = a.ends[i - 1] ?? 0;
  const bStart = b.ends[j - 1] ?? 0;
  const aLength = (a.ends[i] ?? 0) - aStart;
  const bLength = (b.ends[j] ?? 0) - bStart;
  const shorter = Math.min(aLength, bLength);
  for (let c = 0; c < shorter; c++) {
    const diff = a.text.charCodeAt(aStart + c) - b.text.charCodeAt(bStart + c);
    if (diff !== 0) return diff;
  }
  return aLength - bLength;
}
