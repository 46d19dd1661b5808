import { sayFailure } from '../shell/failure-words';
import type { Notify } from '../shell/notice';

/**
 * Runs one write to the archive and, when it fails, tells the person in words what did not
 * happen (never the exception's text, which goes to the console). Resolves true when the write
 * landed, so a caller can keep a draft or undo an optimistic change when it did not.
 */
export async function reportWrite(
  doing: string,
  write: () => Promise<unknown>,
  notify: Notify,
): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    notify({ message: sayFailure(error, doing) });
    return false;
  }
}
