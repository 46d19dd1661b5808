import { alignTexts } from '../../core/diff/align-texts';
import { summariseAlignment } from '../../core/diff/summarise-alignment';
import type { EchoKind } from '../../core/model';

/**
 * Aligned-word similarity of a passage to the representative, as Verso scores its own copies:
 * words the same or equivalent ÷ all words of the alignment (1 for identical texts).
 */
export function passageSimilarity(representative: string, text: string): number {
  if (representative === text) return 1;
  const summary = summariseAlignment(alignTexts(representative, text));
  const total = Object.values(summary).reduce((x, y) => x + y, 0);
  return total === 0 ? 0 : (summary.same + summary.equivalent) / total;
}

/** What a cluster's header says, known only once every passage has gone by. */
export interface ClusterHeader {
  readonly type: 'cluster';
  readonly id: string;
  readonly kind: EchoKind;
  readonly size: number;
  readonly similarity: number;
  readonly origin: number;
  readonly representative: number;
  readonly boilerplate: boolean;
}

/**
 * Counts a passim cluster as its passages stream past (in date order), keeping only counts and
 * the set of series, never the passages: a cluster of 100,000 passages costs a few numbers.
 * The first passage is both the representative and the origin (the earliest dated).
 */
export class ClusterTally {
  size = 0;
  private similaritySum = 0;
  private firstDoc = '';
  private oneDoc = true;
  private readonly series = new Set<string>();

  constructor(readonly id: string) {}

  /** Count one passage, with its similarity to the representative. */
  add(doc: string, series: string, similarity: number): void {
    if (this.size === 0) this.firstDoc = doc;
    else {
      this.similaritySum += similarity;
      if (doc !== this.firstDoc) this.oneDoc = false;
    }
    this.series.add(series);
    this.size++;
  }

  /** Distinct series (sources) among the passages. */
  get sources(): number {
    return this.series.size;
  }

  /**
   * The header in Verso's `--jsonl` cluster shape: `within` when every passage is in one
   * document, else `across` (passim does not know Verso's stories); boilerplate when several
   * documents share one non-empty series.
   */
  header(): ClusterHeader {
    const [onlySeries] = this.series;
    return {
      type: 'cluster',
      id: this.id,
      kind: this.oneDoc ? 'within' : 'across',
      size: this.size,
      similarity: this.size > 1 ? this.similaritySum / (this.size - 1) : 1,
      origin: 0,
      representative: 0,
      boilerplate: !this.oneDoc && this.series.size === 1 && onlySeries !== '',
    };
  }
}
