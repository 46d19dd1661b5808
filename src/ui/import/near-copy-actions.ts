import type { NearCopyChoice } from '../../db/near-copies';
import { archive } from '../data/archive';

/** A near copy the import stored: the copy, the archived article it copies, and how much. */
export interface NearCopyItem {
  readonly label: string;
  /** The new copy's own title, shown beside its label (twelve files may all be source.html). */
  readonly copyTitle: string;
  readonly copyId: string;
  readonly earlierId: string;
  readonly title: string;
  readonly share: number;
  /** Whether it may be linked as a version: both name one publisher (NearCopyOf.version). */
  readonly version: boolean;
}

/**
 * Applies one choice to each near copy in turn and reports each as it is done (with a message
 * of its own when it could not be: the other article was deleted meanwhile, say).
 */
export async function decideNearCopies(
  items: readonly NearCopyItem[],
  choice: NearCopyChoice,
  onDone: (copyId: string, failure?: string) => void,
): Promise<void> {
  // Loaded when a choice is made: the near-copy measure (and the echo index it is built on)
  // stays out of the first chunk the page compiles at start-up.
  const { resolveNearCopy } = await import('../../db/near-copies');
  for (const item of items) {
    try {
      await resolveNearCopy(archive(), item.copyId, item.earlierId, choice);
      onDone(item.copyId);
    } catch {
      onDone(item.copyId, 'could not be changed: one of the two articles is no longer archived');
    }
  }
}
