import { failedReply, type Posted } from '../worker-client/worker-messages';
import type { ReadPickedReply, ReadPickedRequest } from './picked-file-protocol';
import { readPickedSource } from './read-browser-file';

/** The picked-file worker's reply to one request, and the buffer it hands over (not copied). */
export async function answerPicked(
  request: Posted<ReadPickedRequest>,
): Promise<{ reply: ReadPickedReply; transfer: Transferable[] }> {
  try {
    const read = await readPickedSource(request.source, request.limit);
    const { buffer } = read.bytes;
    return {
      reply: { kind: 'picked-read', id: request.id, read },
      transfer: buffer instanceof ArrayBuffer ? [buffer] : [],
    };
  } catch (error) {
    // Moved, deleted or unreadable since it was picked: the page reads it itself, and says so.
    return { reply: failedReply(request.id, error), transfer: [] };
  }
}
