import type { Cluster } from '../../model';
import { primeTokeniser } from '../../text/prime-tokeniser';
import { tokeniseShared } from '../../text/tokenise';
import type { TokenBuilder } from '../../text/token-stream';
import type { KeptTokens } from '../../text/tokenise-wasm';
import { type Fingerprints, FINGERPRINT_VERSION, GRAM_TERMS, WINNOW_WINDOW } from '../fingerprint';
import { type EchoOptions, resolveEchoOptions } from '../options';
import type { SeedList } from '../seeds';
import { type Marks, winnowShared } from '../winnow';
import { type DocMeta, type TokenSpans, rankClusters } from './cluster-result';
import { clusterSteps } from './cluster-steps';
import { type StoredTokens, TokenStore } from './token-store';
import { type MarkStore, newMarkStore, starSeedsOf } from './mark-store';
import { newWasmHashes } from './wasm-hashes';

const EMPTY = new Uint32Array(0);
/** Spans of a document that could not be read again as it was: its passages get offset 0. */
const NO_SPANS: TokenSpans = { starts: EMPTY, ends: EMPTY, flags: new Uint8Array(0) };

/**
 * The cluster search for an archive read one text at a time (the CLI at 100,000 files): it keeps
 * only what the search needs between texts — each document's token hashes and edge flags, its
 * tokens' character spans packed into about a byte each (TokenStore), and the marks (MarkStore) — and never the texts. When the clusters are built, the documents they reach are
 * asked for again (`textOf`) only to check that they are still what was read. Same clusters as
 * `findClusters` on the same texts and options.
 */
export class ArchiveClusters {
  private readonly ids: string[] = [];
  /** Per document: its text's length and its tokens' edge flags (hashes: `tokens.hashesOf`). */
  private readonly lengths: number[] = [];
  private readonly flags: Uint8Array[] = [];
  /** Per document: its tokens a word (words-per-token.ts). */
  private readonly perWord: number[] = [];
  private readonly meta: (DocMeta | undefined)[] = [];
  // The hashes in WebAssembly where it runs: the lone-seed checks then run there too.
  private readonly tokens = new TokenStore(newWasmHashes());
  // In WebAssembly where it runs: its spread and sort are most of what the search does first.
  private marks: MarkStore | undefined = newMarkStore();

  constructor() {
    primeTokeniser();
  }

  /** Number of documents added. */
  get size(): number {
    return this.ids.length;
  }

  /** Add a document; returns how many tokens (normalised words) it has. Ids must be unique. */
  add(id: string, text: string, meta?: DocMeta): number {
    return this.addTokens(id, tokeniseShared(text), text.length, meta);
  }

  /**
   * Add a document already tokenised (the CLI tokenises files from their bytes): its tokens, in
   * a builder about to be reused, and its text's length in UTF-16 code units. As `add`. `marks`
   * are the tokens' winnowed marks (GRAM_TERMS, WINNOW_WINDOW) when the caller has them already
   * (the CLI winnows in WebAssembly, where its tokens were made).
   */
  addTokens(
    id: string,
    tokens: TokenBuilder,
    textLength: number,
    meta?: DocMeta,
    marks: Marks = winnowShared(tokens.hashes, tokens.count, GRAM_TERMS, WINNOW_WINDOW),
  ): number {
    this.open();
    return this.keep(id, this.tokens.add(tokens), textLength, meta, marks, tokens.tokensPerWord());
  }

  /**
   * Add a document whose tokens stay where WebAssembly made them (keptTokensWasm: hashes, flags
   * and spans packed there), with their marks (winnowWasm). As addTokens.
   */
  addKept(
    id: string,
    tokens: KeptTokens,
    textLength: number,
    marks: Marks,
    meta?: DocMeta,
  ): number {
    this.open();
    const kept = this.tokens.addKept(tokens);
    return this.keep(id, kept, textLength, meta, marks, tokens.tokensPerWord);
  }

  // Documents can still be added: the clusters have not been built.
  private open(): void {
    if (!this.marks) throw new Error('add: the clusters have already been built');
  }

  // The document's stored tokens, fingerprint and marks; returns how many tokens it has.
  private keep(
    id: string,
    kept: StoredTokens,
    textLength: number,
    meta: DocMeta | undefined,
    marks: Marks,
    perWord: number,
  ): number {
    this.ids.push(id);
    this.perWord.push(perWord);
    this.meta.push(meta);
    this.lengths.push(textLength);
    this.flags.push(kept.flags);
    this.marks?.append(marks.hashes, marks.positions);
    return kept.count;
  }

  // Every document's fingerprints (hashes and flags), made once no more can be added: a view
  // of hashes in WebAssembly memory is lost when the memory grows.
  private fingerprints(): Fingerprints[] {
    return this.ids.map((_, d) => ({
      version: FINGERPRINT_VERSION,
      textLength: this.lengths[d] ?? 0,
      hashes: this.tokens.hashesOf(d),
      starts: EMPTY,
      ends: EMPTY,
      flags: this.flags[d] ?? new Uint8Array(0),
      marks: EMPTY,
      markPositions: EMPTY,
      tokensPerWord: this.perWord[d] ?? 1,
    }));
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
    // With `within` on whatever the options: clusterSteps re-centres every run on its canonical
    // centre, which needs all the run's entries (it drops a document's own repeats itself).
    const seeds = this.starSeeds(true);
    const fps = this.fingerprints();
    const spans = new Map<number, TokenSpans>();
    const spansOf = (doc: number): TokenSpans => {
      const known = spans.get(doc);
      if (known) return known;
      const id = this.ids[doc] ?? '';
      const fp = fps[doc];
      const same = fp !== undefined && textOf(id)?.length === fp.textLength;
      if (!same) options?.changed?.(id);
      const found = same
        ? { ...this.tokens.spansOf(doc, fp.hashes.length), flags: fp.flags }
        : NO_SPANS;
      spans.set(doc, found);
      return found;
    };
    const steps = clusterSteps(
      { ids: this.ids, fps, meta: this.meta, spans: spansOf, loneSeeds: this.tokens.kernel },
      seeds,
      resolved,
    );
    for (;;) {
      const step = steps.next();
      if (step.done) return rankClusters(step.value);
    }
  }

  // The star seeds of the marks; the marks are let go here, before the search runs.
  private starSeeds(within: boolean): SeedList {
    const marks = this.marks;
    if (!marks) throw new Error('clusters: already built');
    this.marks = undefined;
    return starSeedsOf(marks, within);
  }
}
