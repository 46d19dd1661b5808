import type { Cluster } from '../../model';
import { primeTokeniser } from '../../text/prime-tokeniser';
import { tokenise } from '../../text/tokenise';
import { type Fingerprints, FINGERPRINT_VERSION, GRAM_TERMS, WINNOW_WINDOW } from '../fingerprint';
import { type EchoOptions, resolveEchoOptions } from '../options';
import type { SortedMarks } from '../sorted-marks';
import { winnow } from '../winnow';
import { type DocMeta, type TokenSpans, rankClusters } from './cluster-result';
import { clusterSteps } from './cluster-steps';
import { MarkBlocks } from './mark-blocks';

const EMPTY = new Uint32Array(0);
/** Spans of a document that could not be read again as it was: its passages get offset 0. */
const NO_SPANS: TokenSpans = { starts: EMPTY, ends: EMPTY, flags: new Uint8Array(0) };

/**
 * The cluster search for an archive read one text at a time (the CLI at 100,000 files): it keeps
 * only what the search needs between texts — each document's token hashes and edge flags, and
 * the marks in one set of arrays — and never the texts or the tokens' character spans. When the
 * clusters are built, the documents they reach are asked for again (`textOf`) and re-tokenised
 * for their spans. Same clusters as `findClusters` on the same texts and options.
 */
export class ArchiveClusters {
  private readonly ids: string[] = [];
  private readonly fps: Fingerprints[] = [];
  private readonly meta: (DocMeta | undefined)[] = [];
  private marks: MarkBlocks | undefined = new MarkBlocks();

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
    const tokens = tokenise(text, undefined, false);
    const marks = winnow(tokens.hashes, tokens.count, GRAM_TERMS, WINNOW_WINDOW);
    this.ids.push(id);
    this.meta.push(meta);
    this.fps.push({
      version: FINGERPRINT_VERSION,
      textLength: text.length,
      hashes: tokens.hashes,
      starts: EMPTY,
      ends: EMPTY,
      flags: tokens.flags,
      marks: EMPTY,
      markPositions: EMPTY,
    });
    this.marks.append(marks.hashes, marks.positions);
    return tokens.count;
  }

  /**
   * Every cluster, strongest first (see findClusters for the contract). Can be called once: the
   * marks are sorted in place and released as the search goes. `textOf` must give back the text
   * each document was added with; `changed` hears of a document whose text no longer gives the
   * same tokens (its passages then have no offsets).
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
      const text = textOf(id);
      const tokens = text === undefined ? undefined : tokenise(text);
      const same = tokens !== undefined && tokens.count === this.fps[doc]?.hashes.length;
      if (!same) options?.changed?.(id);
      const found = same ? tokens : NO_SPANS;
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

  // The marks sorted by hash; the unsorted blocks are let go here, before the search runs.
  private sortedMarks(): SortedMarks {
    const marks = this.marks;
    if (!marks) throw new Error('clusters: already built');
    this.marks = undefined;
    return marks.sortedRepeats();
  }
}
