/** Bit flags stored per normalised token (what follows it, and whether it continues a raw token). */

/** A clause edge (, ; : dash or bracket) follows this token. */
export const CLAUSE_AFTER = 1;
/** A sentence edge (. ! ? …) follows this token. */
export const SENTENCE_AFTER = 2;
/** A line break follows this token. */
export const PARAGRAPH_AFTER = 4;
/** This token comes from the same raw token as the previous one ("we’re" → we, are). */
export const CONTINUES = 8;
/** Bits 4–7 hold how many punctuation marks hug the token's end ("year.’" → 2), so a passage
 * that ends a sentence can include its full stop and closing quote. */
export const TAIL_SHIFT = 4;
/** Any edge a passage may be trimmed to. */
export const ANY_EDGE = CLAUSE_AFTER | SENTENCE_AFTER | PARAGRAPH_AFTER;

/** The edge flags for the gap text between two tokens. */
export function gapFlags(text: string, from: number, to: number): number {
  let flags = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) flags |= SENTENCE_AFTER;
    else if (c === 10 || c === 13 || c === 0x2029) flags |= PARAGRAPH_AFTER | SENTENCE_AFTER;
    else if (
      c === 44 ||
      c === 59 ||
      c === 58 ||
      c === 0x2014 ||
      c === 0x2013 ||
      c === 40 ||
      c === 41
    )
      flags |= CLAUSE_AFTER;
    else if (c === 0x3002 || c === 0xff01 || c === 0xff1f) flags |= SENTENCE_AFTER;
    else if (c === 0x3001 || c === 0xff0c) flags |= CLAUSE_AFTER;
  }
  return flags;
}

const CLOSERS = new Set([...'.!?…,;:’”"\')]»。！？'].map((c) => c.charCodeAt(0)));

/** True for a closing punctuation mark that tailLength counts (one UTF-16 code unit). */
export function isCloser(code: number): boolean {
  return CLOSERS.has(code);
}

/** How many closing punctuation marks directly follow position `from` (at most 15). */
export function tailLength(text: string, from: number, to: number): number {
  let n = 0;
  while (from + n < to && n < 15 && isCloser(text.charCodeAt(from + n))) n++;
  return n;
}
