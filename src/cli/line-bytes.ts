/** Bytes gathered before they are handed on as one chunk. */
const CHUNK = 1 << 20;

const BACKSLASH = 92;
const QUOTE = 34;
/** JSON.stringify's short escapes of control characters (\b \t \n \f \r), by code; 0 = \u00XX. */
const SHORT = new Uint8Array(32);
SHORT[8] = 98;
SHORT[9] = 116;
SHORT[10] = 110;
SHORT[12] = 102;
SHORT[13] = 114;
const HEX = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
/** No buffer yet: one is found when the first bytes come. */
const EMPTY = Buffer.alloc(0);
/** Runs shorter than this are copied byte by byte. */
const RUN = 16;

/**
 * Output built as bytes and handed on in chunks of about a megabyte, each ending where a line
 * ends: how `echoes` writes the JSON of 100,000 documents straight from the files' bytes, with
 * no string per document and no giant string at all.
 */
export class LineBytes {
  private out: Buffer = EMPTY;
  private at = 0;
  /** The buffer of the last chunk taken, and one given back for the next take to use. */
  private taken: Buffer | undefined;
  private spare: Buffer | undefined;

  /** Append a string, UTF-8 encoded. */
  text(s: string): void {
    this.room(s.length * 3);
    this.at += this.out.write(s, this.at, 'utf8');
  }

  /**
   * Append UTF-8 bytes as the inside of a JSON string, escaped exactly as JSON.stringify escapes
   * the text they encode: `"` and `\` backslashed, control characters as \n, \t … or \u00XX.
   * (Valid UTF-8 encodes no lone surrogate, the only other thing JSON.stringify escapes.)
   */
  jsonString(bytes: Uint8Array): void {
    const n = bytes.length;
    this.room(2 * n);
    let out = this.out;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const b = bytes[i] ?? 0;
      if (b >= 32 && b !== QUOTE && b !== BACKSLASH) {
        out[at++] = b;
        continue;
      }
      out[at++] = BACKSLASH;
      if (b >= 32) out[at++] = b;
      else if ((SHORT[b] ?? 0) !== 0) out[at++] = SHORT[b] ?? 0;
      else {
        // Six bytes for one: make sure the rest still fits at two bytes a byte.
        if (at + 5 + 2 * (n - i) > out.length) {
          this.at = at;
          this.room(5 + 2 * (n - i));
          out = this.out;
        }
        out[at++] = 117; // u
        out[at++] = 48;
        out[at++] = 48;
        out[at++] = HEX[b >> 4] ?? 0;
        out[at++] = HEX[b & 15] ?? 0;
      }
    }
    this.at = at;
  }

  /**
   * jsonString of bytes whose escape positions are known (tokeniseUtf8's `escapes`: every byte
   * below 0x20, `"` and `\\`, in order): the runs between them are copied in one go, so the bytes
   * are not looked at one by one again.
   */
  escapedJsonString(bytes: Uint8Array, escapes: Uint32Array): void {
    const n = bytes.length;
    this.room(n + 5 * escapes.length);
    const out = this.out;
    let at = this.at;
    let from = 0;
    for (let k = 0; k <= escapes.length; k++) {
      const next = k < escapes.length ? (escapes[k] ?? n) : n;
      // A short run is copied byte by byte: cheaper than a view to copy it from.
      if (next - from < RUN) for (let i = from; i < next; i++) out[at++] = bytes[i] ?? 0;
      else {
        out.set(bytes.subarray(from, next), at);
        at += next - from;
      }
      if (next >= n) break;
      const b = bytes[next] ?? 0;
      out[at++] = BACKSLASH;
      if (b >= 32) out[at++] = b;
      else if ((SHORT[b] ?? 0) !== 0) out[at++] = SHORT[b] ?? 0;
      else {
        out[at++] = 117; // u
        out[at++] = 48;
        out[at++] = 48;
        out[at++] = HEX[b >> 4] ?? 0;
        out[at++] = HEX[b & 15] ?? 0;
      }
      from = next + 1;
    }
    this.at = at;
  }

  /**
   * The bytes gathered, once there are at least `min` of them (else undefined); the next start
   * afresh, in a new buffer (the stream may still hold the chunk) unless one was given back.
   */
  take(min = CHUNK / 2): Uint8Array | undefined {
    if (this.at === 0 || this.at < min) return undefined;
    const chunk = this.out.subarray(0, this.at);
    this.taken = this.out;
    // The next buffer is found when the next bytes come (room), by then perhaps given back.
    this.out = EMPTY;
    this.at = 0;
    return chunk;
  }

  /**
   * The last chunk taken is no longer held by anyone (written to the system): its buffer is
   * written into again next. At 10,000 files the ~40 chunks otherwise each touch a fresh
   * megabyte (~1,900 more page faults, ~10 ms of the read phase; docs/scale-history.md).
   */
  giveBack(): void {
    this.spare = this.taken;
    this.taken = undefined;
  }

  // Make room for `more` bytes after those gathered.
  private room(more: number): void {
    if (this.at + more <= this.out.length) return;
    const spare = this.spare;
    this.spare = undefined;
    if (this.at === 0 && spare && more <= spare.length) {
      this.out = spare;
      return;
    }
    const grown = Buffer.allocUnsafe(Math.max(CHUNK, 2 * this.out.length, this.at + more));
    this.out.copy(grown, 0, 0, this.at);
    this.out = grown;
  }
}
