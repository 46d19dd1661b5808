import { analyse } from 'chardet';
import { decodeWindows1252 } from './windows-1252';

/** What the detector made of bytes that declare no encoding. */
export interface DetectedCharset {
  /** A WHATWG encoding label TextDecoder accepts. */
  readonly encoding: string;
  /** The detector's confidence, 0–100. */
  readonly confidence: number;
}

/** Below this the import says which encoding it assumed, and keeps the bytes to read again. */
export const confidentAbove = 50;

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

const letter = /\p{L}/u;
const singleByte = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/;

/** True for encodings with one byte per character (any byte string decodes in them). */
export function isSingleByte(label: string): boolean {
  return singleByte.test(label);
}

// Node's TextDecoder reads "windows-1252" as Latin-1 (C1 controls, no curly quotes): use the table.
function decodeAs(label: string, bytes: Uint8Array): string {
  if (decoderFor(label)?.encoding === 'windows-1252') return decodeWindows1252(bytes);
  return decoderFor(label)?.decode(bytes) ?? '';
}

/**
 * How implausible a decoding looks: C1 controls, replacement characters, and symbols such as
 * "³", "±" or "¶" wedged between two letters (Polish "ł" read as Latin-1 gives "³") per 1,000
 * characters. Real text in the right encoding scores near zero.
 */
export function mojibakeScore(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x80 && c <= 0x9f) || c === 0xfffd) bad++;
    else if (c >= 0xa1 && c <= 0xbf && c !== 0xab && c !== 0xbb && c !== 0xb7) {
      if (letter.test(text[i - 1] ?? '') && letter.test(text[i + 1] ?? '')) bad++;
    }
  }
  return (bad * 1000) / Math.max(1, text.length);
}

/**
 * Guesses the encoding of text that declares none and is not UTF-8, with ICU's detector
 * (chardet): byte statistics for the CJK multi-byte encodings, letter-pair statistics for the
 * single-byte ones. Single-byte guesses that share the same bytes are then re-ranked by how
 * implausible each decoding reads (`mojibakeScore`), which separates ISO-8859-2 from Latin-1 where
 * the statistics alone do not. Returns undefined when nothing TextDecoder can read fits.
 */
export function detectCharset(bytes: Uint8Array): DetectedCharset | undefined {
  // The first 64 KB are plenty for the statistics and keep big files cheap.
  const sample = bytes.subarray(0, 65_536);
  const candidates = analyse(sample)
    .map((m) => ({ encoding: m.name.toLowerCase(), confidence: m.confidence }))
    .filter((m) => !m.encoding.startsWith('utf-32') && decoderFor(m.encoding));
  const best = candidates[0];
  if (!best) return undefined;
  // Multi-byte guesses rest on byte structure, which is strong evidence: only single-byte ones
  // (which any byte sequence fits) are re-ranked.
  if (!singleByte.test(best.encoding)) return best;
  const close = candidates
    .filter((m) => singleByte.test(m.encoding) && m.confidence >= best.confidence * 0.25)
    .slice(0, 6);
  let chosen = best;
  let chosenScore = Infinity;
  for (const candidate of close) {
    const text = decodeAs(candidate.encoding, sample);
    const score = mojibakeScore(text);
    // A clearly cleaner reading wins; otherwise the detector's order stands.
    if (score + 0.5 < chosenScore) {
      chosen = candidate;
      chosenScore = score;
    }
  }
  return chosen === best ? best : { encoding: chosen.encoding, confidence: chosen.confidence };
}
