/** Seeds: pairs of positions whose winnowed k-grams hash alike, as parallel growable arrays. */
export class SeedList {
  count = 0;
  docA: Uint32Array = new Uint32Array(1024);
  docB: Uint32Array = new Uint32Array(1024);
  posA: Uint32Array = new Uint32Array(1024);
  posB: Uint32Array = new Uint32Array(1024);
  /** Document frequency of the seed's k-gram (capped at 255): common phrases seed by chance. */
  df: Uint32Array = new Uint32Array(1024);

  /** Append one seed. */
  push(docA: number, posA: number, docB: number, posB: number, df: number): void {
    if (this.count === this.docA.length) this.grow();
    this.docA[this.count] = docA;
    this.posA[this.count] = posA;
    this.docB[this.count] = docB;
    this.posB[this.count] = posB;
    this.df[this.count] = Math.min(df, 255);
    this.count++;
  }

  private grow(): void {
    const size = this.docA.length * 2;
    const grown = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(size);
      b.set(a);
      return b;
    };
    this.docA = grown(this.docA);
    this.docB = grown(this.docB);
    this.posA = grown(this.posA);
    this.posB = grown(this.posB);
    this.df = grown(this.df);
  }
}

/** How many times one k-gram may occur in the whole index before it is ignored as noise. */
export function maxRunLength(maxDocFrequency: number): number {
  return maxDocFrequency * 2 + 8;
}

/** The number of distinct documents in a run of entries sorted by document. */
export function distinctDocs(docs: Uint32Array, from: number, to: number): number {
  let df = 0;
  for (let i = from; i < to; i++) if (i === from || docs[i] !== docs[i - 1]) df++;
  return df;
}

/**
 * Emit a seed for every pair of entries that share a hash, scanning runs of the index sorted by
 * hash (entries inside a run are in document then position order). Runs longer than the cap or
 * spread over too many documents are skipped: they are stock phrases or degenerate repetition.
 */
export function collectSeeds(
  hashes: Uint32Array,
  docs: Uint32Array,
  positions: Uint32Array,
  maxDocFrequency: number,
  within: boolean,
): SeedList {
  const seeds = new SeedList();
  const cap = maxRunLength(maxDocFrequency);
  const m = hashes.length;
  let s = 0;
  while (s < m) {
    let e = s + 1;
    while (e < m && hashes[e] === hashes[s]) e++;
    const df = e - s >= 2 && e - s <= cap ? distinctDocs(docs, s, e) : 0;
    if (df > 0 && df <= maxDocFrequency) {
      for (let x = s; x < e; x++) {
        const dx = docs[x] ?? 0;
        const px = positions[x] ?? 0;
        for (let y = x + 1; y < e; y++) {
          const dy = docs[y] ?? 0;
          if (dx !== dy) seeds.push(dx, px, dy, positions[y] ?? 0, df);
          else if (within && (positions[y] ?? 0) > px)
            seeds.push(dx, px, dy, positions[y] ?? 0, df);
        }
      }
    }
    s = e;
  }
  return seeds;
}
