import type { PickSession } from '../../src/shared/ipc';
import type { PlannedFile } from './pick-plan';

/**
 * Picks whose batches the renderer has yet to fetch, by id; only main issues the ids. The
 * import dialog and files the OS opens share one store, so both cross in the same batches.
 */
export interface PickStore {
  /** Keeps a pick's planned batches and names it for the renderer. */
  add(batches: readonly PlannedFile[][]): PickSession;
  /** Batch `batch` of pick `id`; the last one taken ends the pick. Undefined if there is none. */
  take(id: number, batch: number): PlannedFile[] | undefined;
}

/** A new, empty store. */
export function createPickStore(): PickStore {
  const picks = new Map<number, readonly PlannedFile[][]>();
  let nextPick = 1;
  return {
    add(batches) {
      const id = nextPick++;
      if (batches.length > 0) picks.set(id, batches);
      return { id, batches: batches.length };
    },
    take(id, batch) {
      const batches = picks.get(id);
      const planned = batches?.[batch];
      if (!batches || !planned) return undefined;
      if (batch === batches.length - 1) picks.delete(id);
      return planned;
    },
  };
}
