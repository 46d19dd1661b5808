import { basename, extname } from 'node:path';

const decoder = new TextDecoder();
/** Bytes decoded first for a title: the first lines, cut after a line break. */
const FIRST_BYTES = 1024;
/** Bytes that hold the first 4,096 UTF-16 code units of any text whole (3 a unit, and a cut character). */
const HEAD_BYTES = 3 * 4096 + 4;

/**
 * A text file's title: for .md its first # or ## heading, else the first non-blank line of the
 * first 4 KB when it is short, stands alone (a blank line or nothing after it) and does not end
 * like a sentence; else the file's name without its extension.
 */
export function titleOf(path: string, text: string, ext: string): string {
  const fallback = basename(path, extname(path));
  if (ext === '.md') {
    const heading = /^#{1,2}\s+(.+?)\s*#*\s*$/m.exec(text.slice(0, 4096));
    if (heading?.[1]) return heading[1];
  }
  return lineTitle(text.slice(0, 4096), true) || fallback;
}

/**
 * titleOf the text whose valid UTF-8 encoding is `bytes`, decoding only its first lines when
 * they decide it (the whole first 4 KB otherwise).
 */
export function titleOfUtf8(path: string, bytes: Uint8Array, ext: string): string {
  if (ext !== '.md') {
    // Up to the last line break in the first bytes: whole characters and whole lines.
    const cut = bytes.lastIndexOf(10, Math.min(bytes.length, FIRST_BYTES) - 1);
    if (cut >= 0) {
      const complete = cut + 1 === bytes.length;
      const title = lineTitle(decoder.decode(bytes.subarray(0, cut + 1)), complete);
      if (title !== undefined) return title || basename(path, extname(path));
    }
  }
  return titleOf(path, decoder.decode(bytes.subarray(0, HEAD_BYTES)), ext);
}

/**
 * The title line of `head` (a text's first 4,096 code units, or when `complete` is false the
 * start of them): '' for none, undefined when the lines given cannot decide it.
 */
function lineTitle(head: string, complete: boolean): string | undefined {
  let from = 0;
  while (from <= head.length) {
    if (from === head.length && !complete) return undefined;
    const to = lineEnd(head, from);
    const line = head.slice(from, to).trim();
    if (line !== '') {
      const next = to >= head.length ? to : lineEnd(head, to + 1);
      if (to < head.length && next === head.length && !complete) return undefined;
      const standsAlone = to >= head.length || head.slice(to + 1, next).trim() === '';
      return line.length <= 100 && standsAlone && !/[.!?:]$/.test(line) ? line : '';
    }
    from = to + 1;
  }
  return '';
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}
