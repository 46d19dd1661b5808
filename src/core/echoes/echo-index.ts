import type { Cluster, Doc, Echo } from '../model';
import { type DocMeta, type RankedCluster, rankClusters } from './clusters/cluster-result';
import { clusterSteps } from './clusters/cluster-steps';
import { chainSeeds } from './chain';
import { cutEchoesAtSeams } from './cut-echoes';
import { type Fingerprints, fingerprintText, isCurrent } from './fingerprint';
import { groupSeeds } from './group-seeds';
import { type EchoOptions, resolveEchoOptions } from './options';
import { type RankedEcho, pairEchoes, rankEchoes } from './pair-echoes';
import {
  LONE_SEED_MAX_DF,
  type PairProgress,
  querySeeds,
  scanSteps,
  worthExtending,
} from './scan-steps';
import { type SortedMarks, sortMarks } from './sorted-marks';

/** The part of an AbortSignal a scan needs (structurally an AbortSignal). */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Options for an archive-wide scan. */
export interface ScanOptions extends EchoOptions {
  /** Called as document pairs are examined. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stop the scan (it rejects with the signal's reason). */
  readonly signal?: CancelSignal;
  /** Supplies text for documents whose stored fingerprints came from an older engine. */
  readonly getText?: (id: string) => string | undefined;
  /** When given, a document pair that fails is reported here and the scan goes on without it. */
  readonly onPairFailed?: (a: string, b: string, error: unknown) => void;
}

/** Options for an archive-wide cluster scan. */
export interface ClusterScanOptions extends ScanOptions {
  /** Provenance of a document (dates, source, story) by id; documents without it have none. */
  readonly meta?: (id: string) => DocMeta | undefined;
}

/** How long the async scan works before it lets the event loop breathe (ms). */
const SLICE_MS = 40;

/**
 * The fingerprints of an archive, built once and kept in sorted typed arrays, that can list every
 * echo across it (`scanAll`) or answer "what echoes this new article?" (`query`).
 */
export class EchoIndex {
  private readonly ids: string[] = [];
  private readonly fps: (Fingerprints | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private marks: SortedMarks | undefined;

  /** Number of documents in the index. */
  get size(): number {
    return this.numbers.size;
  }

  /** Add (or replace) a document, from its text or from fingerprints stored earlier. */
  add(docId: string, source: string | Fingerprints): void {
    // Callers in plain JavaScript (the worker's messages) can pass anything: check the shape.
    const given = source as Partial<Fingerprints> | string | null | undefined;
    if (typeof given !== 'string' && !(given?.marks instanceof Uint32Array))
      throw new TypeError(`add(${docId}): expected a text or fingerprints from fingerprintText`);
    this.remove(docId);
    this.numbers.set(docId, this.ids.length);
    this.ids.push(docId);
    this.fps.push(typeof source === 'string' ? fingerprintText(source) : source);
    this.marks = undefined;
  }

  /** Remove a document; unknown ids are ignored. */
  remove(docId: string): void {
    const n = this.numbers.get(docId);
    if (n === undefined) return;
    this.fps[n] = undefined;
    this.numbers.delete(docId);
    this.marks = undefined;
  }

  /** Echoes between a new document (side a) and the indexed ones, strongest first. */
  query(doc: Doc, getText?: (id: string) => string | undefined, options?: EchoOptions): Echo[] {
    const resolved = resolveEchoOptions(options);
    const marks = this.sorted(getText);
    const fp = fingerprintText(doc.text);
    const seeds = querySeeds(fp, marks, this.numbers.get(doc.id) ?? -1);
    const groups = groupSeeds(seeds, LONE_SEED_MAX_DF);
    const found: RankedEcho[] = [];
    for (let g = 0; g + 1 < groups.bounds.length; g++) {
      const from = groups.bounds[g] ?? 0;
      const db = groups.docB[from] ?? 0;
      const fb = this.fps[db];
      if (!fb || !worthExtending(groups, from, groups.bounds[g + 1] ?? 0, fp, fb)) continue;
      const chains = chainSeeds(groups.posA, groups.posB, from, groups.bounds[g + 1] ?? 0);
      const side = { id: this.ids[db] ?? '', fp: fb };
      for (const echo of pairEchoes({ id: doc.id, fp }, side, chains, resolved)) found.push(echo);
    }
    return rankEchoes(found);
  }

  /**
   * `doc`'s echoes (side a in `doc`, the others indexed here) cut where two separately repeated
   * passages of `doc` meet (cutEchoesAtSeams): the reader's echoes after `query`.
   */
  cutAtSeams(doc: Doc, echoes: readonly Echo[], options?: EchoOptions): readonly Echo[] {
    const fpOf = (id: string): Fingerprints | undefined => {
      const fp = this.fps[this.numbers.get(id) ?? -1];
      return fp && isCurrent(fp) ? fp : undefined;
    };
    return cutEchoesAtSeams(doc, echoes, fpOf, resolveEchoOptions(options));
  }

  /** Every echo in the archive, within and across documents, computed in one pass. */
  scanAllSync(options: ScanOptions = {}): Echo[] {
    const steps = this.steps(options);
    for (;;) {
      const step = steps.next();
      if (step.done) return rankEchoes(step.value);
      report(step.value, options);
    }
  }

  /** Like scanAllSync, but yields to the event loop regularly so progress shows and cancel works. */
  async scanAll(options: ScanOptions = {}): Promise<Echo[]> {
    const steps = this.steps(options);
    let sliceStart = performance.now();
    for (;;) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error('scan cancelled');
      const step = steps.next();
      if (step.done) return rankEchoes(step.value);
      if (performance.now() - sliceStart > SLICE_MS) {
        report(step.value, options);
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      } else if (step.value.done === step.value.total) report(step.value, options);
    }
  }

  /** Every cluster in the archive, strongest first (see findClusters for the contract). */
  scanClustersSync(options: ClusterScanOptions = {}): Cluster[] {
    const steps = this.clusterSteps(options);
    for (;;) {
      const step = steps.next();
      if (step.done) return rankClusters(step.value);
      report(step.value, options);
    }
  }

  /** Like scanClustersSync, with progress and cancel as in scanAll. */
  async scanClusters(options: ClusterScanOptions = {}): Promise<Cluster[]> {
    const steps = this.clusterSteps(options);
    let sliceStart = performance.now();
    for (;;) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error('scan cancelled');
      const step = steps.next();
      if (step.done) return rankClusters(step.value);
      if (performance.now() - sliceStart > SLICE_MS) {
        report(step.value, options);
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      } else if (step.value.done === step.value.total) report(step.value, options);
    }
  }

  private clusterSteps(options: ClusterScanOptions): Generator<PairProgress, RankedCluster[]> {
    const resolved = resolveEchoOptions(options);
    const marks = this.sorted(options.getText);
    const meta = this.ids.map((id, n) => (this.fps[n] ? options.meta?.(id) : undefined));
    const failed = options.onPairFailed;
    return clusterSteps(
      { ids: this.ids, fps: this.fps, meta },
      marks,
      resolved,
      failed && ((a, b, error) => failed(this.ids[a] ?? '', this.ids[b] ?? '', error)),
    );
  }

  private steps(options: ScanOptions): Generator<PairProgress, RankedEcho[]> {
    const resolved = resolveEchoOptions(options);
    return scanSteps(
      this.ids,
      this.fps,
      this.sorted(options.getText),
      resolved,
      options.onPairFailed,
    );
  }

  private sorted(getText?: (id: string) => string | undefined): SortedMarks {
    this.refreshStale(getText);
    this.marks ??= sortMarks(this.fps);
    return this.marks;
  }

  private refreshStale(getText?: (id: string) => string | undefined): void {
    this.fps.forEach((fp, n) => {
      if (!fp || isCurrent(fp)) return;
      const text = getText?.(this.ids[n] ?? '');
      this.fps[n] = text === undefined ? undefined : fingerprintText(text);
      this.marks = undefined;
    });
  }
}

function report(progress: PairProgress, options: ScanOptions): void {
  options.onProgress?.(progress.done, progress.total);
}
