import { firstPrinters, type FirstPrinters, type PrintingWhen } from '../sources/first-printers';
import { countPublishers } from '../sources/publisher';
import type { Release, ReleasePrinting } from './group-releases';

/** A printing of a release with when and by whom it was printed. */
export interface DatedPrinting extends ReleasePrinting {
  readonly when: PrintingWhen;
}

/** What a list says of a release: its printings earliest first, who printed it first, how widely. */
export interface ReleaseSummary {
  /** Earliest first; undated printings last, in the order the release met them. */
  readonly printings: readonly DatedPrinting[];
  /** By the one rule for "who printed it first" (sources/first-printers.ts). */
  readonly first: FirstPrinters<DatedPrinting> | undefined;
  /** Publishers among the printings, one without a source counting as its own. */
  readonly sources: number;
  /** How many passages (clusters) the release has: what "kept 8 of 10" counts against. */
  readonly passages: number;
}

/** Dates and names a release's printings, given each article's date and source. Linear-ish. */
export function summariseRelease(
  release: Release,
  when: (doc: string) => PrintingWhen,
): ReleaseSummary {
  const printings = release.printings
    .map((p, order) => ({ ...p, when: when(p.doc), order }))
    .sort((x, y) => dateKey(x.when.at) - dateKey(y.when.at) || x.order - y.order)
    .map(({ doc, kept, when: at }) => ({ doc, kept, when: at }));
  return {
    printings,
    first: firstPrinters(printings, (p) => p.when),
    sources: countPublishers(printings.map((p) => p.when.source)),
    passages: release.clusters.length,
  };
}

const dateKey = (at: number): number => (Number.isFinite(at) ? at : Infinity);

/** "kept 8 of 10 passages" (or "kept all 10 passages"), what one printing kept of a release. */
export function keptWords(kept: number, passages: number): string {
  if (kept >= passages)
    return passages === 1 ? 'kept its passage' : `kept all ${passages} passages`;
  return `kept ${kept} of ${passages} passages`;
}
