import type { ArticleRecord } from './records';

/** What a saved filter must say it is to be used: this layout (bits per key, probes, hash, keys). */
export const keyFilterFormat = 'bloom-16x3-fnv1a-hutk-1';

/** Bits per key: with three probes, about one "maybe" in 300 for an absent key. */
const bitsPerKey = 16;
const probes = 3;

/**
 * A Bloom filter of strings: it may say "maybe" for a key never added (rarely), never "no" for
 * one that was. What archived-keys.ts keeps of the keys an import looks up.
 */
export class KeyFilter {
  private readonly mask: number;
  /** Keys it was sized for; past them it answers "maybe" more often (still never a wrong "no"). */
  readonly capacity: number;

  /** A filter for about `expected` keys, or one restored from its saved `bits` and count. */
  constructor(
    expected: number,
    private readonly bits: Uint32Array = new Uint32Array(sizeFor(expected) / 32),
    private count = 0,
  ) {
    const size = this.bits.length * 32;
    this.mask = size - 1;
    this.capacity = size / bitsPerKey;
  }

  /**
   * A filter from saved bits, or undefined when they are not what a filter of this layout makes
   * (a Uint32Array of a power of two words, at least the smallest size): a damaged row, or one a
   * different layout wrote, would answer "no" for keys it holds.
   */
  static restored(bits: unknown, added: unknown): KeyFilter | undefined {
    if (!(bits instanceof Uint32Array) || typeof added !== 'number') return undefined;
    const words = bits.length;
    if (words < sizeFor(0) / 32 || (words & (words - 1)) !== 0) return undefined;
    return new KeyFilter(0, bits.slice(), added);
  }

  /** Keys added so far (repeats counted). */
  get added(): number {
    return this.count;
  }

  /** The size of its bits, in bytes. */
  get byteLength(): number {
    return this.bits.byteLength;
  }

  /** A copy of its bits, to save. */
  copyBits(): Uint32Array {
    return this.bits.slice();
  }

  add(key: string): void {
    this.count++;
    for (const at of this.positions(key))
      this.bits[at >>> 5] = (this.bits[at >>> 5] ?? 0) | (1 << (at & 31));
  }

  /** False only when `key` was surely never added. */
  mayHave(key: string): boolean {
    for (const at of this.positions(key))
      if (((this.bits[at >>> 5] ?? 0) & (1 << (at & 31))) === 0) return false;
    return true;
  }

  private positions(key: string): number[] {
    // FNV-1a, then a mix of it as the step (double hashing).
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    let step = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    step = Math.imul(step ^ (step >>> 13), 0xc2b2ae35);
    step = (step ^ (step >>> 16)) | 1;
    const out: number[] = [];
    for (let i = 0; i < probes; i++) out.push((h + Math.imul(i, step)) & this.mask);
    return out;
  }
}

function sizeFor(expected: number): number {
  let size = 1 << 16;
  while (size < expected * bitsPerKey) size *= 2;
  return size;
}

/** The filter's key for an article's content hash. */
export const hashKey = (hash: string): string => `h${hash}`;
/** The filter's key for an article's normalised address. */
export const urlKeyKey = (urlKey: string): string => `u${urlKey}`;
/** The filter's key for an article's source and title. */
export const titleKeyKey = (source: string, title: string): string =>
  `t${JSON.stringify([source, title])}`;

/** What the filter needs of an article. */
export type KeyedArticle = Pick<ArticleRecord, 'contentHash' | 'urlKey' | 'source' | 'title'>;

/** The keys an article can be found by (see planGroup's queries). */
export function articleKeys(a: KeyedArticle): string[] {
  const keys = [hashKey(a.contentHash)];
  if (a.urlKey) keys.push(urlKeyKey(a.urlKey));
  if (a.source && a.title) keys.push(titleKeyKey(a.source, a.title));
  return keys;
}

/** Adds the keys an article can be found by (see planGroup's queries). */
export function addArticleKeys(filter: KeyFilter, a: KeyedArticle): void {
  for (const key of articleKeys(a)) filter.add(key);
}
