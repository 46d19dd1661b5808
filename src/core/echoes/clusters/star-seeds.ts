import { SeedList } from '../seeds';
import type { SortedMarks } from '../sorted-marks';

/**
 * Seeds from the sorted index with no document-frequency cap and linear size: every entry of a
 * run of one hash is paired with the run's first entry only (the lowest document, then earliest
 * position), never with every other entry. A passage in k documents gives k − 1 seeds per mark,
 * not k(k − 1)/2, so copies are aligned to a shared centre and union-find joins them; a
 * k-gram in half the archive costs one seed per document, and a lone such seed is dropped later
 * as a stock phrase. Within one document the centre is its first occurrence, so a paragraph
 * repeated back to back is aligned copy by copy to the first one.
 */
export function collectStarSeeds(marks: SortedMarks, within: boolean): SeedList {
  const { hashes, docs, positions } = marks;
  const seeds = new SeedList();
  const m = hashes.length;
  let s = 0;
  while (s < m) {
    let e = s + 1;
    while (e < m && hashes[e] === hashes[s]) e++;
    if (e - s >= 2) {
      let df = 1;
      for (let x = s + 1; x < e; x++) if (docs[x] !== docs[x - 1]) df++;
      const dc = docs[s] ?? 0;
      const pc = positions[s] ?? 0;
      for (let x = s + 1; x < e; x++) {
        const dx = docs[x] ?? 0;
        if (dx !== dc || (within && (positions[x] ?? 0) > pc))
          seeds.push(dc, pc, dx, positions[x] ?? 0, df);
      }
    }
    s = e;
  }
  return seeds;
}
