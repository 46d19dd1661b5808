import type { FileRead } from './read-file-off';

/**
 * A big article's text kept by the worker that read it, named by a ticket the page holds: the
 * worker writes the article itself (see store-off.ts), so the text never crosses to the page and
 * back. A 10 MB text cost the page's thread 20–60 ms each time it was sent or received.
 */
export interface HeldText {
  readonly key: number;
  /** The text's length, so a ticket can never take another text by a reused key. */
  readonly length: number;
}

/**
 * At most this many texts are held: an import has at most two big articles between reading and
 * writing (one written, the next read), and a ticket whose import was cancelled is never taken,
 * so the oldest is dropped rather than kept for good. A dropped text's write fails and the
 * import reads the file again on the page (storeThrough's fallback).
 */
const heldMost = 4;

/** The texts a worker holds for the page's import, by ticket. */
export class HeldTexts {
  private readonly texts = new Map<number, string>();
  private lastKey = 0;

  /** Keeps `text` and returns its ticket (dropping the oldest held beyond heldMost). */
  hold(text: string): HeldText {
    const key = ++this.lastKey;
    this.texts.set(key, text);
    for (const oldest of this.texts.keys()) {
      if (this.texts.size <= heldMost) break;
      this.texts.delete(oldest);
    }
    return { key, length: text.length };
  }

  /** The text `ticket` names, once (it is no longer held after); undefined if it was dropped. */
  take(ticket: HeldText): string | undefined {
    const text = this.texts.get(ticket.key);
    this.texts.delete(ticket.key);
    return text?.length === ticket.length ? text : undefined;
  }
}

/**
 * `read` as it is sent to the page when its text is held: the article without its text (an
 * empty string stands for it) and the ticket; a failed read as it is.
 */
export function withTextHeld(read: FileRead, texts: HeldTexts): FileRead {
  if (read.outcome.kind !== 'ok') return read;
  const { article } = read.outcome;
  return {
    ...read,
    outcome: { ...read.outcome, article: { ...article, text: '' } },
    held: texts.hold(article.text),
  };
}

/** A prepared article whose text is held off the thread: its ticket, and how to read it here. */
export interface HeldArticle {
  readonly ticket: HeldText;
  /** Reads the text again on this thread, for when the write off it fails (throws if it cannot). */
  readonly readHere: () => string;
}
