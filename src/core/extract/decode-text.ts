import { looksBinary, sniffBinary } from './sniff-binary';
import { mostlyUtf8, utf8Health } from './utf8-health';
import { decodeWindows1252 } from './windows-1252';
import { confidentAbove, detectCharset, isSingleByte } from './detect-charset';

/** Decoded text with the encoding that was used, or why the bytes could not be read as text. */
export type Decoded =
  | {
      readonly kind: 'ok';
      readonly text: string;
      readonly encoding: string;
      /** Something the reader should know, in words (bad bytes replaced). */
      readonly warning?: string;
      /** True when nothing said the encoding and the detector was not sure of its guess. */
      readonly assumed?: boolean;
    }
  | { readonly kind: 'failed'; readonly reason: string };

// Decoders and label names are kept: making a TextDecoder costs more than decoding a short
// article, and the CLI reads 100,000 of them. A decode without `stream` starts afresh, so one
// decoder serves every call. Labels come from documents, so the caches are bounded.
const CACHED = 64;
const decoders = new Map<string, TextDecoder>();
const canonical = new Map<string, string | undefined>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHED) cache.clear();
  cache.set(key, value);
  return value;
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  const name = canonicalLabel(label);
  if (name === 'windows-1252') return decodeWindows1252(bytes);
  if (name === undefined) return undefined;
  const key = `${name} ${fatal}`;
  const decoder =
    decoders.get(key) ??
    remember(decoders, key, new TextDecoder(name, { fatal, ignoreBOM: false }));
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

// The WHATWG name for a label ("latin1" and "ascii" are Windows-1252), or undefined if unknown.
function canonicalLabel(label: string): string | undefined {
  if (canonical.has(label)) return canonical.get(label);
  let name: string | undefined;
  try {
    name = new TextDecoder(label).encoding;
  } catch {
    name = undefined;
  }
  return remember(canonical, label, name);
}

function fromBom(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Reads bytes as text: a byte-order mark wins (UTF-8, UTF-16 LE/BE), then valid UTF-8 beyond
 * ASCII, then an encoding the document declares if its bytes are valid in it, then UTF-8 with a
 * few damaged places, else the charset detector's guess (`assumed` when it is not sure). Binary
 * files and encodings Verso cannot read fail with a reason.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length === 0) return { kind: 'failed', reason: 'The file is empty.' };
  const binary = sniffBinary(bytes);
  if (binary) return { kind: 'failed', reason: `This is ${binary}, not text.` };
  const bom = fromBom(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be')
    return {
      kind: 'failed',
      reason: 'The text is in UTF-32, which Verso cannot read; save it as UTF-8.',
    };
  let text: string | undefined;
  let warning: string | undefined;
  let assumed = false;
  let encoding = bom ?? '';
  if (bom) {
    text = decodeWith(bom, bytes, true);
    if (text === undefined)
      return {
        kind: 'failed',
        reason: `The file starts as ${bom.toUpperCase()} but its bytes are not; it may be damaged.`,
      };
  } else {
    if (bytes.includes(0))
      return {
        kind: 'failed',
        reason:
          'Unknown encoding: the file contains NUL bytes (binary data, or UTF-16 without a byte-order mark). Save it as UTF-8.',
      };
    const label = declared?.trim().toLowerCase();
    if (label && !/^utf-?8$/.test(label)) {
      if (!canonicalLabel(label)) {
        text = decodeWith('utf-8', bytes, true);
        if (text === undefined)
          return {
            kind: 'failed',
            reason: `The page declares the encoding "${declared}", which Verso cannot read.`,
          };
        encoding = 'utf-8';
      } else {
        // A page saved as UTF-8 keeps its old <meta charset>: valid UTF-8 beyond ASCII is far
        // likelier to be UTF-8 than a legacy encoding that happens to read it.
        const asUtf8 = hasHighBytes(bytes) ? decodeWith('utf-8', bytes, true) : undefined;
        text = asUtf8 ?? decodeWith(label, bytes, true);
        encoding = asUtf8 !== undefined ? 'utf-8' : (canonicalLabel(label) ?? label);
        if (text === undefined) ({ text, encoding, assumed } = detected(bytes));
      }
    } else if (iso2022Escape(bytes)) {
      // 7-bit ISO-2022-JP mail and old pages are valid ASCII, hence valid UTF-8, full of ESC.
      text = decodeWith('iso-2022-jp', bytes, true);
      encoding = 'iso-2022-jp';
    } else {
      text = decodeWith('utf-8', bytes, true);
      encoding = 'utf-8';
      if (text === undefined) {
        const health = utf8Health(bytes);
        if (mostlyUtf8(health) && !cleanInLegacyMultiByte(bytes)) {
          // One bad sequence must not turn a whole UTF-8 text into Windows-1252 mojibake.
          text = decodeWith('utf-8', bytes, false);
          warning = badSequencesWarning(health.invalid);
        } else ({ text, encoding, assumed } = detected(bytes));
      }
    }
  }
  if (text === undefined) return { kind: 'failed', reason: 'The bytes could not be read as text.' };
  if (looksBinary(text))
    return {
      kind: 'failed',
      reason: 'This looks like a binary file, not text (too many control characters).',
    };
  const clean = text.replace(/^\uFEFF/, '');
  return {
    kind: 'ok',
    text: clean,
    encoding,
    ...(warning ? { warning } : {}),
    ...(assumed ? { assumed } : {}),
  };
}

// EUC-JP, GB18030 or EUC-KR text has long runs of high bytes, some of which happen to form UTF-8
// sequences; when the detector is sure of such an encoding and every byte is valid in it, the
// text is that encoding, not damaged UTF-8.
function cleanInLegacyMultiByte(bytes: Uint8Array): boolean {
  const guess = detectCharset(bytes);
  return (
    guess !== undefined &&
    guess.confidence > confidentAbove &&
    !isSingleByte(guess.encoding) &&
    decodeWith(guess.encoding, bytes, true) !== undefined
  );
}

function iso2022Escape(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x1b); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0x1b, i + 1))
    if (bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) return true;
  return false;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

// Undeclared (or wrongly declared) text that is not UTF-8: the detector's guess, else the old
// default, Windows-1252, which reads any byte.
function detected(bytes: Uint8Array): {
  text: string | undefined;
  encoding: string;
  assumed: boolean;
} {
  const guess = detectCharset(bytes);
  const label = guess ? (canonicalLabel(guess.encoding) ?? 'windows-1252') : 'windows-1252';
  const text = decodeWith(label, bytes, false);
  return { text, encoding: label, assumed: !guess || guess.confidence <= confidentAbove };
}

/** Decodes bytes with an encoding the user chose (re-reading an article), or undefined if unknown. */
export function decodeAs(bytes: Uint8Array, label: string): string | undefined {
  if (!canonicalLabel(label)) return undefined;
  return decodeWith(label, bytes, false)?.replace(/^\uFEFF/, '');
}

function badSequencesWarning(count: number): string {
  const where = count === 1 ? 'One place' : `${count} places`;
  return `${where} in the file ${count === 1 ? 'is' : 'are'} not valid UTF-8 (a damaged or cut character), shown as “\ufffd”.`;
}
