import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { sniffBinary } from '../core/extract/sniff-binary';
import { sizeRefusal } from '../core/extract/read-input';

/** The buffer every file is read into; it grows for a larger file and stays grown. */
let buffer = Buffer.allocUnsafeSlow(1 << 16);

const REPLACEMENT = Buffer.from([0xef, 0xbf, 0xbd]);
// eslint-disable-next-line no-control-regex -- control bytes are what is looked for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/;

/**
 * A file's bytes, read through one descriptor into the one reused buffer (valid until the next
 * read): no allocation per file, and no fstat unless the file fills the buffer — then its size
 * is checked before it is read on, so a file over the limit is never loaded. "-" is standard
 * input. Throws as readFileSync does (ENOENT, EISDIR), or a RangeError naming the size.
 */
export function readFileBytes(path: string): Buffer {
  if (path === '-') return withinLimit(readFileSync(0));
  const fd = openSync(path, 'r');
  try {
    let got = 0;
    for (;;) {
      if (got === buffer.length) {
        const size = fstatSync(fd).size;
        const tooBig = sizeRefusal(Math.max(size, got));
        if (tooBig) throw new RangeError(tooBig);
        const grown = Buffer.allocUnsafeSlow(Math.max(buffer.length * 2, size + 1));
        buffer.copy(grown, 0, 0, got);
        buffer = grown;
      }
      const n = readSync(fd, buffer, got, buffer.length - got, null);
      if (n === 0) break;
      got += n;
    }
    // A file that grew while it was read, or a pipe, is held to the limit all the same.
    return withinLimit(buffer.subarray(0, got));
  } finally {
    closeSync(fd);
  }
}

function withinLimit(bytes: Buffer): Buffer {
  const tooBig = sizeRefusal(bytes.length);
  if (tooBig) throw new RangeError(tooBig);
  return bytes;
}

/**
 * The text of bytes that are plain UTF-8 — what the archive's decoding would give them without
 * a second look: not empty, no binary signature, no byte-order mark, no NUL or escape byte, valid
 * UTF-8 (checked natively), no control character besides tab, line breaks and form feed, no
 * replacement character. Anything else is undefined: the caller then takes the archive's full
 * check and decoding (`readInput`), which decides exactly as for any input. The bytes are then
 * the text's UTF-8 encoding exactly, so its JSON can be written from them.
 */
export function plainUtf8(bytes: Buffer): string | undefined {
  if (!likelyPlainUtf8(bytes)) return undefined;
  if (bytes.indexOf(0) >= 0 || bytes.indexOf(0x1b) >= 0) return undefined;
  // Control bytes are below 0x80, so a one-byte reading of the bytes shows them where they are.
  if (CONTROL.test(bytes.toString('latin1'))) return undefined;
  return bytes.toString('utf8');
}

/**
 * plainUtf8's checks that native code makes (not empty, no binary signature, no byte-order mark,
 * valid UTF-8, no replacement character): all but the control characters, which the caller
 * must still rule out (tokeniseUtf8 reports them while it reads the bytes anyway).
 */
export function likelyPlainUtf8(bytes: Buffer): boolean {
  const first = bytes[0];
  if (first === undefined || first === 0xef || first === 0xfe || first === 0xff) return false;
  if (sniffBinary(bytes)) return false;
  return bytes.indexOf(REPLACEMENT) < 0 && isUtf8(bytes);
}
