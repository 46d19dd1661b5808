import type { SaveStream } from '../../../host/host';

/** Characters gathered before a write: big enough to be few writes, small beside any memory. */
const pieceChars = 256 * 1024;

/** Gathers an export's text and writes it to the host's save stream in pieces of ~256 K. */
export interface PieceWriter {
  /** Adds text, writing a piece once enough has gathered. */
  readonly put: (text: string) => Promise<void>;
  /** Writes what is left. */
  readonly flush: () => Promise<void>;
}

/**
 * A writer that never builds the file as one string (a wire story's thousands of printings are
 * megabytes) nor writes a line at a time (each write crosses to the host).
 */
export function pieceWriter(sink: Pick<SaveStream, 'write'>): PieceWriter {
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const piece = pending.join('');
    pending = [];
    pendingChars = 0;
    await sink.write(piece);
  };
  return {
    put: async (text) => {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= pieceChars) await flush();
    },
    flush,
  };
}
