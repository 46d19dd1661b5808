import type { Cluster } from '../../model';
import { primeTokeniser } from '../../text/prime-tokeniser';
import { tokeniseShared } from '../../text/tokenise';
import { type Fingerprints, FINGERPRINT_VERSION, GRAM_TERMS, WINNOW_WINDOW } from '../fingerprint';
import { type EchoOptions, resolveEchoOptions } from '../options';
import { type SortedMarks, sortMarkArrays } from '../sorted-marks';
import { winnowShared } from '../winnow';
import { type DocMeta, type TokenSpans, rankClusters } from './cluster-result';
import { clusterSteps } from './cluster-steps';
import { SeenTwice } from './seen-twice';
import { TokenStore } from './token-store';

const EMPTY = new Uint32Array(0);
/** Spans of a document that could not be read again as it was: its passages get offset 0. */
const NO_SPANS: TokenSpans = { starts: EMPTY, ends: EMPTY, flags: new Uint8Array(0) };

/** Parallel growable arrays of the marks of every document added so far, in document order. */
class MarkArrays {
  count = 0;
  hashes: Uint32Array = new Uint32Array(1 << 16);
  docs: Uint32Array = new Uint32Array(1 << 16);
  positions: Uint32Array = new Uint32Array(1 << 16);

  append(doc: number, hashes: Uint32Array, positions: Uint32Array): void {
    const need = this.count + hashes.length;
    if (need > this.hashes.length) this.grow(need);
    this.hashes.set(hashes, this.count);
    this.positions.set(positions, this.count);
    this.docs.fill(doc, this.count, need);
    this.count = need;
  }

  private grow(need: number): void {
    // ×1.5, not ×2: at 100,000 articles these arrays are the scan's largest.
    const size = Math.max(need, Math.ceil(this.hashes.length * 1.5));
    const grown = (a: Uint32Array): Uint32Array => {
      const b = new Uint32Array(size);
      b.set(a.subarray(0, this.count));
      return b;
    };
    this.hashes = grown(this.hashes);
    this.docs = grown(this.docs);
    this.positions = grown(this.positions);
  }
}

/**
 * The cluster search for an archive read one text at a time (the CLI at 100,000 files): it keeps
 * only what the search needs between texts — each document's token hashes and edge flags, its
 * tokens' character spans packed into about a byte each (TokenStore), and the marks in one set
 * of arrays — and never the texts. When the clusters are built, the documents they reach are
 * asked for again (`textOf`) only to check that they are still what was read. Same clusters as
 * `findClusters` on the same texts and options.
 */
export class ArchiveClusters {
  private readonly ids: string[] = [];
  private readonly fps: Fingerprints[] = [];
  private readonly meta: (DocMeta | undefined)[] = [];
  private readonly tokens = new TokenStore();
  private marks: MarkArrays | undefined = new MarkArrays();
  private seen: SeenTwice | undefined = new SeenTwice();

  constructor() {
    primeTokeniser();
  }

  /** Number of documents added. */
  get size(): number {
    return this.ids.length;
  }

  /** Add a document; returns how many tokens (normalised words) it has. Ids must be unique. */
  add(id: string, text: string, meta?: DocMeta): number {
    if (!this.marks) throw new Error('add: the clusters have already been built');
    const tokens = tokeniseShared(text);
    const marks = winnowShared(tokens.hashes, tokens.count, GRAM_TERMS, WINNOW_WINDOW);
    const doc = this.ids.length;
    this.ids.push(id);
    this.meta.push(meta);
    const kept = this.tokens.add(tokens);
    this.fps.push({
      version: FINGERPRINT_VERSION,
      textLength: text.length,
      hashes: kept.hashes,
      starts: EMPTY,
      ends: EMPTY,
      flags: kept.flags,
      marks: EMPTY,
      markPositions: EMPTY,
    });
    this.marks.append(doc, marks.hashes, marks.positions);
    this.seen?.addAll(marks.hashes);
    return tokens.count;
  }

  /**
   * Every cluster, strongest first (see findClusters for the contract). Can be called once: the
   * marks are sorted in place and released as the search goes. `textOf` must give back the text
   * each document was added with; `changed` hears of a document whose text is no longer as long
   * as it was (its passages then have no offsets).
   */
  clusters(
    textOf: (id: string) => string | undefined,
    options?: EchoOptions & { readonly changed?: (id: string) => void },
  ): Cluster[] {
    const resolved = resolveEchoOptions(options);
    const sorted = this.sortedMarks();
    const spans = new Map<number, TokenSpans>();
    const spansOf = (doc: number): TokenSpans => {
      const known = spans.get(doc);
      if (known) return known;
      const id = this.ids[doc] ?? '';
      const fp = this.fps[doc];
      const same = fp !== undefined && textOf(id)?.length === fp.textLength;
      if (!same) options?.changed?.(id);
      const found = same
        ? { ...this.tokens.spansOf(doc, fp.hashes.length), flags: fp.flags }
        : NO_SPANS;
      spans.set(doc, found);
      return found;
    };
    const steps = clusterSteps(
      { ids: this.ids, fps: this.fps, meta: this.meta, spans: spansOf },
      sorted,
      resolved,
    );
    for (;;) {
      const step = steps.next();
      if (step.done) return rankClusters(step.value);
    }
  }

  // The marks sorted by hash; the unsorted arrays are let go here, before the search runs.
  // Marks whose hash was surely seen once are left out before the sort (in place, in order, so
  // the stable sort gives the same result as sorting them all and dropping singletons after).
  private sortedMarks(): SortedMarks {
    const marks = this.marks;
    const seen = this.seen;
    if (!marks || !seen) throw new Error('clusters: already built');
    this.marks = undefined;
    this.seen = undefined;
    const { hashes, docs, positions } = marks;
    let kept = 0;
    for (let i = 0; i < marks.count; i++) {
      const hash = hashes[i] ?? 0;
      if (!seen.mayRepeat(hash)) continue;
      hashes[kept] = hash;
      docs[kept] = docs[i] ?? 0;
      positions[kept] = positions[i] ?? 0;
      kept++;
    }
    return repeatedOnly(
      sortMarkArrays(hashes.subarray(0, kept), docs.subarray(0, kept), positions.subarray(0, kept)),
    );
  }
}

/**
 * The sorted marks without those whose hash occurs once (nine in ten in prose: no seed can come
 * of them), copied into arrays of their own so the full-size ones can be let go.
 */
function repeatedOnly(marks: SortedMarks): SortedMarks {
  const { hashes, docs, positions } = marks;
  const m = hashes.length;
  let kept = 0;
  for (let i = 0; i < m; i++)
    if (hashes[i] === hashes[i - 1] || (i + 1 < m && hashes[i] === hashes[i + 1])) kept++;
  const out = {
    hashes: new Uint32Array(kept),
    docs: new Uint32Array(kept),
    positions: new Uint32Array(kept),
  };
  let at = 0;
  for (let i = 0; i < m; i++) {
    if (!(hashes[i] === hashes[i - 1] || (i + 1 < m && hashes[i] === hashes[i + 1]))) continue;
    out.hashes[at] = hashes[i] ?? 0;
    out.docs[at] = docs[i] ?? 0;
    out.positions[at] = positions[i] ?? 0;
    at++;
  }
  return out;
}
